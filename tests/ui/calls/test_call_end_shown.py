"""A call that ends by itself stays on screen a moment with the reason in words
(issue #19 item 2); one the user hangs up leaves at once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from jego_desktop.domain.calls import CallDirection, CallState
from jego_desktop.models.calls.calls import CallsModel
from jego_desktop.models.calls.dial_pad import DialPadModel
from jego_desktop.ui import translations
from jego_desktop.ui.calls.call_windows import CallWindows
from jego_desktop.ui.style import LIGHT
from tests.ui.fake_engine import FakeEngine

event = FakeEngine.call_event
SHOWN_MS = 300  # the test's own linger, short so that waiting for the window to go is quick


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine()


@pytest.fixture
def windows(qtbot: QtBot, engine: FakeEngine, tmp_path: Path) -> Iterator[CallWindows]:
    calls = CallsModel()
    engine.call_changed.connect(calls.on_call_changed)
    engine.call_stats.connect(calls.on_call_stats)
    dial_pad = DialPadModel("FR")
    controller = CallWindows(
        engine,
        calls,
        LIGHT,
        dial_pad.uri_for,
        tmp_path,
        home_region="FR",
        shown_after_end_ms=(SHOWN_MS, SHOWN_MS),
    )
    qtbot.addWidget(controller.window)
    yield controller
    controller.close_all()


class ShowSpy(QObject):
    """Counts the times a widget is shown, however briefly."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.count += 1
        return False


def fail(engine: FakeEngine, call_id: str, code: int, reason: str) -> None:
    engine.publish(event(call_id, CallState.ENDED, code=code, reason=reason))


@pytest.mark.parametrize(
    ("code", "reason", "text"),
    [
        (404, "number not found", "Number not found"),
        (486, "busy", "Busy"),
        (603, "declined", "Declined"),
        (408, "no answer", "No answer"),
        (408, "server unreachable", "Can't reach the server"),
        (483, "483 Too Many Hops", "Call failed (483 Too Many Hops)"),
    ],
)
def test_a_failed_call_stays_with_its_reason(
    qtbot: QtBot, engine: FakeEngine, windows: CallWindows, code: int, reason: str, text: str
) -> None:
    engine.publish(event("out1", CallState.DIALING))
    window = windows.window
    assert window.isVisible()
    fail(engine, "out1", code, reason)
    assert window.isVisible()  # before: hidden at once, a half-second flash
    assert window.status_label.text() == text
    assert window.status_label.accessibleName() == text
    assert not window.mute_button.isEnabled()
    assert window.hangup_button.accessibleName() == "Close"  # it only closes the window now
    assert window.peer_label.text() == "06 12 34 56 78"  # still says whom it was
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)


def test_a_call_the_user_hangs_up_closes_at_once(
    qtbot: QtBot, engine: FakeEngine, windows: CallWindows
) -> None:
    engine.publish(event("out1", CallState.RINGING_OUT))
    window = windows.window
    qtbot.mouseClick(window.hangup_button, Qt.MouseButton.LeftButton)
    assert ("hangup", "out1") in engine.commands
    fail(engine, "out1", 487, "cancelled")
    assert not window.isVisible()


def test_the_user_can_close_the_window_before_its_time(
    qtbot: QtBot, engine: FakeEngine, windows: CallWindows
) -> None:
    engine.publish(event("out1", CallState.DIALING))
    fail(engine, "out1", 404, "number not found")
    window = windows.window
    qtbot.mouseClick(window.hangup_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()
    assert not any(command[0] == "hangup" for command in engine.commands)  # nothing to end
    engine.publish(event("out2", CallState.DIALING))
    assert window.isVisible()
    assert window.hangup_button.accessibleName() == "Hang up"
    qtbot.mouseClick(window.hangup_button, Qt.MouseButton.LeftButton)
    assert ("hangup", "out2") in engine.commands
    fail(engine, "out2", 404, "number not found")
    window.close()  # the title bar's close button
    assert not window.isVisible()


def test_a_new_call_takes_the_window_while_the_last_one_says_why(
    qtbot: QtBot, engine: FakeEngine, windows: CallWindows
) -> None:
    engine.publish(event("out1", CallState.DIALING))
    window = windows.window
    shown = ShowSpy(window.others_label)
    fail(engine, "out1", 486, "busy")
    engine.publish(event("out2", CallState.DIALING, peer="sip:+4930123456@example.org"))
    assert window.call_id == "out2"
    # Listed as "also on the line" for a moment, it grew the window for good (on X11).
    assert shown.count == 0
    assert window.status_label.text() == "Calling…"
    assert window.hangup_button.isEnabled()
    qtbot.wait(SHOWN_MS * 2)  # the ended call's timer must not close the new call's window
    assert window.isVisible()


def test_the_other_side_hanging_up_shows_call_ended(
    qtbot: QtBot, engine: FakeEngine, windows: CallWindows
) -> None:
    engine.publish(event("out1", CallState.ACTIVE))
    window = windows.window
    call = window.current()
    assert call is not None and call.answered_at is not None
    answered = call.answered_at
    engine.publish(
        event(
            "out1",
            CallState.ENDED,
            code=200,
            reason="call ended",
            answered_at=answered,
            ended_at=answered + 3725,
        )
    )
    assert window.isVisible()
    assert window.status_label.text() == "Call ended · 1:02:05"
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)


def test_an_incoming_call_declined_here_opens_no_window(
    engine: FakeEngine, windows: CallWindows
) -> None:
    engine.publish(event("in1", CallState.RINGING_IN, CallDirection.INCOMING))
    engine.publish(event("in1", CallState.ENDED, CallDirection.INCOMING, code=603))
    assert not windows.window.isVisible()


def test_the_reason_is_said_in_french_and_chinese(
    qtbot: QtBot, engine: FakeEngine, windows: CallWindows, compiled_translations: Path
) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    window = windows.window
    for language, text in (("fr", "Numéro introuvable"), ("zh_CN", "号码不存在")):
        translations.switch_language(app, language)
        engine.publish(event(f"out-{language}", CallState.DIALING))
        fail(engine, f"out-{language}", 404, "number not found")
        assert window.status_label.text() == text
    translations.switch_language(app, "fr")
    qtbot.waitUntil(lambda: window.status_label.text() == "Numéro introuvable")
