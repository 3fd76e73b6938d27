"""Writes every finished call into the call history, and the calls still up at quit."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from jego_desktop.domain.calls import CallRecord, CallState
from jego_desktop.domain.sip_reasons import call_end_reason
from jego_desktop.store.errors import StoreError

if TYPE_CHECKING:
    from jego_desktop.domain.call_history import CallHistoryEntry
    from jego_desktop.domain.engine_events import CallChanged
    from jego_desktop.store.calls import CallHistory

log = logging.getLogger(__name__)

_CANCELLED = 487


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


def ended_at_quit(event: CallChanged, now: float) -> CallRecord:
    """A call the app quit in the middle of, as if it had been hung up `now`."""
    answered = event.answered_at is not None
    reason = call_end_reason(200 if answered else _CANCELLED, "")
    return replace(record_of(event), ended_at=now, reason=reason)


class CallLogRecorder(QObject):
    """Connect `on_call_changed` to the engine's `call_changed` signal; `finish` at quit.

    Signals:
        call_logged(CallHistoryEntry): a finished call was stored.
    """

    call_logged = Signal(object)

    def __init__(
        self,
        history: CallHistory,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self._history = history
        self._clock = clock
        self._unfinished: dict[str, CallChanged] = {}  # newest snapshot of each call still up
        self._finished = False

    @Slot(object)
    def on_call_changed(self, event: CallChanged) -> None:
        if self._finished:  # after quit: `finish` has stored the call, the database is closed
            log.info("call %s changed after the history was closed", event.call_id)
            return
        if event.state is not CallState.ENDED:
            self._unfinished[event.call_id] = event
            return
        self._unfinished.pop(event.call_id, None)
        self._store(record_of(event), event.call_id)

    def finish(self) -> None:
        """Store every call still up as ended now; events arriving later are ignored.

        Call it at quit after the engine stopped (its last events delivered) and before
        the database closes.
        """
        now = self._clock()
        for call_id, event in self._unfinished.items():
            log.info("call %s was still up at quit", call_id)
            self._store(ended_at_quit(event, now), call_id)
        self._unfinished.clear()
        self._finished = True

    def _store(self, record: CallRecord, call_id: str) -> None:
        try:
            entry: CallHistoryEntry = self._history.add(record)
        except StoreError:
            log.exception("could not store the call %s in the history", call_id)
            return
        self.call_logged.emit(entry)
