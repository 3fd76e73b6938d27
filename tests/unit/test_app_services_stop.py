"""Services.stop: calls up at quit reach the history before the database closes.

The engine reports a call's end from its own thread while it stops; by then the Qt loop
has quit, so the queued event would never be delivered without Services.stop's help.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QObject, Signal

from jego_desktop.app.services import Services
from jego_desktop.cli.remote_commands import RemoteCommands
from jego_desktop.domain.calls import CallDirection, CallState
from jego_desktop.domain.engine_events import CallChanged
from jego_desktop.engine.worker import CallEngine
from jego_desktop.models.calls.call_log import CallLogRecorder
from jego_desktop.store.calls import CallHistory
from jego_desktop.store.database import Database

T0 = 1_700_000_000.0
ACTIVE = CallChanged(
    call_id="call-1",
    sip_call_id="sip-1",
    account_key="alice@example.org",
    direction=CallDirection.OUTGOING,
    peer="sip:bob@example.org",
    peer_name="",
    state=CallState.ACTIVE,
    started_at=T0,
    answered_at=T0 + 2,
)


class StoppingEngine(QObject):
    """Like CallEngine.stop: hangs up on its own thread, which reports the end."""

    call_changed = Signal(object)

    def __init__(self, last_events: list[CallChanged]) -> None:
        super().__init__()
        self._last_events = last_events

    def stop(self) -> None:
        def hang_up() -> None:
            for event in self._last_events:
                self.call_changed.emit(event)

        thread = threading.Thread(target=hang_up)
        thread.start()
        thread.join()


def stop_with_a_call_up(tmp_path: Path, engine: StoppingEngine) -> Database:
    database = Database.open(tmp_path / "jego.sqlite3")
    recorder = CallLogRecorder(CallHistory(database), clock=lambda: T0 + 500)
    engine.call_changed.connect(recorder.on_call_changed)  # queued: another thread emits
    recorder.on_call_changed(ACTIVE)
    services = Services(
        database, cast(CallEngine, engine), cast(RemoteCommands, None), call_log=recorder
    )
    services.stop()
    return Database.open(tmp_path / "jego.sqlite3")


def test_the_engines_last_call_event_is_stored_before_the_database_closes(
    qapp: QCoreApplication, tmp_path: Path
) -> None:
    hung_up = replace(ACTIVE, state=CallState.ENDED, ended_at=T0 + 42, reason="call ended")
    reopened = stop_with_a_call_up(tmp_path, StoppingEngine([hung_up]))
    try:
        [entry] = CallHistory(reopened).recent()
    finally:
        reopened.close()
    assert entry.record.ended_at == T0 + 42  # the engine's end, not the quit's clock
    assert entry.record.answered_at == T0 + 2


def test_a_call_the_engine_never_ended_is_stored_as_ended_at_quit(
    qapp: QCoreApplication, tmp_path: Path
) -> None:
    reopened = stop_with_a_call_up(tmp_path, StoppingEngine([]))
    try:
        [entry] = CallHistory(reopened).recent()
    finally:
        reopened.close()
    assert (entry.record.ended_at, entry.record.reason) == (T0 + 500, "call ended")
