"""A call the engine ended because its far end vanished says "Connection lost" in the
call window, which stays a moment instead of vanishing too (as every call that ends by
itself does: models/calls/call_outcome.py), and in the call history."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from jego_desktop.domain.calls import CallState
from jego_desktop.domain.sip_reasons import CONNECTION_LOST
from jego_desktop.models.calls.call_history import CallHistoryModel, HistoryRole
from jego_desktop.models.calls.call_log import CallLogRecorder
from jego_desktop.models.calls.calls import CallsModel
from jego_desktop.models.calls.dial_pad import DialPadModel
from jego_desktop.store.calls import CallHistory
from jego_desktop.store.database import Database
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
    dial_pad = DialPadModel("FR")
    dial_pad.set_account("+33100000000@example.org", "example.org")
    controller = CallWindows(engine, calls, LIGHT, dial_pad.uri_for, home_region="FR")
    qtbot.addWidget(controller.window)
    yield controller
    controller.close_all()


def lose(engine: FakeEngine, call_id: str = "out1") -> None:
    engine.publish(
        event(call_id, CallState.ENDED, reason=CONNECTION_LOST, code=200, peer_name="Bob")
    )


def test_the_call_window_stays_to_say_connection_lost(engine, windows) -> None:
    engine.publish(event("out1", CallState.ACTIVE, peer_name="Bob"))
    window = windows.window
    assert window.isVisible()
    lose(engine)
    assert window.isVisible()
    assert window.status_label.text().startswith("Connection lost")
    assert window.peer_label.text() == "Bob"
    assert not window.mute_button.isEnabled() and not window.hold_button.isEnabled()
    windows.end_timer.timeout.emit()  # the notice's time is up
    assert not window.isVisible()


def test_hang_up_closes_the_lost_call_window_without_a_command(qtbot, engine, windows) -> None:
    engine.publish(event("out1", CallState.ACTIVE, peer_name="Bob"))
    lose(engine)
    qtbot.mouseClick(windows.window.hangup_button, Qt.MouseButton.LeftButton)
    assert not windows.window.isVisible()
    assert not [c for c in engine.commands if c[0] == "hangup"]


def test_a_call_ended_normally_says_call_ended_not_connection_lost(engine, windows) -> None:
    engine.publish(event("out1", CallState.ACTIVE, peer_name="Bob"))
    engine.publish(event("out1", CallState.ENDED, reason="call ended", code=200))
    assert windows.window.status_label.text().startswith("Call ended")
    windows.end_timer.timeout.emit()
    assert not windows.window.isVisible()


def test_a_new_call_replaces_the_notice(engine, windows) -> None:
    engine.publish(event("out1", CallState.ACTIVE, peer_name="Bob"))
    lose(engine)
    engine.publish(event("out2", CallState.ACTIVE, peer_name="Carol"))
    window = windows.window
    assert window.call_id == "out2" and window.peer_label.text() == "Carol"
    assert window.mute_button.isEnabled()
    assert window.status_label.text() != "Connection lost"


def test_connection_lost_is_translated(
    qtbot: QtBot, engine, windows, compiled_translations: Path
) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    engine.publish(event("out1", CallState.ACTIVE, peer_name="Bob"))
    try:
        translations.switch_language(app, "fr")
        lose(engine)
        assert windows.window.status_label.text().startswith("Connexion perdue")
        engine.publish(event("out2", CallState.ACTIVE, peer_name="Bob"))
        translations.switch_language(app, "zh_CN")
        lose(engine, "out2")
        assert windows.window.status_label.text().startswith("连接已断开")
    finally:
        translations.switch_language(app, "en")


def test_the_history_says_connection_lost(qtbot: QtBot, tmp_path: Path) -> None:
    database = Database.open(tmp_path / "jego.sqlite3")
    try:
        history = CallHistory(database)
        recorder = CallLogRecorder(history)
        model = CallHistoryModel(history, home_region="FR")
        recorder.call_logged.connect(model.on_call_logged)
        engine = FakeEngine()
        engine.call_changed.connect(recorder.on_call_changed)
        now = time.time()
        engine.publish(
            event(
                "c1",
                CallState.ENDED,
                reason=CONNECTION_LOST,
                code=200,
                answered_at=now - 42,
                ended_at=now,
            )
        )
        row = model.index(0)
        assert row.data(HistoryRole.DETAIL) == "Outgoing · 0:42 · Connection lost"
        spoken = row.data(Qt.ItemDataRole.AccessibleTextRole)
        assert spoken.startswith("Outgoing call to 06 12 34 56 78")
        assert spoken.count("Connection lost") == 1
    finally:
        database.close()
