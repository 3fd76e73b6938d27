"""Session timers (RFC 4028) against a callee that asks for them (SIPp,
tests/peers/sipp/uas_session_timer.xml), at the RFC's floor of 90 s.

Two calls at once, so the whole proof takes one minute: in one the callee makes Jego the
refresher and Jego refreshes the session at half the interval (45 s); in the other the
callee is the refresher and never refreshes, and Jego ends the call before the session
expires (at 90 - min(32, 90/3) = 60 s), as "connection lost". SIPp sends no RTP, so the
RTP timeout is off here: the session timer alone decides.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from jego_desktop.domain.calls import CallState
from jego_desktop.domain.engine_events import CallChanged
from jego_desktop.domain.sip_reasons import CONNECTION_LOST
from tests.integration.engine_probe import EngineProbe, pump
from tests.peers.sipp import refreshes, session_timer_callee

pytestmark = pytest.mark.peers

INTERVAL_S = 90  # RFC 4028's smallest Min-SE


def test_jego_refreshes_the_session_and_ends_one_nobody_refreshes(
    engine_factory, tmp_path: Path
) -> None:
    keeps = session_timer_callee(tmp_path / "uac", f"{INTERVAL_S};refresher=uac")
    forgets = session_timer_callee(tmp_path / "uas", f"{INTERVAL_S};refresher=uas")
    probe: EngineProbe = engine_factory(tone_hz=None, rtp_timeout_s=0)
    kept = probe.engine.make_call(f"sip:timer@{keeps.address}")
    probe.wait_call(kept, CallState.ACTIVE)
    kept_at = time.monotonic()
    lost = probe.engine.make_call(f"sip:timer@{forgets.address}")
    probe.wait_call(lost, CallState.ACTIVE)
    lost_at = time.monotonic()

    refreshed_at = None
    deadline = lost_at + INTERVAL_S  # the session would expire then
    while time.monotonic() < deadline and not probe.stopped():
        pump(0.2)
        if refreshed_at is None and refreshes(keeps):
            refreshed_at = time.monotonic()
        ended = [
            e for e in probe.events
            if isinstance(e, CallChanged) and e.call_id == lost and e.state is CallState.ENDED
        ]  # fmt: skip
        if ended and refreshed_at is not None:
            break
    assert refreshed_at is not None, "Jego never refreshed the session"
    ended_call = probe.wait_call(lost, CallState.ENDED, timeout=1)
    ended_at = time.monotonic()
    print(f"\nsession timers at {INTERVAL_S} s: Jego refreshed {refreshed_at - kept_at:.1f} s "
          f"after the answer ({refreshes(keeps)}); the unrefreshed call ended "
          f"{ended_at - lost_at:.1f} s after its answer: {ended_call.reason!r}")  # fmt: skip
    assert refreshed_at - kept_at < INTERVAL_S / 2 + 5  # before the session could lapse
    assert ended_call.reason == CONNECTION_LOST
    # the refreshed call is still up; both callees saw their dialog end cleanly
    assert [e for e in probe.events if isinstance(e, CallChanged) and e.call_id == kept][
        -1
    ].state is CallState.ACTIVE
    probe.engine.hangup(kept)
    probe.wait_call(kept, CallState.ENDED)
    for callee in (keeps, forgets):
        result = callee.wait()
        assert result.successful == 1, result.log
