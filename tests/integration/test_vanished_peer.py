"""A call whose far end vanishes (killed: no BYE, no more RTP) ends by itself as
"connection lost"; a call on hold, which carries no RTP by design, is never cut."""

from __future__ import annotations

import os
import signal
import time

import pytest

from jego_desktop.domain.calls import CallState
from jego_desktop.domain.engine_events import CallChanged
from jego_desktop.domain.sip_reasons import CONNECTION_LOST
from tests.integration.engine_probe import EngineProbe, pump
from tests.peers.tones import assert_tone

pytestmark = pytest.mark.peers

RTP_TIMEOUT_S = 4.0  # the default is 25 s; a short one keeps the tests short (200 packets)
ENGINE_TONE = 700.0
BOB_TONE = 1200.0


def test_call_to_a_killed_peer_ends_as_connection_lost(engine_factory, baresip_factory) -> None:
    bob = baresip_factory("bob", tone_hz=BOB_TONE)
    bob.start()
    probe: EngineProbe = engine_factory(tone_hz=ENGINE_TONE, rtp_timeout_s=RTP_TIMEOUT_S)
    call_id = probe.engine.make_call(bob.uri())
    probe.wait_call(call_id, CallState.ACTIVE)
    pump(1.5)
    since = probe.mark()
    os.kill(bob.pid, signal.SIGKILL)
    killed_at = time.monotonic()
    ended = probe.wait_call(call_id, CallState.ENDED, timeout=30, since=since)
    print(f"\nended {time.monotonic() - killed_at:.1f} s after the peer was killed")
    assert ended.reason == CONNECTION_LOST
    assert ended.answered_at is not None


def test_a_held_call_without_rtp_stays_up(engine_factory, baresip_factory) -> None:
    bob = baresip_factory("bob", tone_hz=BOB_TONE)
    bob.start()
    probe: EngineProbe = engine_factory(tone_hz=ENGINE_TONE, rtp_timeout_s=RTP_TIMEOUT_S)
    call_id = probe.engine.make_call(bob.uri())
    probe.wait_call(call_id, CallState.ACTIVE)
    pump(1.0)
    probe.engine.hold(call_id)
    probe.wait_for(CallChanged, lambda e: e.call_id == call_id and e.local_hold)
    since = probe.mark()
    pump(RTP_TIMEOUT_S * 2.5)  # 10 s: two and a half timeouts without RTP
    ended = [
        e
        for e in probe.events[since:]
        if isinstance(e, CallChanged) and e.call_id == call_id and e.state is CallState.ENDED
    ]
    assert not ended, ended
    probe.engine.resume(call_id)
    probe.wait_for(CallChanged, lambda e: e.call_id == call_id and not e.local_hold)
    pump(1.5)
    probe.audio.clear()
    pump(2.0)
    assert_tone(probe.audio.heard(), BOB_TONE, rate=16000, min_seconds=1.5)
    probe.engine.hangup(call_id)
    assert probe.wait_call(call_id, CallState.ENDED).reason == "call ended"
