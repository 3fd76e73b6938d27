"""Engine commands behind the account and audio settings: trying an account before it is
saved, and the codec order, against Kamailio and baresip."""

from __future__ import annotations

import logging
import re

import pytest

from jego_desktop.domain.accounts import AccountConfig, RegistrationState, Transport
from jego_desktop.domain.calls import CallState
from jego_desktop.domain.engine_events import (
    CallChanged,
    CallStats,
    CodecsListed,
    EngineError,
    EngineStarted,
    RegistrationChanged,
    RegistrationTested,
)
from tests.integration.engine_probe import EngineProbe, pump
from tests.integration.test_engine_calls import alice, registered_baresip
from tests.peers.kamailio import Kamailio

pytestmark = pytest.mark.peers

_M_AUDIO = re.compile(r"^m=audio \d+ \S+ (\d+)", re.MULTILINE)


def outcome(probe: EngineProbe, request_id: int, timeout: float = 15.0) -> RegistrationTested:
    return probe.wait_for(RegistrationTested, lambda e: e.request_id == request_id, timeout)


def test_right_password_passes_and_leaves_the_bound_account_registered(
    engine_factory, kamailio: Kamailio
) -> None:
    probe: EngineProbe = engine_factory()
    account = alice(kamailio)
    assert probe.register(account, "secret-a").state is RegistrationState.REGISTERED
    bound = kamailio.registered_contacts("alice")
    assert len(bound) == 1

    since = probe.mark()
    result = outcome(probe, probe.engine.test_registration(account, "secret-a"))
    assert result.ok and result.reason == "registered"
    pump(1.0)  # the check unregisters its own Contact after answering
    assert kamailio.registered_contacts("alice") == bound
    # the check never shows up as the account's own registration state
    assert not [e for e in probe.events[since:] if isinstance(e, RegistrationChanged)], (
        probe.events[since:]
    )


def test_the_check_registers_its_own_contact_and_removes_only_that(
    engine_factory, kamailio: Kamailio, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="pjsip")
    probe: EngineProbe = engine_factory(log_level=5)  # whole SIP messages in the log
    account = alice(kamailio)
    probe.register(account, "secret-a")
    request_id = probe.engine.test_registration(account, "secret-a")
    assert outcome(probe, request_id).ok
    pump(1.0)
    sent = [r.getMessage() for r in caplog.records if "REGISTER sip:" in r.getMessage()]
    check = [m for m in sent if f";jego-check={request_id}" in m]
    assert any("200 OK" not in m and "Expires: 0" not in m for m in check), sent
    removal = [m for m in sent if "Expires: 0" in m or "expires=0" in m]
    assert removal and all(f";jego-check={request_id}" in m for m in removal), removal
    assert len(kamailio.registered_contacts("alice")) == 1
    assert not any("secret-a" in r.getMessage() for r in caplog.records)


def test_wrong_password_fails_with_the_wrong_password_reason(
    engine_factory, kamailio: Kamailio
) -> None:
    probe: EngineProbe = engine_factory()
    result = outcome(probe, probe.engine.test_registration(alice(kamailio), "not-it"))
    assert not result.ok
    assert result.reason == "wrong user name or password"
    assert kamailio.registered_contacts("alice") == []


def test_unreachable_server_fails_within_the_bound(engine_factory) -> None:
    probe: EngineProbe = engine_factory()
    config = AccountConfig(number="alice", server="127.0.0.1:9", transport=Transport.UDP)
    first = probe.engine.test_registration(config, "x")
    second = probe.engine.test_registration(
        AccountConfig(number="bob", server="127.0.0.1:9", transport=Transport.TCP), "x"
    )
    for request_id in (first, second):
        result = outcome(probe, request_id, timeout=12.0)
        assert not result.ok and result.reason == "server unreachable", result


def test_codec_order_is_listed_and_applied_to_the_offer(
    engine_factory, kamailio: Kamailio, baresip_factory
) -> None:
    bob = registered_baresip(baresip_factory, kamailio, "bob", "secret-b", 1200.0)
    probe: EngineProbe = engine_factory()
    listed = probe.wait_for(CodecsListed)
    enabled = [c.codec_id for c in listed.codecs if c.priority > 0]
    assert enabled[:3] == ["G722/16000/1", "PCMA/8000/1", "PCMU/8000/1"], listed

    since = probe.mark()
    probe.engine.set_codec_priorities(["PCMU", "G722/16000"])
    changed = probe.wait_for(CodecsListed, since=since)
    assert [c.codec_id for c in changed.codecs if c.priority > 0] == [
        "PCMU/8000/1",
        "G722/16000/1",
    ]
    assert {c.codec_id for c in changed.codecs} == {c.codec_id for c in listed.codecs}

    account = alice(kamailio)
    probe.register(account, "secret-a")
    call_id = probe.engine.make_call(kamailio.aor("bob"), account.key)
    probe.wait_call(call_id, CallState.ACTIVE)
    offer = bob.received_requests("INVITE")[-1].text
    payloads = _M_AUDIO.search(offer)
    assert payloads is not None and payloads.group(1) == "0", offer  # PCMU first
    assert " 8 " not in offer.split("m=audio", 1)[1].splitlines()[0]  # PCMA now disabled
    stats = probe.wait_for(CallStats, lambda s: s.call_id == call_id, timeout=8)
    assert stats.codec == "PCMU" and stats.clock_rate == 8000
    probe.engine.hangup(call_id)
    probe.wait_call(call_id, CallState.ENDED)

    since = probe.mark()
    probe.engine.set_codec_priorities(["opus"])
    error = probe.wait_for(EngineError, lambda e: e.command == "set_codec_priorities", since=since)
    assert "opus" in error.message
    probe.engine.set_codec_priorities([])
    probe.wait_for(EngineError, lambda e: "at least one codec" in e.message, since=since)


def test_a_call_addressed_to_a_check_contact_is_refused_not_shown(
    engine_factory, baresip_factory
) -> None:
    bob = baresip_factory("bob", tone_hz=1200.0)
    bob.start()
    probe: EngineProbe = engine_factory()
    port = probe.wait_for(EngineStarted).sip_ports["udp"]
    since = bob.mark()
    bob.dial(f"sip:jego@127.0.0.1:{port};jego-check=7")  # as the registrar would fork it
    closed = bob.wait_call_closed(since=since)
    assert "500" in str(closed) or "Internal" in str(closed), closed
    assert not [e for e in probe.events if isinstance(e, CallChanged)]
    bob.dial(f"sip:jego@127.0.0.1:{port}")  # the same call to the account itself rings
    probe.wait_incoming()
