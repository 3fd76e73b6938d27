"""Incoming-call dialog and in-call window, driven by the fake engine's events."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from jego_desktop.domain.calls import CallDirection, CallState
from jego_desktop.domain.engine_events import CallStats
from jego_desktop.models.calls.calls import CallsModel
from jego_desktop.models.calls.dial_pad import DialPadModel
from jego_desktop.ui import translations
from jego_desktop.ui.calls.call_windows import CallWindows
from jego_desktop.ui.style import LIGHT
from tests.ui.fake_engine import FakeEngine

event = FakeEngine.call_event


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine()


@pytest.fixture
def windows(qtbot: QtBot, engine: FakeEngine, tmp_path: Path):
    calls = CallsModel()
    engine.call_changed.connect(calls.on_call_changed)
    engine.call_stats.connect(calls.on_call_stats)
    dial_pad = DialPadModel("FR")
    dial_pad.set_account("+33100000000@example.org", "example.org")
    controller = CallWindows(
        engine, calls, LIGHT, dial_pad.uri_for, tmp_path / "recordings", home_region="FR"
    )
    qtbot.addWidget(controller.window)
    yield controller
    controller.close_all()


def ring(engine: FakeEngine, call_id: str = "in1", **changes) -> None:
    engine.publish(
        event(call_id, CallState.RINGING_IN, CallDirection.INCOMING, peer_name="Bob", **changes)
    )


def test_incoming_call_shows_caller_and_answers(qtbot: QtBot, engine, windows) -> None:
    ring(engine)
    dialog = windows.incoming["in1"]
    assert dialog.isVisible()
    assert dialog.name_label.text() == "Bob"
    assert dialog.number_label.text() == "06 12 34 56 78"
    qtbot.mouseClick(dialog.answer_button, Qt.MouseButton.LeftButton)
    assert engine.commands == [("answer", "in1")]
    assert not dialog.isVisible()
    engine.publish(event("in1", CallState.ACTIVE, CallDirection.INCOMING, peer_name="Bob"))
    assert windows.window.isVisible()
    assert windows.window.call_id == "in1"
    assert windows.incoming == {}


def test_decline_and_escape(qtbot: QtBot, engine, windows) -> None:
    ring(engine)
    dialog = windows.incoming["in1"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # Esc must not turn the caller away
    assert engine.commands == []
    qtbot.mouseClick(dialog.decline_button, Qt.MouseButton.LeftButton)
    assert engine.commands == [("decline", "in1", False)]
    engine.publish(event("in1", CallState.ENDED, CallDirection.INCOMING))
    assert not windows.window.isVisible()


def test_caller_hangs_up_first_closes_the_dialog(engine, windows) -> None:
    ring(engine)
    dialog = windows.incoming["in1"]
    engine.publish(event("in1", CallState.ENDED, CallDirection.INCOMING))
    assert not dialog.isVisible()
    assert engine.commands == []


def test_outgoing_call_window_follows_the_call(qtbot: QtBot, engine, windows) -> None:
    engine.publish(event("out1", CallState.DIALING))
    window = windows.window
    assert window.isVisible()
    assert window.status_label.text() == window.tr("Calling…")
    assert not window.mute_button.isEnabled()
    engine.publish(event("out1", CallState.ACTIVE))
    assert window.mute_button.isEnabled()
    assert window.status_label.text().startswith("0:4")  # answered 42 s ago
    engine.publish(CallStats("out1", "opus", 48000, 3.2, 0.4, 0.0, 41.0, 500, 500))
    assert "opus" in window.stats_label.text()
    assert "48" in window.stats_label.text()
    talked = window.current().answered_at
    engine.publish(event("out1", CallState.ENDED, answered_at=talked, ended_at=talked + 65))
    assert window.status_label.text() == "Call ended · 1:05"  # the other side hung up
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)


def test_in_call_buttons_send_commands(qtbot: QtBot, engine, windows, monkeypatch) -> None:
    engine.publish(event("c1"))
    window = windows.window
    qtbot.mouseClick(window.mute_button, Qt.MouseButton.LeftButton)
    assert engine.last("mute") == ("mute", "c1", True)
    engine.publish(event("c1", muted=True))
    assert window.mute_button.isChecked()
    qtbot.mouseClick(window.mute_button, Qt.MouseButton.LeftButton)
    assert engine.last("mute") == ("mute", "c1", False)

    qtbot.mouseClick(window.hold_button, Qt.MouseButton.LeftButton)
    assert engine.last("hold") == ("hold", "c1")
    engine.publish(event("c1", local_hold=True))
    assert window.status_label.text().startswith(window.tr("On hold · %s").split("%s")[0])
    qtbot.mouseClick(window.hold_button, Qt.MouseButton.LeftButton)
    assert engine.last("resume") == ("resume", "c1")
    engine.publish(event("c1"))

    qtbot.mouseClick(window.keypad_button, Qt.MouseButton.LeftButton)
    assert window.keypad.isVisibleTo(window)
    for key in "12#":
        qtbot.mouseClick(window.keypad.button(key), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(window, "5")
    assert [c[2] for c in engine.commands if c[0] == "send_dtmf"] == ["1", "2", "#", "5"]
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.keypad.isVisibleTo(window)

    qtbot.mouseClick(window.record_button, Qt.MouseButton.LeftButton)
    _, call_id, path = engine.last("start_recording")
    assert call_id == "c1"
    assert path.endswith(".wav")
    assert Path(path).parent.is_dir()
    engine.publish(event("c1", recording=True))
    qtbot.mouseClick(window.record_button, Qt.MouseButton.LeftButton)
    assert engine.last("stop_recording") == ("stop_recording", "c1")

    qtbot.mouseClick(window.hangup_button, Qt.MouseButton.LeftButton)
    assert engine.last("hangup") == ("hangup", "c1")


def test_transfer_asks_for_a_target(qtbot: QtBot, engine, windows, monkeypatch) -> None:
    engine.publish(event("c1"))
    window = windows.window
    monkeypatch.setattr(window, "ask_transfer_target", lambda: "06 98 76 54 32")
    qtbot.mouseClick(window.transfer_button, Qt.MouseButton.LeftButton)
    assert engine.last("transfer") == ("transfer", "c1", "sip:+33698765432@example.org")
    monkeypatch.setattr(window, "ask_transfer_target", lambda: "not a number")
    qtbot.mouseClick(window.transfer_button, Qt.MouseButton.LeftButton)
    assert engine.names().count("transfer") == 1
    assert window.problem_label.text()
    monkeypatch.setattr(window, "ask_transfer_target", lambda: "")
    qtbot.mouseClick(window.transfer_button, Qt.MouseButton.LeftButton)
    assert engine.names().count("transfer") == 1


def test_conference_needs_two_calls(qtbot: QtBot, engine, windows) -> None:
    engine.publish(event("c1"))
    window = windows.window
    assert not window.conference_button.isEnabled()
    engine.publish(event("c1", local_hold=True))
    engine.publish(event("c2", peer="sip:alice@example.org"))
    assert window.call_id == "c2"  # the newest call comes to the front
    assert window.others_label.isVisibleTo(window)
    assert window.conference_button.isEnabled()
    qtbot.mouseClick(window.conference_button, Qt.MouseButton.LeftButton)
    assert engine.last("conference") == ("conference", ["c1", "c2"])
    engine.publish(event("c2", CallState.ENDED))
    assert window.call_id == "c1"
    assert not window.conference_button.isEnabled()


def test_second_incoming_call_while_talking(engine, windows) -> None:
    engine.publish(event("c1"))
    ring(engine, "in2")
    assert windows.window.isVisible()
    assert set(windows.incoming) == {"in2"}
    windows.incoming["in2"].answer()
    assert engine.last("answer") == ("answer", "in2")


def test_accessible_names(engine, windows) -> None:
    engine.publish(event("c1"))
    window = windows.window
    buttons = [
        window.mute_button,
        window.hold_button,
        window.keypad_button,
        window.transfer_button,
        window.conference_button,
        window.record_button,
        window.hangup_button,
    ]
    assert all(button.accessibleName() for button in buttons)
    assert len({button.accessibleName() for button in buttons}) == len(buttons)
    ring(engine, "in2")
    dialog = windows.incoming["in2"]
    assert dialog.answer_button.accessibleName() != dialog.decline_button.accessibleName()


def test_status_text_for_each_state(windows) -> None:
    window = windows.window
    active = event("c1")
    assert active.answered_at is not None
    assert window.status_text(active, now=active.answered_at + 75) == "1:15"
    held = replace(active, remote_hold=True)
    assert window.status_text(held, now=active.answered_at + 5).endswith("0:05")


def test_closing_the_incoming_window_declines(engine, windows) -> None:
    ring(engine)
    windows.incoming["in1"].close()
    assert engine.commands == [("decline", "in1", False)]


def test_the_call_window_switches_language_live(
    qtbot: QtBot, engine, windows, compiled_translations: Path
) -> None:
    engine.publish(event("out1", CallState.ACTIVE, peer_name="Bob"))
    engine.publish(event("out1", CallState.ACTIVE, peer_name="Bob", local_hold=True))
    engine.publish(CallStats("out1", "opus", 48000, 3.2, 0.4, 0.0, 41.0, 500, 500))
    window = windows.window
    assert window.hold_button.accessibleName() == "Hold"
    app = QCoreApplication.instance()
    assert app is not None

    translations.switch_language(app, "fr")
    qtbot.waitUntil(lambda: window.hold_button.accessibleName() == "Attente")
    assert window._captions[window.hold_button].caption.text() == "Attente"
    assert window.hangup_button.toolTip() == "Raccrocher (Ctrl+Shift+H)"
    assert window.windowTitle() == "Appel avec Bob"
    assert window.status_label.text().startswith("En attente")
    assert "gigue" in window.stats_label.text()

    translations.switch_language(app, "zh_CN")
    qtbot.waitUntil(lambda: window.hold_button.accessibleName() == "保持")
    assert window._captions[window.mute_button].caption.text() == "静音"
    assert "抖动" in window.stats_label.text()


def test_the_hidden_call_window_lets_go_of_its_picture(qtbot: QtBot, engine, windows) -> None:
    """Between calls the window keeps no native window nor backing store (~1 MB, ~4 MB on
    a 2x screen); the next call brings both back, the window as it was."""
    window = windows.window
    engine.publish(event("out1", CallState.ACTIVE, peer_name="Bob"))
    qtbot.waitExposed(window)
    assert window.backingStore() is not None
    window.hangup_button.click()  # the user hangs up: the window goes at once
    engine.publish(event("out1", CallState.ENDED, peer_name="Bob"))
    assert not window.isVisible()
    assert window.windowHandle() is None
    assert window.backingStore() is None

    engine.publish(event("out2", CallState.ACTIVE, peer_name="Carol"))
    qtbot.waitExposed(window)
    assert window.windowHandle() is not None
    assert window.backingStore() is not None
    assert window.peer_label.text() == "Carol"
    assert window.mute_button.isEnabled()


def test_a_call_that_ended_by_itself_lets_go_of_the_window_once_it_goes(
    qtbot: QtBot, engine, windows
) -> None:
    window = windows.window
    engine.publish(event("out1", CallState.ACTIVE, peer_name="Bob"))
    qtbot.waitExposed(window)
    engine.publish(event("out1", CallState.ENDED, peer_name="Bob"))  # the other side hung up
    assert window.isVisible()  # the reason stays on screen a moment
    assert window.windowHandle() is not None
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
    assert window.windowHandle() is None
    assert window.backingStore() is None
