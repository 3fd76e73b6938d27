"""The call engine against Kamailio and baresip: registration, calls, audio by content."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jego_desktop.domain.accounts import (
    DIRECT_ACCOUNT_KEY,
    AccountConfig,
    RegistrationState,
    SrtpMode,
    Transport,
)
from jego_desktop.domain.calls import CallDirection, CallState, DtmfMethod
from jego_desktop.domain.engine_events import (
    CallChanged,
    CallStats,
    DtmfReceived,
    EngineError,
    RegistrationChanged,
    TransferProgress,
)
from tests.integration.engine_probe import EngineProbe, pump
from tests.peers.baresip import Baresip
from tests.peers.kamailio import Kamailio
from tests.peers.tones import assert_tone, tone_level_db

pytestmark = pytest.mark.peers

ENGINE_TONE = 700.0
BOB_TONE = 1200.0
CAROL_TONE = 450.0


def alice(
    kamailio: Kamailio, transport: Transport = Transport.UDP, **kwargs: object
) -> AccountConfig:
    return AccountConfig(
        number="alice",
        server=f"127.0.0.1:{kamailio.port(transport.value)}",
        transport=transport,
        **kwargs,  # type: ignore[arg-type]
    )


def registered_baresip(
    factory: Callable[..., Baresip],
    kamailio: Kamailio,
    user: str,
    password: str,
    tone: float,
    **kwargs: object,
) -> Baresip:
    agent = factory(user, tone_hz=tone, **kwargs)
    agent.add_account(kamailio.aor(user), password=password, registrar=kamailio.uri("udp"))
    agent.start()
    return agent


def test_registers_with_the_right_password(engine_factory, kamailio: Kamailio) -> None:
    probe: EngineProbe = engine_factory()
    event = probe.register(alice(kamailio), "secret-a")
    assert event.state is RegistrationState.REGISTERED, event
    assert event.code == 200 and event.expires > 0
    assert any("127.0.0.1" in c for c in kamailio.registered_contacts("alice"))


def test_wrong_password_is_a_clear_failure(engine_factory, kamailio: Kamailio) -> None:
    probe: EngineProbe = engine_factory()
    event = probe.register(alice(kamailio), "not-the-password")
    assert event.state is RegistrationState.FAILED
    assert event.reason == "wrong user name or password"
    assert kamailio.registered_contacts("alice") == []


def test_unreachable_server_is_reported(engine_factory) -> None:
    probe: EngineProbe = engine_factory()
    config = AccountConfig(number="alice", server="127.0.0.1:9", transport=Transport.TCP)
    event = probe.register(config, "x", timeout=40)
    assert event.state is RegistrationState.FAILED
    assert event.reason == "server unreachable"


def test_outgoing_call_carries_audio_both_ways(engine_factory, kamailio, baresip_factory) -> None:
    bob = registered_baresip(baresip_factory, kamailio, "bob", "secret-b", BOB_TONE)
    probe: EngineProbe = engine_factory(tone_hz=ENGINE_TONE)
    account = alice(kamailio)
    probe.register(account, "secret-a")
    call_id = probe.engine.make_call(kamailio.aor("bob"), account.key)
    active = probe.wait_call(call_id, CallState.ACTIVE)
    assert active.direction is CallDirection.OUTGOING and active.peer.startswith("sip:bob@")
    stats = probe.wait_for(CallStats, lambda s: s.call_id == call_id, timeout=8)
    assert stats.codec == "G722" and stats.clock_rate == 16000
    probe.audio.clear()
    pump(2.5)
    assert_tone(probe.audio.heard(), BOB_TONE, rate=16000, min_seconds=2.0)
    probe.engine.hangup(call_id)
    ended = probe.wait_call(call_id, CallState.ENDED)
    assert ended.answered_at is not None and ended.ended_at is not None
    bob.wait_call_closed()
    assert_tone(bob.heard_wav(), ENGINE_TONE, start_s=0.5)


def test_incoming_call_rings_is_answered_and_far_end_hangs_up(
    engine_factory, kamailio, baresip_factory
) -> None:
    bob = registered_baresip(baresip_factory, kamailio, "bob", "secret-b", BOB_TONE)
    probe: EngineProbe = engine_factory(tone_hz=ENGINE_TONE)
    account = alice(kamailio)
    probe.register(account, "secret-a")
    bob.dial(kamailio.aor("alice"))
    ringing = probe.wait_incoming()
    assert ringing.direction is CallDirection.INCOMING and "bob" in ringing.peer
    pump(0.5)
    assert not [e for e in bob.events if e.get("type") == "CALL_ESTABLISHED"]
    probe.engine.answer(ringing.call_id)
    probe.wait_call(ringing.call_id, CallState.ACTIVE)
    bob.wait_call_established()
    probe.audio.clear()
    pump(2.0)
    assert_tone(probe.audio.heard(), BOB_TONE, rate=16000, min_seconds=1.5)
    bob.hangup()
    ended = probe.wait_call(ringing.call_id, CallState.ENDED)
    assert ended.answered_at is not None
    assert_tone(bob.heard_wav(), ENGINE_TONE, start_s=0.5)


def test_declined_call_reaches_the_caller_as_declined(
    engine_factory, kamailio, baresip_factory
) -> None:
    bob = registered_baresip(baresip_factory, kamailio, "bob", "secret-b", BOB_TONE)
    probe: EngineProbe = engine_factory()
    account = alice(kamailio)
    probe.register(account, "secret-a")
    since = bob.mark()
    bob.dial(kamailio.aor("alice"))
    ringing = probe.wait_incoming()
    probe.engine.decline(ringing.call_id, busy=True)
    probe.wait_call(ringing.call_id, CallState.ENDED)
    closed = bob.wait_call_closed(since=since)
    assert "486" in str(closed) or "Busy" in str(closed)


def test_hold_resume_mute_and_dtmf_reach_the_peer(
    engine_factory, kamailio, baresip_factory
) -> None:
    bob = registered_baresip(baresip_factory, kamailio, "bob", "secret-b", BOB_TONE)
    probe: EngineProbe = engine_factory(tone_hz=ENGINE_TONE)
    account = alice(kamailio)
    probe.register(account, "secret-a")
    call_id = probe.engine.make_call(kamailio.aor("bob"), account.key)
    probe.wait_call(call_id, CallState.ACTIVE)
    pump(0.5)

    invites_before = len(bob.received_requests("INVITE"))
    probe.engine.hold(call_id)
    held = probe.wait_for(CallChanged, lambda e: e.call_id == call_id and e.local_hold)
    assert held.local_hold
    pump(0.5)
    hold_invites = bob.received_requests("INVITE")[invites_before:]
    assert hold_invites and any(
        "a=sendonly" in p.text or "a=inactive" in p.text for p in hold_invites
    )
    probe.engine.resume(call_id)
    pump(0.8)
    resume_invites = bob.received_requests("INVITE")[invites_before + 1 :]
    assert resume_invites and "a=sendrecv" in resume_invites[-1].text

    since = bob.mark()
    probe.engine.send_dtmf(call_id, "19#", DtmfMethod.RFC4733)
    pump(1.5)
    assert bob.dtmf_received(since=since) == "19#"
    probe.engine.send_dtmf(call_id, "7", DtmfMethod.SIP_INFO)
    pump(1.0)
    assert any("Signal=7" in p.text for p in bob.received_requests("INFO"))

    probe.engine.send_dtmf(call_id, "x!", DtmfMethod.RFC4733)
    error = probe.wait_for(EngineError, lambda e: e.command == "send_dtmf")
    assert "DTMF" in error.message
    probe.engine.hangup(call_id)
    probe.wait_call(call_id, CallState.ENDED)


def test_engine_receives_dtmf_from_the_peer(engine_factory, kamailio, baresip_factory) -> None:
    bob = registered_baresip(baresip_factory, kamailio, "bob", "secret-b", BOB_TONE)
    probe: EngineProbe = engine_factory()
    account = alice(kamailio)
    probe.register(account, "secret-a")
    call_id = probe.engine.make_call(kamailio.aor("bob"), account.key)
    probe.wait_call(call_id, CallState.ACTIVE)
    bob.wait_call_established()
    bob.send_dtmf("42")
    probe.wait_for(DtmfReceived, lambda e: e.digit == "4" and e.call_id == call_id)
    probe.wait_for(DtmfReceived, lambda e: e.digit == "2")
    probe.engine.hangup(call_id)


def test_blind_transfer_connects_the_peer_to_a_third_user(
    engine_factory, kamailio, baresip_factory
) -> None:
    bob = registered_baresip(baresip_factory, kamailio, "bob", "secret-b", BOB_TONE)
    carol = registered_baresip(baresip_factory, kamailio, "carol", "secret-c", CAROL_TONE)
    probe: EngineProbe = engine_factory()
    account = alice(kamailio)
    probe.register(account, "secret-a")
    call_id = probe.engine.make_call(kamailio.aor("bob"), account.key)
    probe.wait_call(call_id, CallState.ACTIVE)
    bob.wait_call_established()
    since_carol = carol.mark()
    probe.engine.transfer(call_id, kamailio.aor("carol"))
    final = probe.wait_for(TransferProgress, lambda e: e.final, timeout=15)
    assert 200 <= final.code < 300, final
    carol.wait_call_established(since=since_carol)
    pump(2.0)
    # Carol now talks to Bob: she hears his tone.
    assert_tone(carol.heard_wav(settle=0.5), BOB_TONE, start_s=0.3)


def test_three_way_conference_both_parties_hear_the_local_tone(
    engine_factory, kamailio, baresip_factory
) -> None:
    bob = registered_baresip(baresip_factory, kamailio, "bob", "secret-b", BOB_TONE)
    carol = registered_baresip(baresip_factory, kamailio, "carol", "secret-c", CAROL_TONE)
    probe: EngineProbe = engine_factory(tone_hz=ENGINE_TONE)
    account = alice(kamailio)
    probe.register(account, "secret-a")
    to_bob = probe.engine.make_call(kamailio.aor("bob"), account.key)
    probe.wait_call(to_bob, CallState.ACTIVE)
    to_carol = probe.engine.make_call(kamailio.aor("carol"), account.key)
    probe.wait_call(to_carol, CallState.ACTIVE)
    probe.engine.conference([to_bob, to_carol])
    pump(3.0)
    probe.engine.hangup_all()
    probe.wait_call(to_bob, CallState.ENDED)
    probe.wait_call(to_carol, CallState.ENDED)
    bob.wait_call_closed()
    carol.wait_call_closed()
    # Each hears the local tone and, once joined, the other party too.
    bob_heard, carol_heard = bob.heard_wav(), carol.heard_wav()
    # The engine's tone is sent at -13.5 dBFS; baresip's sine is louder.
    assert tone_level_db(bob_heard, ENGINE_TONE, start_s=0.5, end_s=2.5) > -25
    assert tone_level_db(carol_heard, ENGINE_TONE, start_s=0.5, end_s=2.5) > -25
    assert tone_level_db(bob_heard, CAROL_TONE, start_s=0.5, end_s=2.5) > -25
    assert tone_level_db(carol_heard, BOB_TONE, start_s=0.5, end_s=2.5) > -25
    assert tone_level_db(bob_heard, BOB_TONE, start_s=0.5, end_s=2.5) < -40  # no echo of itself


def test_direct_ip_call_needs_no_account(engine_factory, baresip_factory) -> None:
    bob = baresip_factory("bob", tone_hz=BOB_TONE)
    bob.start()
    probe: EngineProbe = engine_factory(tone_hz=ENGINE_TONE)
    call_id = probe.engine.make_call(bob.uri())
    active = probe.wait_call(call_id, CallState.ACTIVE)
    assert active.account_key == DIRECT_ACCOUNT_KEY
    probe.audio.clear()
    pump(1.5)
    assert_tone(probe.audio.heard(), BOB_TONE, rate=16000, min_seconds=1.0)
    probe.engine.hangup(call_id)
    probe.wait_call(call_id, CallState.ENDED)


def test_bad_target_is_refused_with_a_clear_error(engine_factory) -> None:
    probe: EngineProbe = engine_factory()
    probe.engine.make_call("sip:nobody@")
    error = probe.wait_for(EngineError, lambda e: e.command == "make_call")
    assert "cannot call" in error.message
    probe.engine.answer("call-does-not-exist")
    assert probe.wait_for(EngineError, lambda e: e.command == "answer").message == "no such call"


def test_recording_writes_both_sides_to_a_wav(engine_factory, baresip_factory, tmp_path) -> None:
    bob = baresip_factory("bob", tone_hz=BOB_TONE)
    bob.start()
    probe: EngineProbe = engine_factory(tone_hz=ENGINE_TONE)
    call_id = probe.engine.make_call(bob.uri())
    probe.wait_call(call_id, CallState.ACTIVE)
    target = tmp_path / "call.wav"
    probe.engine.start_recording(call_id, str(target))
    probe.wait_for(CallChanged, lambda e: e.call_id == call_id and e.recording)
    pump(2.0)
    probe.engine.hangup(call_id)
    probe.wait_call(call_id, CallState.ENDED)
    pump(0.3)
    assert tone_level_db(target, ENGINE_TONE, start_s=0.3) > -25
    assert tone_level_db(target, BOB_TONE, start_s=0.3) > -25


def test_second_incoming_call_waits_while_talking(
    engine_factory, kamailio, baresip_factory
) -> None:
    bob = registered_baresip(baresip_factory, kamailio, "bob", "secret-b", BOB_TONE)
    carol = registered_baresip(baresip_factory, kamailio, "carol", "secret-c", CAROL_TONE)
    probe: EngineProbe = engine_factory(tone_hz=ENGINE_TONE)
    account = alice(kamailio)
    probe.register(account, "secret-a")
    first = probe.engine.make_call(kamailio.aor("bob"), account.key)
    probe.wait_call(first, CallState.ACTIVE)
    since = probe.mark()
    carol.dial(kamailio.aor("alice"))
    waiting = probe.wait_incoming(since=since)
    assert "carol" in waiting.peer and waiting.call_id != first
    probe.engine.hold(first)
    probe.engine.answer(waiting.call_id)
    probe.wait_call(waiting.call_id, CallState.ACTIVE)
    probe.audio.clear()
    pump(1.5)
    # Only Carol is heard now; Bob is on hold.
    heard = probe.audio.heard()
    assert tone_level_db(heard, CAROL_TONE, rate=16000) > -25
    assert tone_level_db(heard, BOB_TONE, rate=16000) < -40
    probe.engine.hangup_all()
    probe.wait_call(first, CallState.ENDED)
    probe.wait_call(waiting.call_id, CallState.ENDED)
    assert bob.is_running()


@pytest.mark.parametrize(
    ("srtp", "peer_mediaenc", "profile"),
    [(SrtpMode.OPTIONAL, "srtp", "RTP/AVP"), (SrtpMode.MANDATORY, "srtp-mand", "RTP/SAVP")],
)
def test_tls_and_srtp_to_kamailio(
    engine_factory, kamailio, baresip_factory, srtp, peer_mediaenc, profile
) -> None:
    bob = baresip_factory("bob", tone_hz=BOB_TONE)
    bob.add_account(
        kamailio.aor("bob"),
        password="secret-b",
        registrar=kamailio.uri("udp"),
        extra_params=f";mediaenc={peer_mediaenc}",
    )
    bob.start()
    probe: EngineProbe = engine_factory(tone_hz=ENGINE_TONE, tls_ca_file=str(kamailio.ca_cert))
    account = alice(kamailio, Transport.TLS, srtp=srtp)
    event = probe.register(account, "secret-a")
    assert event.state is RegistrationState.REGISTERED, event
    call_id = probe.engine.make_call(kamailio.aor("bob"), account.key)
    active = probe.wait_for(
        CallChanged,
        lambda e: e.call_id == call_id and e.state is CallState.ACTIVE and e.secure_media,
    )
    assert active.secure_media
    probe.audio.clear()
    pump(1.5)
    assert_tone(probe.audio.heard(), BOB_TONE, rate=16000, min_seconds=1.0)
    offer = "".join(p.text for p in bob.received_requests("INVITE"))
    assert "m=audio" in offer and profile in offer and "a=crypto:" in offer
    probe.engine.hangup(call_id)
    probe.wait_call(call_id, CallState.ENDED)


def test_tls_server_with_an_unknown_certificate_is_refused(engine_factory, kamailio) -> None:
    probe: EngineProbe = engine_factory()  # the system CA bundle does not know the test CA
    event = probe.register(alice(kamailio, Transport.TLS), "secret-a", timeout=20)
    assert event.state is RegistrationState.FAILED


@pytest.mark.parametrize("transport", [Transport.UDP, Transport.TCP])
def test_reregisters_after_kamailio_restart(
    engine_factory, kamailio, baresip_factory, transport
) -> None:
    """TCP notices the dropped connection at once; UDP cannot, and re-registers at its
    next refresh (here after 5 s of a 10 s registration)."""
    probe: EngineProbe = engine_factory()
    account = alice(kamailio, transport, register_expires=10)
    assert probe.register(account, "secret-a").state is RegistrationState.REGISTERED
    since = probe.mark()
    kamailio.restart()
    deadline = 15
    probe.wait_for(
        RegistrationChanged,
        lambda e: e.state is RegistrationState.REGISTERED,
        timeout=deadline,
        since=since,
    )
    assert kamailio.registered_contacts("alice")
    bob = registered_baresip(baresip_factory, kamailio, "bob", "secret-b", BOB_TONE)
    bob.dial(kamailio.aor("alice"))
    probe.wait_incoming()


def test_attended_transfer_refers_the_peer_with_replaces(
    engine_factory, kamailio, baresip_factory
) -> None:
    """baresip 1.0.0 ignores the Replaces header (it just calls the target), so what is
    checked is our side: REFER with Replaces naming the consultation call, the transfer
    reported as done, and the transferee calling the target."""
    bob = registered_baresip(baresip_factory, kamailio, "bob", "secret-b", BOB_TONE)
    carol = registered_baresip(baresip_factory, kamailio, "carol", "secret-c", CAROL_TONE)
    probe: EngineProbe = engine_factory()
    account = alice(kamailio)
    probe.register(account, "secret-a")
    to_bob = probe.engine.make_call(kamailio.aor("bob"), account.key)
    probe.wait_call(to_bob, CallState.ACTIVE)
    probe.engine.hold(to_bob)
    to_carol = probe.engine.make_call(kamailio.aor("carol"), account.key)
    consultation = probe.wait_call(to_carol, CallState.ACTIVE)
    since_carol = carol.mark()
    probe.engine.transfer_to_call(to_bob, to_carol)
    final = probe.wait_for(TransferProgress, lambda e: e.final, timeout=15)
    assert 200 <= final.code < 300, final
    refers = bob.received_requests("REFER")
    assert refers and "Replaces=" in refers[-1].text
    assert consultation.sip_call_id.split("@")[0] in refers[-1].text.replace("%40", "@")
    carol.wait_call_established(since=since_carol)
    probe.engine.hangup_all()
    probe.wait_call(to_bob, CallState.ENDED)
    probe.wait_call(to_carol, CallState.ENDED)


def test_two_accounts_register_at_once(engine_factory, kamailio, baresip_factory) -> None:
    probe: EngineProbe = engine_factory()
    first = alice(kamailio)
    second = AccountConfig(
        number="+8613800138000", server=f"127.0.0.1:{kamailio.tcp_port}", transport=Transport.TCP
    )
    assert probe.register(first, "secret-a").state is RegistrationState.REGISTERED
    assert probe.register(second, "secret-cn").state is RegistrationState.REGISTERED
    bob = registered_baresip(baresip_factory, kamailio, "bob", "secret-b", BOB_TONE)
    bob.dial(kamailio.aor("+8613800138000"))
    ringing = probe.wait_incoming()
    assert ringing.account_key == second.key
    probe.engine.remove_account(first.key)
    probe.wait_for(
        RegistrationChanged,
        lambda e: e.account_key == first.key and e.state is RegistrationState.UNREGISTERED,
    )
    pump(0.5)
    assert kamailio.registered_contacts("alice") == []


def test_network_change_registers_again(engine_factory, kamailio) -> None:
    probe: EngineProbe = engine_factory()
    account = alice(kamailio, Transport.TCP)
    probe.register(account, "secret-a")
    since = probe.mark()
    probe.engine.network_changed()
    probe.wait_for(
        RegistrationChanged,
        lambda e: e.state is RegistrationState.REGISTERED,
        timeout=15,
        since=since,
    )


def test_mute_silences_what_the_peer_hears(engine_factory, baresip_factory) -> None:
    bob = baresip_factory("bob", tone_hz=BOB_TONE)
    bob.start()
    probe: EngineProbe = engine_factory(tone_hz=ENGINE_TONE)
    call_id = probe.engine.make_call(bob.uri())
    probe.wait_call(call_id, CallState.ACTIVE)
    pump(1.5)
    probe.engine.mute(call_id, True)
    probe.wait_for(CallChanged, lambda e: e.call_id == call_id and e.muted)
    pump(1.5)
    probe.engine.hangup(call_id)
    probe.wait_call(call_id, CallState.ENDED)
    heard = bob.heard_wav()
    assert tone_level_db(heard, ENGINE_TONE, start_s=0.5, end_s=1.4) > -25
    assert tone_level_db(heard, ENGINE_TONE, start_s=1.9, end_s=2.8) < -50
