"""SIPp peer: a MESSAGE flood through Kamailio to a registered SIPp receiver.

The receiver is a second SIPp running tests/peers/sipp/uas_message.xml, registered as
bob with register.xml; the sender floods with message_flood.xml as alice, answering
Kamailio's 407 challenges. The bench test proper uses baresip as the receiver.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.peers.kamailio import Kamailio
from tests.peers.sipp import (
    MALFORMED_MESSAGE,
    UAS_MESSAGE,
    Sipp,
    message_flood,
    register,
    run_sipp,
)

pytestmark = [pytest.mark.peers, pytest.mark.timeout(120)]

FLOOD_COUNT = 1000
FLOOD_RATE = 200.0


def _registered_receiver(server: Kamailio, workdir: Path, calls: int) -> Sipp:
    """A SIPp answering `calls` MESSAGEs with 200, registered as bob; started."""
    receiver = Sipp(UAS_MESSAGE, workdir, count=calls, timeout=60)
    receiver.start()
    try:
        registration = register(
            server.uri("udp"),
            workdir,
            user=("bob", server.users["bob"]),
            contact=f"sip:bob@{receiver.address}",
        )
        assert registration.successful == 1, registration.log
        assert registration.responses == {401: 1, 200: 1}
        assert server.registered_contacts("bob") == [f"sip:bob@{receiver.address}"]
    except BaseException:
        receiver.stop()
        raise
    return receiver


def test_message_flood_through_kamailio_is_all_delivered(
    kamailio: Kamailio,
    tmp_path: Path,
) -> None:
    receiver = _registered_receiver(kamailio, tmp_path, FLOOD_COUNT)
    try:
        flood = message_flood(
            kamailio.uri("udp"),
            tmp_path,
            sender=("alice", kamailio.users["alice"]),
            recipient="bob",
            count=FLOOD_COUNT,
            rate=FLOOD_RATE,
            timeout=30,
        )
        received = receiver.wait()
    finally:
        receiver.stop()

    print(
        f"\nSIPp MESSAGE flood via Kamailio: {flood.successful}/{FLOOD_COUNT} delivered, "
        f"target {FLOOD_RATE:g}/s, {flood.elapsed:.2f} s, "
        f"achieved {flood.successful / flood.elapsed:.0f}/s, "
        f"retransmissions {flood.retransmissions}"
    )
    print(f"  sender:   {flood.summary()}")
    print(f"  receiver: {received.summary()}")
    assert flood.returncode == 0, flood.log
    assert (flood.successful, flood.failed) == (FLOOD_COUNT, 0), flood.log
    assert flood.responses == {407: FLOOD_COUNT, 200: FLOOD_COUNT}
    assert received.successful == FLOOD_COUNT, received.log
    assert received.sent_responses == {200: FLOOD_COUNT}


def test_messages_to_an_unregistered_user_are_stored_once_each_202(
    kamailio: Kamailio,
    tmp_path: Path,
) -> None:
    flood = message_flood(
        kamailio.uri("udp"),
        tmp_path,
        sender=("+8613800138000", kamailio.users["+8613800138000"]),
        recipient="carol",
        count=5,
        rate=50,
        timeout=10,
    )
    assert flood.returncode == 1  # the scenario waits for 200
    assert (flood.successful, flood.failed) == (0, 5), flood.log
    assert flood.responses == {407: 5, 202: 5}
    assert len(kamailio.stored_messages("carol")) == 5


def test_malformed_scenario_ends_with_a_delivered_message(
    kamailio: Kamailio,
    tmp_path: Path,
) -> None:
    receiver = _registered_receiver(kamailio, tmp_path, calls=2)
    try:
        result = run_sipp(
            MALFORMED_MESSAGE,
            kamailio.uri("udp"),
            tmp_path,
            count=2,
            rate=10,
            timeout=20,
            auth=("alice", kamailio.users["alice"]),
            service="bob",
            keys={"from_user": "alice", "domain": kamailio.domain},
        )
        received = receiver.wait()
    finally:
        receiver.stop()
    print(f"\nmalformed scenario: {result.summary()}, out-of-call {result.out_of_call_messages}")
    assert (result.successful, result.failed) == (2, 0), result.log
    assert result.out_of_call_messages > 0  # Kamailio's 400s to the broken requests
    assert received.successful == 2, received.log
    assert kamailio.is_running()


def test_sipp_refuses_targets_off_loopback(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="loopback"):
        Sipp(UAS_MESSAGE, tmp_path, target="192.0.2.1:5060", count=1)
    sipp = Sipp(UAS_MESSAGE, tmp_path, target="sip:127.0.0.1:5062;transport=udp", count=1)
    assert sipp.target == "127.0.0.1:5062"
