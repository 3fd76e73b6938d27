"""CallsModel follows CallChanged and CallStats events."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from jego_desktop.domain.calls import CallState
from jego_desktop.domain.engine_events import CallStats
from jego_desktop.models.calls.calls import CallRole, CallsModel
from tests.ui.fake_engine import FakeEngine

event = FakeEngine.call_event


def test_calls_come_change_and_go(qtmodeltester) -> None:
    model = CallsModel()
    qtmodeltester.check(model)
    model.on_call_changed(event("a", CallState.DIALING))
    model.on_call_changed(event("b", CallState.RINGING_IN, peer_name="Bob"))
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    first = model.index(0, 0)
    assert first.data(CallRole.STATE) is CallState.DIALING
    assert first.data(CallRole.TIMER_START) is None
    assert model.index(1, 0).data(Qt.ItemDataRole.DisplayRole) == "Bob"

    active = event("a", CallState.ACTIVE)
    model.on_call_changed(replace(active, local_hold=True, muted=True))
    assert first.data(CallRole.STATE) is CallState.ACTIVE
    assert first.data(CallRole.LOCAL_HOLD) is True
    assert first.data(CallRole.MUTED) is True
    assert first.data(CallRole.TIMER_START) == active.answered_at

    model.on_call_changed(event("a", CallState.ENDED))
    assert [c.call_id for c in model.calls()] == ["b"]
    qtmodeltester.check(model)


def test_stats_attach_to_their_call(qtmodeltester) -> None:
    model = CallsModel()
    model.on_call_changed(event("a"))
    stats = CallStats("a", "opus", 48000, 3.0, 0.5, 0.0, 40.0, 100, 100)
    model.on_call_stats(stats)
    model.on_call_stats(replace(stats, call_id="unknown"))
    assert model.index(0, 0).data(CallRole.STATS) == stats
    assert b"timer_start" in [bytes(name.data()) for name in model.roleNames().values()]
    qtmodeltester.check(model)
