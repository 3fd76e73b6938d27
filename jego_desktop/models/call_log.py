"""Writes every finished call into the call history."""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QObject, Signal, Slot

from jego_desktop.domain.call_history import CallHistoryEntry
from jego_desktop.domain.calls import CallRecord, CallState
from jego_desktop.engine.events import CallChanged
from jego_desktop.store.calls import CallHistory

log = logging.getLogger(__name__)


def record_of(event: CallChanged) -> CallRecord:
    return CallRecord(
        call_id=event.sip_call_id or event.call_id,
        account_key=event.account_key,
        direction=event.direction,
        peer=event.peer,
        started_at=event.started_at,
        answered_at=event.answered_at,
        ended_at=event.ended_at or event.started_at,
        reason=event.reason,
    )


class CallLogRecorder(QObject):
    """Connect `on_call_changed` to the engine's `call_changed` signal.

    Signals:
        call_logged(CallHistoryEntry): a finished call was stored.
    """

    call_logged = Signal(object)

    def __init__(self, history: CallHistory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._history = history

    @Slot(object)
    def on_call_changed(self, event: CallChanged) -> None:
        if event.state is not CallState.ENDED:
            return
        try:
            entry: CallHistoryEntry = self._history.add(record_of(event))
        except sqlite3.Error:
            log.exception("could not store the call %s in the history", event.call_id)
            return
        self.call_logged.emit(entry)
