"""CallLogRecorder stores each finished call once, and the calls still up when the app quits."""

from __future__ import annotations

from dataclasses import replace

import pytest

from jego_desktop.domain.call_history import CallHistoryEntry
from jego_desktop.domain.calls import CallDirection, CallState
from jego_desktop.domain.engine_events import CallChanged
from jego_desktop.models.calls.call_log import CallLogRecorder
from jego_desktop.store.calls import CallHistory
from jego_desktop.store.database import Database

T0 = 1_700_000_000.0


@pytest.fixture
def history(db: Database) -> CallHistory:
    return CallHistory(db)


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def snapshot(
    call_id: str,
    state: CallState,
    direction: CallDirection = CallDirection.OUTGOING,
    answered_at: float | None = None,
) -> CallChanged:
    return CallChanged(
        call_id=call_id,
        sip_call_id=f"sip-{call_id}",
        account_key="alice@example.org",
        direction=direction,
        peer=f"sip:{call_id}@example.org",
        peer_name="",
        state=state,
        started_at=T0,
        answered_at=answered_at,
    )


def ended(event: CallChanged, at: float, reason: str) -> CallChanged:
    return replace(event, state=CallState.ENDED, ended_at=at, reason=reason)


def recorder_with_log(
    history: CallHistory, clock: Clock
) -> tuple[CallLogRecorder, list[CallHistoryEntry]]:
    recorder = CallLogRecorder(history, clock=clock)
    logged: list[CallHistoryEntry] = []
    recorder.call_logged.connect(logged.append)
    return recorder, logged


def test_an_ended_call_is_stored_with_the_engines_times(history: CallHistory) -> None:
    recorder, logged = recorder_with_log(history, Clock(T0 + 999))
    active = snapshot("a", CallState.ACTIVE, answered_at=T0 + 3)
    recorder.on_call_changed(snapshot("a", CallState.RINGING_OUT))
    recorder.on_call_changed(active)
    assert history.recent() == []  # nothing before the end
    recorder.on_call_changed(ended(active, T0 + 63, "busy"))

    [entry] = history.recent()
    assert (entry.record.call_id, entry.record.answered_at) == ("sip-a", T0 + 3)
    assert (entry.record.ended_at, entry.record.reason) == (T0 + 63, "busy")
    assert logged == [entry]
    recorder.finish()  # the call ended already: not written again
    assert history.recent() == [entry]
    assert logged == [entry]


def test_calls_up_at_quit_are_stored_as_ended_then(history: CallHistory) -> None:
    clock = Clock(T0 + 100)
    recorder, logged = recorder_with_log(history, clock)
    recorder.on_call_changed(snapshot("talking", CallState.ACTIVE, answered_at=T0 + 4))
    recorder.on_call_changed(snapshot("calling", CallState.RINGING_OUT))
    recorder.on_call_changed(snapshot("ringing", CallState.RINGING_IN, CallDirection.INCOMING))

    recorder.finish()

    stored = {entry.record.call_id: entry for entry in history.recent()}
    assert set(stored) == {"sip-talking", "sip-calling", "sip-ringing"}
    talking = stored["sip-talking"]
    assert talking.record.ended_at - talking.record.started_at == 100
    assert talking.record.ended_at - (talking.record.answered_at or 0) == 96  # its duration
    assert (talking.record.reason, talking.missed) == ("call ended", False)
    calling = stored["sip-calling"]
    assert (calling.record.answered_at, calling.record.ended_at) == (None, T0 + 100)
    assert (calling.record.reason, calling.missed) == ("cancelled", False)
    ringing = stored["sip-ringing"]
    assert ringing.missed  # an incoming call nobody answered before the app quit
    assert sorted(entry.record.call_id for entry in logged) == sorted(stored)


def test_the_final_event_arriving_after_finish_writes_nothing(history: CallHistory) -> None:
    clock = Clock(T0 + 50)
    recorder, logged = recorder_with_log(history, clock)
    active = snapshot("late", CallState.ACTIVE, answered_at=T0 + 2)
    recorder.on_call_changed(active)
    recorder.finish()
    [entry] = history.recent()

    recorder.on_call_changed(ended(active, T0 + 52, "call ended"))
    recorder.on_call_changed(snapshot("after", CallState.DIALING))
    recorder.on_call_changed(ended(snapshot("after", CallState.DIALING), T0 + 53, "busy"))

    assert history.recent() == [entry]
    assert entry.record.ended_at == T0 + 50
    assert logged == [entry]


def test_the_newest_snapshot_of_a_call_is_the_one_stored(history: CallHistory) -> None:
    recorder, _logged = recorder_with_log(history, Clock(T0 + 20))
    recorder.on_call_changed(snapshot("x", CallState.RINGING_OUT))
    recorder.on_call_changed(snapshot("x", CallState.ACTIVE, answered_at=T0 + 5))
    recorder.finish()
    [entry] = history.recent()
    assert entry.record.answered_at == T0 + 5
    assert entry.record.reason == "call ended"
