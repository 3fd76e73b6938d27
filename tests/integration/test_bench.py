"""The bench proves itself: real peers register, call, hear each other and exchange MESSAGEs."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.peers.baresip import Baresip
from tests.peers.kamailio import Kamailio
from tests.peers.sipp import message_flood
from tests.peers.tones import assert_tone

pytestmark = pytest.mark.peers


def test_two_registered_users_call_hear_each_other_and_message(
    kamailio: Kamailio, baresip_factory: Callable[..., Baresip], tmp_path: Path
) -> None:
    alice = baresip_factory("alice", tone_hz=700.0)
    alice.add_account(kamailio.aor("alice"), password="secret-a", registrar=kamailio.uri("udp"))
    bob = baresip_factory("bob", tone_hz=1200.0)
    bob.add_account(kamailio.aor("bob"), password="secret-b", registrar=kamailio.uri("udp"))
    alice.start()
    bob.start()

    started = time.monotonic()
    alice.dial(kamailio.aor("bob"))
    alice.wait_call_established()
    setup_ms = (time.monotonic() - started) * 1000
    print(f"baresip -> baresip call set-up through Kamailio: {setup_ms:.1f} ms")
    bob.wait_call_established()
    time.sleep(2.0)
    alice.hangup()
    bob.wait_call_closed()
    assert_tone(alice.heard_wav(), 1200.0, start_s=0.3)
    assert_tone(bob.heard_wav(), 700.0, start_s=0.3)

    alice.send_message(kamailio.aor("bob"), "你好 Bob 👋")
    bob.send_message(kamailio.aor("alice"), "Bonjour Alice, ça va ?")
    assert bob.wait_message("你好 Bob 👋")[0] == kamailio.aor("alice")
    assert alice.wait_message("Bonjour Alice, ça va ?")[0] == kamailio.aor("bob")

    # 1,000 MESSAGEs at 200/s from SIPp (authenticated as carol) to the registered bob.
    flood = message_flood(
        kamailio.uri("udp"),
        tmp_path / "sipp",
        sender=("carol", "secret-c"),
        recipient="bob",
        count=1000,
        rate=200,
        timeout=60,
    )
    print(f"SIPp flood to baresip: {flood.summary()}")
    assert flood.successful == 1000 and flood.failed == 0, flood.summary()
    assert flood.responses.get(200) == 1000, flood.responses
