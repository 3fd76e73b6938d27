"""Keypad digits to a far end that negotiated no telephone-event: the engine falls back
to SIP INFO (application/dtmf-relay), and says so when the far end refuses that too.

The far end is SIPp (tests/peers/sipp/uas_dtmf_info.xml): its SDP offers PCMA only, it
fails the call on any INFO that is not application/dtmf-relay with a Signal= line, and
logs each digit in the order the INFO requests came. The RFC 4733 path to a peer that
has telephone-event is tests/integration/test_engine_calls.py (baresip).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from jego_desktop.domain.calls import CallState, DtmfMethod
from jego_desktop.domain.engine_events import DtmfFailed, EngineError
from tests.integration.engine_probe import EngineProbe, pump
from tests.peers.sipp import dtmf_info_callee, info_digits

pytestmark = pytest.mark.peers


def _failures(probe: EngineProbe, since: int) -> list[object]:
    return [e for e in probe.events[since:] if isinstance(e, DtmfFailed | EngineError)]


def test_rfc4733_digits_go_out_as_sip_info_when_the_call_has_no_telephone_event(
    engine_factory, tmp_path: Path
) -> None:
    callee = dtmf_info_callee(tmp_path)
    probe: EngineProbe = engine_factory(tone_hz=None)
    call_id = probe.engine.make_call(f"sip:dtmf@{callee.address}")
    probe.wait_call(call_id, CallState.ACTIVE)
    since = probe.mark()
    probe.engine.send_dtmf(call_id, "19#*", DtmfMethod.RFC4733)
    pump(0.5)
    probe.engine.send_dtmf(call_id, "5", DtmfMethod.SIP_INFO)  # the user's own choice
    pump(0.5)
    probe.engine.hangup(call_id)
    probe.wait_call(call_id, CallState.ENDED)
    result = callee.wait()
    assert result.successful == 1, result.log
    assert info_digits(result) == "19#*5"
    assert result.sent_responses == {200: 7}, result.log  # the INVITE, 5 INFO, the BYE
    assert _failures(probe, since) == []


def test_a_refused_info_is_reported_as_a_dtmf_failure(engine_factory, tmp_path: Path) -> None:
    callee = dtmf_info_callee(tmp_path, info_code=501)
    probe: EngineProbe = engine_factory(tone_hz=None)
    call_id = probe.engine.make_call(f"sip:dtmf@{callee.address}")
    probe.wait_call(call_id, CallState.ACTIVE)
    since = probe.mark()
    probe.engine.send_dtmf(call_id, "42", DtmfMethod.RFC4733)
    first = probe.wait_for(DtmfFailed, since=since)
    probe.wait_for(DtmfFailed, lambda e: e is not first, since=since)
    failures = _failures(probe, since)
    assert failures == [
        DtmfFailed(call_id, "4", 501, "INFO refused"),
        DtmfFailed(call_id, "2", 501, "INFO refused"),
    ]
    probe.engine.hangup(call_id)
    probe.wait_call(call_id, CallState.ENDED)
    result = callee.wait()
    assert result.successful == 1, result.log
    assert info_digits(result) == "42"
