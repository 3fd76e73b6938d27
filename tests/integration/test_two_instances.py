"""Two Jego instances (separate processes): receipts, typing, and surviving kill -9."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from jego_desktop.domain.contacts import Contact
from jego_desktop.domain.messages import MessageDirection, MessageState
from jego_desktop.store.contacts import ContactStore
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.messages import MessageStore
from tests.integration.headless_client import HeadlessClient
from tests.peers.kamailio import Kamailio
from tests.peers.sipp import MESSAGE_FLOOD, Sipp

pytestmark = pytest.mark.peers

TEXT = "你好 👋 Jego\nsecond line"
Factory = Callable[..., HeadlessClient]


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


def body_is(text: str, state: str | None = None) -> Callable[[dict[str, object]], bool]:
    return lambda event: event["body"] == text and state in (None, event["state"])


def instance(factory: Factory, kamailio: Kamailio, user: str, password: str) -> HeadlessClient:
    return factory(user, user, password, f"127.0.0.1:{kamailio.port('udp')}")


def introduce(bob: HeadlessClient, alice: HeadlessClient, alice_aor: str) -> None:
    """Bob writes first: plain text to a peer he has not heard from, but it carries his
    User-Agent, so Alice learns that Bob reads CPIM (issue #14 section 2)."""
    bob.command("send", peer=alice_aor, body="hello from Bob")
    written = bob.wait("written")
    alice.wait("added", lambda e: e["direction"] == "incoming")
    bob.wait("changed", lambda e: e["message_id"] == written["message_id"] and e["state"] == "sent")


def test_receipts_and_typing_between_two_instances(headless_factory, kamailio: Kamailio) -> None:
    alice = instance(headless_factory, kamailio, "alice", "secret-a")
    bob = instance(headless_factory, kamailio, "bob", "secret-b")
    alice.start()
    bob.start()
    bob_aor, alice_aor = kamailio.aor("bob"), kamailio.aor("alice")
    introduce(bob, alice, alice_aor)

    alice.command("send", peer=bob_aor, body=TEXT)
    written = alice.wait("written")
    message_id = written["message_id"]
    received = bob.wait("added", lambda e: e["direction"] == "incoming" and e["body"] == TEXT)
    assert received["message_id"] == message_id  # CPIM carried Alice's own id

    def reached(state: str) -> Callable[[dict[str, object]], bool]:
        return lambda e: e["message_id"] == message_id and e["state"] == state

    alice.wait("changed", reached("delivered"))
    bob.command("mark_read", peer=alice_aor)
    alice.wait("changed", reached("displayed"))

    # Typing notices go to peers the user wrote to (engine/contacted_peers.py).
    alice.command("typing", peer=bob_aor, active=True)
    typing = bob.wait("typing")
    assert typing["active"] and typing["peer"] == "sip:alice@127.0.0.1"

    # What Alice learned is in her store: after a restart, receipts from the first message.
    alice.stop()
    again = instance(headless_factory, kamailio, "alice", "secret-a")
    again.start()
    again.command("send", peer=bob_aor, body="after a restart")
    after = again.wait("written")
    again.wait(
        "changed", lambda e: e["message_id"] == after["message_id"] and e["state"] == "delivered"
    )


def test_messages_confirmed_delivered_survive_kill_9(headless_factory, kamailio: Kamailio) -> None:
    """A delivery receipt leaves only after the durable commit: kill -9 cannot undo it."""
    alice = instance(headless_factory, kamailio, "alice", "secret-a")
    bob = instance(headless_factory, kamailio, "bob", "secret-b")
    alice.start()
    bob.start()
    introduce(bob, alice, kamailio.aor("alice"))
    for n in range(40):
        alice.command("send", peer=kamailio.aor("bob"), body=f"durable {n}")
    alice.wait("changed", lambda e: e["state"] == "delivered", timeout=10)
    bob.kill9()
    delivered = {e["message_id"] for e in alice.events("changed") if e["state"] == "delivered"}
    assert delivered
    with Database.open(bob.db) as database:
        conversation = ConversationStore(database).find(
            f"bob@127.0.0.1:{kamailio.port('udp')}", "sip:alice@127.0.0.1"
        )
        assert conversation is not None
        stored = MessageStore(database).page(conversation.id, limit=100)
    stored_ids = {m.message_id for m in stored if m.direction is MessageDirection.INCOMING}
    assert delivered <= stored_ids


def test_outbox_survives_kill_9_and_goes_out_once(headless_factory, kamailio: Kamailio) -> None:
    alice = instance(headless_factory, kamailio, "alice", "secret-a")
    alice.start(register=False)
    for n in range(3):
        alice.command("send", peer=kamailio.aor("bob"), body=f"queued {n}")
        alice.wait("written", body_is(f"queued {n}"))
    alice.kill9()

    bob = instance(headless_factory, kamailio, "bob", "secret-b")
    bob.start()
    again = instance(headless_factory, kamailio, "alice", "secret-a")
    again.start()  # same database: the outbox is flushed on registration
    for n in range(3):
        bob.wait("added", body_is(f"queued {n}"), timeout=10)
    for n in range(3):
        again.wait("changed", body_is(f"queued {n}", "sent"))
    sent = [e for e in again.events("changed") if e["state"] == "sent"]
    assert len(sent) == 3
    bodies = [e["body"] for e in bob.events("added")]
    assert bodies == [f"queued {n}" for n in range(3)]
    with Database.open(again.db) as database:
        outbox = MessageStore(database).outbox(f"alice@127.0.0.1:{kamailio.port('udp')}")
    assert outbox == []
    assert all(MessageState(e["state"]) is MessageState.SENT for e in sent)


def test_kill_9_during_a_sipp_flood_loses_at_most_the_message_in_flight(
    headless_factory, kamailio: Kamailio, tmp_path: Path
) -> None:
    """pjsua answers 200 OK before our callback stores the message: a kill -9 between the
    two can lose that one message, never more."""
    alice = instance(headless_factory, kamailio, "alice", "secret-a")
    with Database.open(alice.db) as database:  # a contact: strangers' messages are capped
        ContactStore(database).add(Contact("Carol", sip_uri="sip:carol@127.0.0.1"))
    alice.start()
    flood = Sipp(
        MESSAGE_FLOOD,
        tmp_path / "sipp",
        target=kamailio.uri("udp"),
        count=1000,
        rate=200,
        timeout=60,
        service="alice",
        auth=("carol", "secret-c"),
        keys={"from_user": "carol", "domain": "127.0.0.1"},
    )
    flood.start()
    time.sleep(2.5)  # about 500 messages in
    alice.kill9()
    result = flood.wait()  # the rest fail: Kamailio answers 408 for the dead contact
    with Database.open(alice.db) as database:
        conversation = ConversationStore(database).find(
            f"alice@127.0.0.1:{kamailio.port('udp')}", "sip:carol@127.0.0.1"
        )
        assert conversation is not None
        stored = MessageStore(database).page(conversation.id, limit=2000)
    print(f"kill -9 during flood: {result.successful} answered 200 OK, {len(stored)} stored")
    assert 100 < result.successful < 1000, result.summary()
    assert result.successful - 1 <= len(stored) <= result.successful
    assert len({m.message_id for m in stored}) == len(stored)
