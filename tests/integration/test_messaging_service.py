"""MessagingService with the real engine and store, against Kamailio, baresip and SIPp."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from jego_desktop.domain.accounts import DIRECT_ACCOUNT_KEY
from jego_desktop.domain.contacts import Contact
from jego_desktop.domain.engine_events import (
    EngineError,
    EngineStarted,
    MessageFailed,
    MessageReceived,
    MessageSent,
)
from jego_desktop.domain.incoming_messages import (
    AcceptResult,
    IncomingMessageSink,
    IncomingRecall,
    IncomingText,
    RecallResult,
)
from jego_desktop.domain.incoming_rate import PER_PEER_MESSAGES
from jego_desktop.domain.message_formats import UNREADABLE
from jego_desktop.domain.messages import Message, MessageDirection, MessageState
from jego_desktop.models.chats.messaging import MessagingService
from jego_desktop.store.contacts import ContactStore
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.messages import MessageStore
from jego_desktop.store.peer_formats import PeerFormats
from tests.integration.engine_probe import EngineProbe, pump
from tests.integration.test_engine_calls import alice, registered_baresip
from tests.peers.kamailio import Kamailio
from tests.peers.sipp import malformed_messages, message_flood

pytestmark = pytest.mark.peers


def messaging(
    engine_factory: Callable[..., EngineProbe], db: Database, cpim_by_default: bool = True
) -> tuple[EngineProbe, MessagingService]:
    probe = engine_factory()
    service = MessagingService(
        probe.engine, ConversationStore(db), MessageStore(db), cpim_by_default=cpim_by_default
    )
    service.connect_engine(probe.engine)  # queued: the engine emits on its own thread
    probe.engine.set_message_sink(service.sink)
    return probe, service


def test_outbox_goes_out_in_order_after_registering_none_doubled(
    engine_factory, kamailio: Kamailio, baresip_factory, db: Database
) -> None:
    bob = registered_baresip(baresip_factory, kamailio, "bob", "secret-b", 1200.0)
    probe, service = messaging(engine_factory, db, cpim_by_default=False)
    account = alice(kamailio)
    texts = [f"offline {n} 你好 👋" for n in range(6)]
    written = [service.send(account.key, kamailio.aor("bob"), text) for text in texts]
    pump(0.3)
    assert not [e for e in probe.events if isinstance(e, MessageSent)]
    probe.register(account, "secret-a")
    for message in written:
        wanted = message.message_id
        probe.wait_for(MessageSent, lambda e: e.message_id == wanted)  # noqa: B023 - used at once
    probe.engine.reregister(account.key)  # a second REGISTERED must not flush again
    bob.wait_message(texts[-1])
    pump(1.5)
    from_alice = [text for peer, text in bob.received_messages() if "alice" in peer]
    assert from_alice == texts
    stored = MessageStore(db).page(written[0].conversation_id)
    assert [m.state for m in stored] == [MessageState.SENT] * len(texts)
    assert all(m.sip_call_id for m in stored)


def test_a_message_kept_for_an_offline_recipient_is_sent_not_delivered(
    engine_factory, kamailio: Kamailio, db: Database
) -> None:
    """202 Accepted from the server: one tick (SENT), never two until a receipt."""
    probe, service = messaging(engine_factory, db)
    account = alice(kamailio)
    probe.register(account, "secret-a")
    pump(0.2)
    message = service.send(account.key, kamailio.aor("carol"), "are you there?")
    probe.wait_for(MessageSent, lambda e: e.message_id == message.message_id)
    pump(0.5)
    stored = MessageStore(db).get(message.id)
    assert stored is not None and stored.state is MessageState.SENT
    [(_, body)] = kamailio.stored_messages("carol")
    assert f"imdn.Message-ID: {message.message_id}" in body
    unknown = service.send(account.key, "sip:nobody@127.0.0.1", "hello?")
    probe.wait_for(MessageFailed, lambda e: e.message_id == unknown.message_id)


def test_cpim_to_ourselves_is_delivered_read_and_receipted(
    engine_factory, kamailio: Kamailio, db: Database
) -> None:
    """Alice writes to her own address: both ends of the conversation are in one store."""
    probe, service = messaging(engine_factory, db)
    account = alice(kamailio)
    probe.register(account, "secret-a")
    pump(0.2)
    sent = service.send(account.key, kamailio.aor("alice"), "你好 👋 Jego\nsecond line")
    received = probe.wait_for(MessageReceived, lambda e: e.message_id == sent.message_id)
    assert received.body == "你好 👋 Jego\nsecond line" and received.stored_id is not None
    messages = MessageStore(db)

    def state() -> MessageState:
        stored = messages.get(sent.id)
        assert stored is not None
        return stored.state

    deadline = time.monotonic() + 10
    while state() is not MessageState.DELIVERED and time.monotonic() < deadline:
        pump(0.05)
    assert state() is MessageState.DELIVERED
    assert received.conversation_id is not None
    service.mark_read(received.conversation_id)
    while state() is not MessageState.DISPLAYED and time.monotonic() < deadline:
        pump(0.05)
    assert state() is MessageState.DISPLAYED


class CountingSink:
    """The store's sink, counting every message the engine offers it (engine thread)."""

    def __init__(self, inner: IncomingMessageSink) -> None:
        self.inner = inner
        self.lock = threading.Lock()
        self.offered = 0

    def accept(self, message: IncomingText) -> AcceptResult:
        with self.lock:
            self.offered += 1
        return self.inner.accept(message)

    def recall(self, recall: IncomingRecall) -> RecallResult | None:
        return self.inner.recall(recall)

    def user_contacted(self, account_key: str, peer_uri: str) -> bool:
        return self.inner.user_contacted(account_key, peer_uri)


def test_flood_of_2000_is_stored_durably_once_each(
    engine_factory, kamailio: Kamailio, db: Database, tmp_path: Path
) -> None:
    """Also the engine's own flood test: each message offered to the sink once, and one
    MessageReceived each."""
    probe, service = messaging(engine_factory, db)
    sink = CountingSink(service.sink)
    probe.engine.set_message_sink(sink)
    account = alice(kamailio)
    ContactStore(db).add(Contact("Bob", sip_uri="sip:bob@127.0.0.1"))  # strangers are limited
    probe.register(account, "secret-a")
    started = time.monotonic()
    result = message_flood(
        kamailio.uri("udp").removeprefix("sip:").split(";")[0],
        tmp_path,
        sender=("bob", "secret-b"),
        recipient="alice",
        count=2000,
        rate=200,
        timeout=60,
    )
    assert result.successful == 2000, result.summary()
    probe.wait_for(
        MessageReceived, lambda e: e.body.strip() == "Jego flood message 2000", timeout=30
    )
    elapsed = time.monotonic() - started
    conversation = ConversationStore(db).find(account.key, "sip:bob@127.0.0.1")
    assert conversation is not None
    stored = MessageStore(db).page(conversation.id, limit=5000)
    bodies = Counter(m.body.strip() for m in stored)
    assert len(stored) == 2000 and len(bodies) == 2000
    assert all(m.direction is MessageDirection.INCOMING for m in stored)
    assert conversation.unread_count == 2000
    assert sink.offered == 2000
    pump(0.5)  # any event after the last one, were there one too many
    received = [e for e in probe.events if isinstance(e, MessageReceived)]
    assert len(received) == 2000
    print(f"2000 MESSAGEs at 200/s stored durably in {elapsed:.1f} s")


def test_a_stranger_s_flood_of_200_stores_only_the_first_30(
    engine_factory, db: Database, tmp_path: Path
) -> None:
    """SIPp, as a stranger, sends 200 MESSAGEs at 400/s straight to the app's port:
    pjsua answers 200 OK to each, the store keeps the first 30 and the log counts."""
    probe, _service = messaging(engine_factory, db)
    port = probe.wait_for(EngineStarted).sip_ports["udp"]
    started = time.monotonic()
    result = message_flood(
        f"127.0.0.1:{port}",
        tmp_path,
        sender=("mallory", "unused"),
        recipient="jego",
        count=200,
        rate=400,
        timeout=20,
        domain="127.0.0.2",
    )
    assert result.successful == 200, result.summary()
    received = probe.wait_for(
        MessageReceived, lambda e: e.body.strip() == f"Jego flood message {PER_PEER_MESSAGES}"
    )
    pump(1.0)  # anything more would have arrived by now
    elapsed = time.monotonic() - started
    conversation = ConversationStore(db).find(DIRECT_ACCOUNT_KEY, received.peer_uri)
    assert conversation is not None and received.peer_uri == "sip:mallory@127.0.0.2"
    stored = MessageStore(db).page(conversation.id, limit=500)
    assert [m.body.strip() for m in stored] == [
        f"Jego flood message {n}" for n in range(1, PER_PEER_MESSAGES + 1)
    ]
    announced = [e for e in probe.events if isinstance(e, MessageReceived)]
    assert len(announced) == PER_PEER_MESSAGES
    print(f"200 MESSAGEs from a stranger at 400/s: {len(stored)} stored, {elapsed:.1f} s")


def test_malformed_and_direct_messages_are_stored_or_refused_cleanly(
    engine_factory, db: Database, tmp_path: Path
) -> None:
    probe, service = messaging(engine_factory, db, cpim_by_default=False)
    port = probe.wait_for(EngineStarted).sip_ports["udp"]
    result = malformed_messages(port, tmp_path)
    assert result.successful == 1, result.summary()
    probe.wait_for(MessageReceived, lambda e: e.body.startswith("still there?"))
    conversation = ConversationStore(db).find(DIRECT_ACCOUNT_KEY, "sip:mallory@127.0.0.1")
    assert conversation is not None
    stored = {m.sip_call_id or "": m for m in MessageStore(db).page(conversation.id)}
    garbled = next(m for cid, m in stored.items() if cid.endswith("-invalid-utf8"))
    assert garbled.content_type == UNREADABLE and "not valid UTF-8" in garbled.body
    assert not [e for e in probe.events if isinstance(e, EngineError)]
    # the engine still sends: a direct message back to our own local address
    sent = service.send(DIRECT_ACCOUNT_KEY, f"sip:mallory@127.0.0.1:{port}", "direct reply")
    probe.wait_for(MessageSent, lambda e: e.message_id == sent.message_id)


def app_messaging(probe: EngineProbe, database: Database) -> MessagingService:
    """A service with the app's defaults (no cpim_by_default given)."""
    service = MessagingService(probe.engine, ConversationStore(database), MessageStore(database))
    service.connect_engine(probe.engine)
    probe.engine.set_message_sink(service.sink)
    return service


def settled_state(database: Database, message: Message, timeout: float = 10) -> MessageState:
    """The stored state once the engine has answered (no longer pending)."""
    deadline = time.monotonic() + timeout
    while True:
        pump(0.05)
        stored = MessageStore(database).get(message.id)
        assert stored is not None
        if stored.state is not MessageState.PENDING or time.monotonic() > deadline:
            return stored.state


def test_a_fresh_profiles_first_message_to_a_phone_that_is_not_jego_arrives(
    engine_factory, kamailio: Kamailio, baresip_factory, db: Database
) -> None:
    """Issue #14 section 2: plain text/plain until the peer is known to read CPIM."""
    bob = registered_baresip(baresip_factory, kamailio, "bob", "secret-b", 1200.0)
    probe = engine_factory()
    service = app_messaging(probe, db)
    account = alice(kamailio)
    probe.register(account, "secret-a")
    started = time.monotonic()
    first = service.send(account.key, kamailio.aor("bob"), "Bonjour Bob, 你好")
    assert settled_state(db, first) is MessageState.SENT  # baresip sends no receipts
    print(f"first message to baresip sent in {(time.monotonic() - started) * 1000:.0f} ms")
    bob.wait_message("Bonjour Bob, 你好")
    assert not [e for e in probe.events if isinstance(e, MessageFailed)]
    assert len(bob.received_requests("MESSAGE")) == 1  # no 415 and second try
    assert PeerFormats(db).speaks_cpim(account.key, kamailio.aor("bob")) is None


def test_cpim_refused_with_415_goes_again_as_plain_text_and_that_survives_a_restart(
    engine_factory, kamailio: Kamailio, baresip_factory, db: Database, db_path: Path
) -> None:
    bob = registered_baresip(baresip_factory, kamailio, "bob", "secret-b", 1200.0)
    account = alice(kamailio)
    bob_aor = kamailio.aor("bob")
    PeerFormats(db).remember(account.key, bob_aor, True)  # wrongly: as if Bob were Linphone
    probe = engine_factory()
    service = app_messaging(probe, db)
    probe.register(account, "secret-a")
    started = time.monotonic()
    message = service.send(account.key, bob_aor, "second chance")
    assert settled_state(db, message) is MessageState.SENT  # pumps: the retry is the GUI's
    print(f"CPIM, 415, plain text, 200 OK: {(time.monotonic() - started) * 1000:.0f} ms")
    bob.wait_message("second chance")
    refused = probe.wait_for(MessageFailed, lambda e: e.message_id == message.message_id)
    assert refused.code == 415  # the engine's report; the service sent it again at once
    requests = bob.received_requests("MESSAGE")
    assert [("message/cpim" in r.text.lower()) for r in requests] == [True, False]
    assert PeerFormats(db).speaks_cpim(account.key, bob_aor) is False

    probe.stop()  # the app quits and starts again on the same profile
    db.close()
    with Database.open(db_path) as reopened:
        probe = engine_factory()
        service = app_messaging(probe, reopened)
        probe.register(account, "secret-a")
        after = service.send(account.key, bob_aor, "after the restart")
        assert settled_state(reopened, after) is MessageState.SENT
        bob.wait_message("after the restart")
    later = bob.received_requests("MESSAGE")[len(requests) :]
    assert len(later) == 1 and "message/cpim" not in later[0].text.lower()
