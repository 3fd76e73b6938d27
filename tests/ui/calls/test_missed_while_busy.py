"""A call the engine declined because the status was Do not disturb is logged as missed
and says why in the call history."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jego_desktop.domain.calls import CallDirection, CallState
from jego_desktop.domain.my_status import MISSED_WHILE_BUSY
from jego_desktop.models.calls.call_history import CallHistoryModel, HistoryRole
from jego_desktop.models.calls.call_log import CallLogRecorder
from jego_desktop.store.calls import CallHistory
from jego_desktop.store.database import Database
from tests.ui.fake_engine import FakeEngine


def test_a_call_declined_on_do_not_disturb_is_a_missed_call_that_says_why(
    qtbot: QtBot, tmp_path: Path
) -> None:
    database = Database.open(tmp_path / "jego.sqlite3")
    try:
        history = CallHistory(database)
        recorder = CallLogRecorder(history)
        model = CallHistoryModel(history, home_region="FR")
        recorder.call_logged.connect(model.on_call_logged)
        engine = FakeEngine()
        engine.call_changed.connect(recorder.on_call_changed)
        engine.publish(
            engine.call_event(  # as the engine ends it: it never rang, 486 went back
                "c1",
                CallState.ENDED,
                CallDirection.INCOMING,
                code=486,
                reason=MISSED_WHILE_BUSY,
                ended_at=time.time(),
            )
        )
        engine.publish(
            engine.call_event(
                "c2", CallState.ENDED, CallDirection.INCOMING, code=487, reason="cancelled"
            )
        )
        assert history.missed_count() == 2

        busy = next(
            model.index(row)
            for row in range(model.rowCount())
            if model.index(row).data(HistoryRole.ENTRY).record.reason == MISSED_WHILE_BUSY
        )
        other = model.index(1 - busy.row())
        assert busy.data(HistoryRole.MISSED) is True
        assert busy.data(Qt.ItemDataRole.AccessibleTextRole) == (
            "Missed call from 06 12 34 56 78 while on Do not disturb"
        )
        assert busy.data(HistoryRole.DETAIL) == "Missed: you were on Do not disturb"
        assert other.data(Qt.ItemDataRole.AccessibleTextRole) == ("Missed call from 06 12 34 56 78")
        assert other.data(HistoryRole.DETAIL) == "Missed call"
    finally:
        database.close()
