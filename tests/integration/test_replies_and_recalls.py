"""Replies and recalls between two Jego instances (separate processes) through Kamailio,
and a reply to baresip, which reads plain text only."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from jego_desktop.domain.messages import Message, MessageDirection
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.messages import MessageStore
from tests.integration.headless_client import HeadlessClient
from tests.integration.test_engine_calls import registered_baresip
from tests.integration.test_two_instances import Factory, instance
from tests.peers.kamailio import Kamailio

pytestmark = pytest.mark.peers
Event = dict[str, object]


@pytest.fixture
def headless_factory(tmp_path: Path) -> Iterator[Factory]:
    made: list[HeadlessClient] = []

    def make(name: str, number: str, password: str, server: str) -> HeadlessClient:
        client = HeadlessClient(name, tmp_path / f"{name}.sqlite3", number, password, server)
        made.append(client)
        return client

    yield make
    for client in made:
        client.stop()


def incoming(text: str) -> Callable[[Event], bool]:
    return lambda e: e["direction"] == "incoming" and e["body"] == text


def sent(message_id: object) -> Callable[[Event], bool]:
    return lambda e: e["message_id"] == message_id and e["state"] in ("sent", "delivered")


def talking(factory: Factory, kamailio: Kamailio) -> tuple[HeadlessClient, HeadlessClient]:
    """Alice and Bob, each having written to the other (receipts go only to such peers)."""
    alice = instance(factory, kamailio, "alice", "secret-a")
    bob = instance(factory, kamailio, "bob", "secret-b")
    alice.start()
    bob.start()
    for writer, reader, peer in ((bob, alice, "alice"), (alice, bob, "bob")):
        writer.command("send", peer=kamailio.aor(peer), body=f"hello {peer}")
        reader.wait("added", incoming(f"hello {peer}"))
    return alice, bob


def stored_incoming(client: HeadlessClient, kamailio: Kamailio, peer: str) -> list[Message]:
    with Database.open(client.db) as database:
        conversation = ConversationStore(database).find(
            f"{client.name}@127.0.0.1:{kamailio.port('udp')}", f"sip:{peer}@127.0.0.1"
        )
        assert conversation is not None
        page = MessageStore(database).page(conversation.id)
    return [m for m in page if m.direction is MessageDirection.INCOMING]


def test_a_reply_carries_its_original_id_and_shows_the_quote(
    headless_factory, kamailio: Kamailio
) -> None:
    alice, bob = talking(headless_factory, kamailio)
    bob.command("send", peer=kamailio.aor("alice"), body="Sunday lunch?\nat noon")
    question = bob.wait("written", lambda e: e["body"] == "Sunday lunch?\nat noon")
    asked = alice.wait("added", incoming("Sunday lunch?\nat noon"))
    assert asked["message_id"] == question["message_id"]

    alice.command("send", peer=kamailio.aor("bob"), body="yes!", reply_to=asked["message_id"])
    written = alice.wait("written", lambda e: e["body"] == "yes!")
    assert written["quote"] == "Sunday lunch?"
    answer = bob.wait("added", incoming("yes!"))
    assert answer["reply_to"] == question["message_id"]
    assert answer["quote"] == "Sunday lunch?"  # Bob's own message, found in his store
    alice.wait(
        "changed", lambda e: e["message_id"] == written["message_id"] and e["state"] == "delivered"
    )


def test_a_reply_to_a_plain_text_peer_quotes_the_original_as_text(
    headless_factory, kamailio: Kamailio, baresip_factory
) -> None:
    carol = registered_baresip(baresip_factory, kamailio, "carol", "secret-c", 700.0)
    alice = instance(headless_factory, kamailio, "alice", "secret-a")
    alice.start()
    carol.send_message(kamailio.aor("alice"), "are you coming")
    asked = alice.wait("added", incoming("are you coming"))
    alice.command("send", peer=kamailio.aor("carol"), body="yes", reply_to=asked["message_id"])
    written = alice.wait("written")
    alice.wait("changed", sent(written["message_id"]))
    deadline = time.monotonic() + 10
    bodies: list[str] = []
    while time.monotonic() < deadline and not any("yes" in body for body in bodies):
        bodies = [
            packet.text.split("\r\n\r\n", 1)[-1]
            for packet in carol.sip_trace()
            if packet.first_line.startswith("MESSAGE ") and "alice" in packet.text
        ]
        time.sleep(0.1)
    assert "> carol: are you coming\nyes" in bodies


def test_recall_between_two_instances_replaces_the_message(
    headless_factory, kamailio: Kamailio
) -> None:
    alice, bob = talking(headless_factory, kamailio)
    alice.command("send", peer=kamailio.aor("bob"), body="wrong chat, sorry")
    oops = alice.wait("written", lambda e: e["body"] == "wrong chat, sorry")
    bob.wait("added", incoming("wrong chat, sorry"))
    alice.wait("changed", sent(oops["message_id"]))

    alice.command("recall", peer=kamailio.aor("bob"), message_id=oops["message_id"])
    assert alice.wait("recall")["refused"] is None
    recalled = bob.wait("changed", lambda e: e["message_id"] == oops["message_id"])
    assert recalled["recalled"] and recalled["body"] == ""
    mine = alice.wait("changed", lambda e: e["message_id"] == oops["message_id"] and e["recalled"])
    assert mine["body"] == ""
    bob.stop()
    [*_, kept] = stored_incoming(bob, kamailio, "alice")
    assert kept.message_id == oops["message_id"] and kept.recalled and kept.body == ""


def test_recall_from_someone_who_is_not_the_author_is_ignored(
    headless_factory, kamailio: Kamailio
) -> None:
    alice, bob = talking(headless_factory, kamailio)
    carol = instance(headless_factory, kamailio, "carol", "secret-c")
    carol.start()
    alice.command("send", peer=kamailio.aor("bob"), body="only Alice may take this back")
    message = bob.wait("added", incoming("only Alice may take this back"))
    mark = bob.mark()
    carol.command("forged_recall", peer=kamailio.aor("bob"), message_id=message["message_id"])
    carol.command("send", peer=kamailio.aor("bob"), body="after the forged recall")
    bob.wait("added", incoming("after the forged recall"))  # the recall came before it
    assert not [e for e in bob.events("changed")[mark:] if e["message_id"] == message["message_id"]]
    bob.stop()
    [*_, kept] = stored_incoming(bob, kamailio, "alice")
    assert kept.body == "only Alice may take this back" and not kept.recalled


def test_recall_to_a_plain_text_peer_is_refused(
    headless_factory, kamailio: Kamailio, baresip_factory
) -> None:
    carol = registered_baresip(baresip_factory, kamailio, "carol", "secret-c", 700.0)
    alice = instance(headless_factory, kamailio, "alice", "secret-a")
    alice.start()
    carol.send_message(kamailio.aor("alice"), "hi")
    alice.wait("added", incoming("hi"))
    alice.command("send", peer=kamailio.aor("carol"), body="oops")
    oops = alice.wait("written", lambda e: e["body"] == "oops")
    alice.wait("changed", sent(oops["message_id"]))
    alice.command("recall", peer=kamailio.aor("carol"), message_id=oops["message_id"])
    assert alice.wait("recall")["refused"] == "plain_peer"
