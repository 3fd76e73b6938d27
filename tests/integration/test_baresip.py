"""The baresip peer itself: two agents on loopback call, talk, message, send DTMF, hold.

These tests prove the bench before it is used against Jego: audio is checked by
content (each side hears the other's tone), texts arrive byte-exact.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from tests.peers.baresip import Baresip
from tests.peers.kamailio import Kamailio
from tests.peers.tones import assert_tone, dominant_frequency

pytestmark = [pytest.mark.peers, pytest.mark.timeout(60)]


Factory = Callable[..., Baresip]
ALICE_HZ = 700.0
BOB_HZ = 1200.0
TEXT = "你好 👋 Jego"


def _pair(factory: Factory, *, bob_answers: bool = True) -> tuple[Baresip, Baresip]:
    alice = factory("alice", tone_hz=ALICE_HZ)
    bob = factory("bob", tone_hz=BOB_HZ, auto_answer=bob_answers)
    alice.start()
    bob.start()
    return alice, bob


def _call(alice: Baresip, bob: Baresip) -> float:
    """Alice calls bob directly; returns the call set-up time (dial -> established) in s."""
    since_a, since_b = alice.mark(), bob.mark()
    started = time.monotonic()
    alice.dial(bob.uri())
    established = alice.wait_call_established(5, since=since_a)
    bob.wait_call_established(5, since=since_b)
    return float(established["received_at"]) - started


def _hang_up(alice: Baresip, bob: Baresip) -> None:
    since_a, since_b = alice.mark(), bob.mark()
    alice.hangup()
    alice.wait_call_closed(5, since=since_a)
    bob.wait_call_closed(5, since=since_b)


def test_direct_call_each_side_hears_the_other(baresip_factory: Factory) -> None:
    alice, bob = _pair(baresip_factory)

    setup = _call(alice, bob)
    print(f"\nbaresip -> baresip direct call set-up: {setup * 1000:.1f} ms")
    time.sleep(2.0)
    _hang_up(alice, bob)

    heard_by_alice, heard_by_bob = alice.heard_wav(), bob.heard_wav()
    print(
        f"alice heard {dominant_frequency(heard_by_alice):.0f} Hz, "
        f"bob heard {dominant_frequency(heard_by_bob):.0f} Hz"
    )
    assert_tone(heard_by_alice, BOB_HZ, min_seconds=1.5)
    assert_tone(heard_by_bob, ALICE_HZ, min_seconds=1.5)
    assert_tone(alice.sent_wav(), ALICE_HZ, min_seconds=1.5)
    assert setup < 2.0


def test_message_each_way_arrives_intact(baresip_factory: Factory) -> None:
    alice, bob = _pair(baresip_factory)

    alice.send_message(bob.uri(), TEXT)
    bob.send_message(alice.uri(), f"{TEXT} back")

    assert bob.wait_message(TEXT, timeout=5) == ("sip:alice@127.0.0.1", TEXT)
    assert alice.wait_message(f"{TEXT} back", timeout=5) == ("sip:bob@127.0.0.1", f"{TEXT} back")


def test_dtmf_and_hold_are_seen_by_the_peer(baresip_factory: Factory) -> None:
    alice, bob = _pair(baresip_factory)
    _call(alice, bob)
    since = bob.mark()

    alice.send_dtmf("123#")
    bob.wait_for(lambda: bob.dtmf_received(since=since) == "123#", 5, "DTMF 123#")

    alice.hold()
    bob.wait_for(lambda: bob.audio_status().direction == "recvonly", 5, "held (recvonly)")
    hold_offer = bob.received_requests("INVITE")[-1]
    assert "a=sendonly" in hold_offer.text

    alice.resume()
    bob.wait_for(lambda: bob.audio_status().direction == "sendrecv", 5, "resumed (sendrecv)")
    assert "a=sendrecv" in bob.received_requests("INVITE")[-1].text
    before = alice.audio_status().rx_packets
    alice.wait_for(lambda: alice.audio_status().rx_packets >= before + 10, 3, "audio after resume")
    _hang_up(alice, bob)


def test_call_answered_by_hand(baresip_factory: Factory) -> None:
    alice, bob = _pair(baresip_factory, bob_answers=False)
    since_a = alice.mark()

    alice.dial(bob.uri())
    incoming = bob.wait_incoming_call(5)
    alice.wait_type("CALL_RINGING", 5, since=since_a)
    time.sleep(0.3)
    assert not any(e["type"] == "CALL_ESTABLISHED" for e in bob.events)
    bob.answer()

    assert incoming["peeruri"] == "sip:alice@127.0.0.1"
    alice.wait_call_established(5, since=since_a)
    bob.wait_call_established(5)
    since_a = alice.mark()
    bob.hangup()
    assert alice.wait_call_closed(5, since=since_a)["param"]


@pytest.mark.parametrize("transport", ["udp", "tcp"])
def test_registered_users_call_and_message_through_kamailio(
    baresip_factory: Factory, kamailio: Kamailio, transport: str
) -> None:
    alice = baresip_factory("alice", tone_hz=ALICE_HZ)
    bob = baresip_factory("bob", tone_hz=BOB_HZ)
    for agent, password in ((alice, "secret-a"), (bob, "secret-b")):
        agent.add_account(
            kamailio.aor(agent.name),
            password=password,
            registrar=kamailio.uri(transport),
            transport=transport,
        )
        agent.start()  # returns once REGISTER_OK (after the digest challenge)
    assert len(kamailio.registered_contacts("bob")) == 1

    since_a, since_b = alice.mark(), bob.mark()
    started = time.monotonic()
    alice.dial(kamailio.aor("bob"))
    established = alice.wait_call_established(5, since=since_a)
    bob.wait_call_established(5, since=since_b)
    setup_ms = (float(established["received_at"]) - started) * 1000
    print(f"\nbaresip -> Kamailio ({transport}) -> baresip call set-up: {setup_ms:.1f} ms")
    time.sleep(1.5)
    _hang_up(alice, bob)
    assert_tone(bob.heard_wav(), ALICE_HZ, min_seconds=1.0)
    assert_tone(alice.heard_wav(), BOB_HZ, min_seconds=1.0)

    alice.send_message(kamailio.aor("bob"), TEXT)
    bob.send_message(kamailio.aor("alice"), f"{TEXT} back")
    assert bob.wait_message(TEXT, timeout=5) == (kamailio.aor("alice"), TEXT)
    assert alice.wait_message(f"{TEXT} back", timeout=5)[0] == kamailio.aor("bob")
