"""MessagingService over a real store and a fake engine: outbox, reports, receipts."""

from __future__ import annotations

from typing import Any

import pytest

from jego_desktop.domain.accounts import DIRECT_ACCOUNT_KEY, RegistrationState
from jego_desktop.domain.chat_headers import RECALL_ID, REPLY_TO_ID
from jego_desktop.domain.engine_events import (
    MessageDelivered,
    MessageFailed,
    MessageReceived,
    MessageSent,
    RegistrationChanged,
    TypingChanged,
)
from jego_desktop.domain.incoming_messages import IncomingText
from jego_desktop.domain.messages import Message, MessageState
from jego_desktop.domain.recall_rules import RecallRefusal
from jego_desktop.engine.signals import EngineSignals
from jego_desktop.models.chats.messaging import MessagingService
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.messages import MessageStore
from jego_desktop.store.peer_formats import PeerFormats

KEY = "alice@127.0.0.1:5060"
BOB = "sip:bob@127.0.0.1"


class FakeEngine(EngineSignals):
    def __init__(self) -> None:
        super().__init__()
        self.sent: list[tuple[Any, ...]] = []
        self.receipts: list[tuple[str, str, list[str]]] = []
        self.typing: list[tuple[str, str, bool]] = []

    def send_message(self, *args: Any) -> None:
        self.sent.append(args)

    def send_display_receipts(self, account_key: str, peer: str, ids: list[str]) -> None:
        self.receipts.append((account_key, peer, ids))

    def send_typing(self, account_key: str, peer: str, active: bool) -> None:
        self.typing.append((account_key, peer, active))

    def register(self, state: RegistrationState = RegistrationState.REGISTERED) -> None:
        self.registration_changed.emit(RegistrationChanged(KEY, state, 200, "registered", 300))


@pytest.fixture
def engine(qapp: Any) -> FakeEngine:
    return FakeEngine()


@pytest.fixture
def service(engine: FakeEngine, db: Database) -> MessagingService:
    service = MessagingService(engine, ConversationStore(db), MessageStore(db))
    service.connect_engine(engine)
    return service


def state_of(db: Database, message: Message) -> MessageState:
    stored = MessageStore(db).get(message.id)
    assert stored is not None
    return stored.state


def test_messages_written_offline_go_out_in_order_once(
    service: MessagingService, engine: FakeEngine, db: Database
) -> None:
    written = [service.send(KEY, BOB, f"message {n}") for n in range(5)]
    assert engine.sent == []
    assert all(state_of(db, m) is MessageState.PENDING for m in written)
    engine.register()
    engine.register()  # a registration refresh: nothing goes out twice
    assert len(engine.sent) == 1  # one at a time to a peer, so they cannot overtake
    for message in written:
        assert engine.sent[-1][2] == message.message_id
        engine.register()
        engine.message_sent.emit(MessageSent(KEY, BOB, message.message_id, "cid"))
    assert [args[2] for args in engine.sent] == [m.message_id for m in written]
    assert [args[3] for args in engine.sent] == [f"message {n}" for n in range(5)]
    # Nothing is known of Bob: plain text, which every SIP phone reads.
    assert all(args[:2] == (KEY, BOB) and args[5] is False for args in engine.sent)
    engine.register()
    assert len(engine.sent) == 5
    assert all(state_of(db, m) is MessageState.SENT for m in written)
    engine.message_delivered.emit(MessageDelivered(KEY, BOB, written[0].message_id))
    assert state_of(db, written[0]) is MessageState.DELIVERED


def test_failure_is_recorded_and_retry_resends(
    service: MessagingService, engine: FakeEngine, db: Database
) -> None:
    engine.register()
    changed: list[Message] = []
    service.message_changed.connect(changed.append)
    message = service.send(KEY, "sip:carol@127.0.0.1", "hello?")
    assert len(engine.sent) == 1
    engine.message_failed.emit(
        MessageFailed(KEY, "sip:carol@127.0.0.1", message.message_id, 480, "not reachable")
    )
    assert changed[-1].state is MessageState.FAILED
    assert changed[-1].failure_reason == "not reachable"
    engine.register()
    assert len(engine.sent) == 1  # failed messages wait for the user
    service.retry(message.message_id)
    assert len(engine.sent) == 2 and engine.sent[1][2] == message.message_id


def test_temporary_failures_are_retried_at_the_next_registration(
    service: MessagingService, engine: FakeEngine, db: Database
) -> None:
    engine.register()
    message = service.send(KEY, BOB, "through a flaky network")
    for attempt in range(1, 5):
        assert len(engine.sent) == attempt
        engine.message_failed.emit(MessageFailed(KEY, BOB, message.message_id, 408, "no answer"))
        assert state_of(db, message) is MessageState.FAILED
        engine.register(RegistrationState.FAILED)
        engine.register()
    assert len(engine.sent) == 4  # the first try and three automatic retries, then it waits
    offline = service.send(KEY, "sip:carol@127.0.0.1", "carol is away")
    engine.message_failed.emit(
        MessageFailed(KEY, "sip:carol@127.0.0.1", offline.message_id, 480, "not reachable")
    )
    engine.register()
    assert len(engine.sent) == 5  # "not reachable" is the recipient's state: no retry


def test_incoming_messages_are_stored_once_and_announced(
    service: MessagingService, engine: FakeEngine, db: Database
) -> None:
    incoming = IncomingText(
        account_key=KEY,
        peer_uri=BOB,
        message_id="sip-1",
        body="你好",
        content_type="text/plain",
        wants_display_report=True,
        uses_cpim=True,
    )
    first = service.sink.accept(incoming)
    again = service.sink.accept(incoming)
    assert first.is_new and not again.is_new and first.stored_id == again.stored_id
    added: list[Message] = []
    service.message_added.connect(added.append)
    engine.message_received.emit(
        MessageReceived(KEY, BOB, "sip-1", "你好", "text/plain", first.stored, None, True)
    )
    assert [m.body for m in added] == ["你好"]
    assert first.conversation_id is not None
    read: list[tuple[int, float]] = []
    service.messages_read.connect(lambda conversation, at: read.append((conversation, at)))
    service.mark_read(first.conversation_id)
    assert [conversation for conversation, _at in read] == [first.conversation_id]
    assert state_of(db, added[0]) is MessageState.DISPLAYED
    assert engine.receipts == []  # not registered: kept until we are
    engine.register()
    assert engine.receipts == [(KEY, BOB, ["sip-1"])]
    service.mark_read(first.conversation_id)
    assert len(engine.receipts) == 1


def test_other_peers_do_not_wait_and_failures_do_not_block(
    service: MessagingService, engine: FakeEngine
) -> None:
    engine.register()
    first = service.send(KEY, BOB, "one")
    service.send(KEY, BOB, "two")
    service.send(KEY, "sip:carol@127.0.0.1", "to carol")
    assert [args[3] for args in engine.sent] == ["one", "to carol"]
    engine.message_failed.emit(MessageFailed(KEY, BOB, first.message_id, 408, "no answer"))
    assert [args[3] for args in engine.sent] == ["one", "to carol", "two"]


def test_peers_writing_plain_text_get_plain_text(
    service: MessagingService, engine: FakeEngine
) -> None:
    engine.register()
    engine.message_received.emit(MessageReceived(KEY, BOB, "sip-2", "hi", "text/plain"))
    service.send(KEY, BOB, "hello")
    service.send(KEY, "sip:dave@127.0.0.1", "hello")
    assert [args[5] for args in engine.sent] == [False, False]  # Dave: nothing known yet


def test_direct_messages_keep_the_direct_key_from_engine_to_store_and_back(
    service: MessagingService, engine: FakeEngine, db: Database
) -> None:
    result = service.sink.accept(
        IncomingText(DIRECT_ACCOUNT_KEY, "sip:x@127.0.0.1", "id", "direct hello", "text/plain")
    )
    conversation = ConversationStore(db).get(result.conversation_id or 0)
    assert conversation is not None and conversation.account_key == DIRECT_ACCOUNT_KEY
    # the reply goes out at once (no registrar) on the engine's direct account, same key
    service.send(conversation.account_key, conversation.peer_uri, "direct reply")
    assert [args[0] for args in engine.sent] == [DIRECT_ACCOUNT_KEY]


def test_typing_lapses_without_a_refresh(
    service: MessagingService, engine: FakeEngine, qtbot: Any
) -> None:
    seen: list[TypingChanged] = []
    service.typing_changed.connect(seen.append)
    engine.typing_changed.emit(TypingChanged(KEY, BOB, True, refresh_s=1))
    assert [e.active for e in seen] == [True]
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=3000)
    assert seen[1] == TypingChanged(KEY, BOB, False)
    engine.typing_changed.emit(TypingChanged(KEY, BOB, True, refresh_s=1))
    engine.typing_changed.emit(TypingChanged(KEY, BOB, False))
    qtbot.wait(1300)
    assert [e.active for e in seen] == [True, False, True, False]


def test_a_received_message_ends_the_typing_state(
    service: MessagingService, engine: FakeEngine
) -> None:
    seen: list[TypingChanged] = []
    service.typing_changed.connect(seen.append)
    engine.typing_changed.emit(TypingChanged(KEY, BOB, True, refresh_s=120))
    engine.message_received.emit(MessageReceived(KEY, BOB, "sip-9", "hi", "text/plain"))
    assert seen == [TypingChanged(KEY, BOB, True, refresh_s=120), TypingChanged(KEY, BOB, False)]
    engine.message_received.emit(MessageReceived(KEY, BOB, "sip-10", "again", "text/plain"))
    assert len(seen) == 2  # nobody was typing: nothing to end


def test_typing_is_sent_only_when_registered(service: MessagingService, engine: FakeEngine) -> None:
    service.set_typing(KEY, BOB, True)
    engine.register()
    service.set_typing(KEY, BOB, True)
    assert engine.typing == [(KEY, BOB, True)]


def received(engine: FakeEngine, peer: str, speaks_cpim: bool) -> None:
    engine.message_received.emit(
        MessageReceived(KEY, peer, f"id-{peer}", "hi", "text/plain", None, None, speaks_cpim)
    )


def test_cpim_goes_only_to_peers_known_to_read_it_and_that_is_remembered(
    service: MessagingService, engine: FakeEngine, db: Database
) -> None:
    """Issue #14 section 2: plain text unless the peer is known to speak CPIM."""
    engine.register()
    carol = "sip:carol@127.0.0.1"
    service.send(KEY, BOB, "first to Bob")
    assert engine.sent[-1][5] is False  # a peer the app has not heard from
    received(engine, BOB, speaks_cpim=True)  # Bob wrote in CPIM (or is a Jego or Linphone)
    received(engine, carol, speaks_cpim=False)  # Carol's desk phone writes plain text
    engine.message_sent.emit(MessageSent(KEY, BOB, engine.sent[-1][2], "cid"))
    service.send(KEY, BOB, "second to Bob")
    service.send(KEY, carol, "to Carol")
    assert [(args[1], args[5]) for args in engine.sent[1:]] == [(BOB, True), (carol, False)]
    # The memory is the store's: a new service (the app restarted) knows it.
    assert PeerFormats(db).speaks_cpim(KEY, BOB) is True
    assert PeerFormats(db).speaks_cpim(KEY, carol) is False
    again = FakeEngine()
    restarted = MessagingService(again, ConversationStore(db), MessageStore(db))
    restarted.connect_engine(again)
    again.register()  # the outbox (Bob's second message) goes out again, as CPIM
    assert [(args[1], args[5]) for args in again.sent] == [(BOB, True), (carol, False)]


@pytest.mark.parametrize("code", [415, 488, 606])
def test_a_refused_format_is_sent_again_once_as_plain_text(
    service: MessagingService, engine: FakeEngine, db: Database, code: int
) -> None:
    PeerFormats(db).remember(KEY, BOB, True)  # wrongly: Bob's phone was replaced
    engine.register()
    message = service.send(KEY, BOB, "hello")
    assert [args[5] for args in engine.sent] == [True]
    engine.message_failed.emit(MessageFailed(KEY, BOB, message.message_id, code, "refused"))
    assert [(args[2], args[5]) for args in engine.sent[1:]] == [(message.message_id, False)]
    assert state_of(db, message) is MessageState.PENDING  # not failed: on its way again
    assert PeerFormats(db).speaks_cpim(KEY, BOB) is False
    engine.message_failed.emit(MessageFailed(KEY, BOB, message.message_id, code, "refused"))
    assert len(engine.sent) == 2  # once only
    assert state_of(db, message) is MessageState.FAILED


def test_other_failures_of_cpim_are_not_retried_as_plain_text(
    service: MessagingService, engine: FakeEngine, db: Database
) -> None:
    PeerFormats(db).remember(KEY, BOB, True)
    engine.register()
    message = service.send(KEY, BOB, "hello")
    engine.message_failed.emit(MessageFailed(KEY, BOB, message.message_id, 480, "away"))
    assert len(engine.sent) == 1 and state_of(db, message) is MessageState.FAILED
    assert PeerFormats(db).speaks_cpim(KEY, BOB) is True


def test_a_delivery_receipt_teaches_that_the_peer_reads_cpim(
    service: MessagingService, engine: FakeEngine, db: Database
) -> None:
    engine.message_delivered.emit(MessageDelivered(KEY, BOB, "some-id"))
    assert PeerFormats(db).speaks_cpim(KEY, BOB) is True


def test_a_reply_names_its_original_to_cpim_peers_and_quotes_it_to_others(
    service: MessagingService, engine: FakeEngine, db: Database
) -> None:
    engine.register()
    question = service.send(KEY, BOB, "Sunday lunch?\nat noon")
    engine.message_sent.emit(MessageSent(KEY, BOB, question.message_id, "cid"))
    reply = service.send(KEY, BOB, "yes", reply_to=question)
    assert engine.sent[-1][3] == "> alice: Sunday lunch?\nyes"  # a plain-text peer
    assert engine.sent[-1][6] == ()
    engine.message_sent.emit(MessageSent(KEY, BOB, reply.message_id, "cid"))
    PeerFormats(db).remember(KEY, BOB, True)
    again = service.send(KEY, BOB, "see you", reply_to=question)
    assert engine.sent[-1][3] == "see you"
    assert engine.sent[-1][6] == ((REPLY_TO_ID, question.message_id),)
    assert again.quote is not None and again.quote.first_line == "Sunday lunch?"


def test_a_recall_goes_to_cpim_peers_only_and_changes_the_message_once_sent(
    service: MessagingService, engine: FakeEngine, db: Database
) -> None:
    engine.register()
    oops = service.send(KEY, BOB, "wrong chat!")
    engine.message_sent.emit(MessageSent(KEY, BOB, oops.message_id, "cid"))
    sent = MessageStore(db).get(oops.id)
    assert sent is not None
    assert service.recall(sent) is RecallRefusal.PLAIN_PEER
    PeerFormats(db).remember(KEY, BOB, True)
    assert service.recall_refusal(sent, now=sent.created_at + 121) is RecallRefusal.TOO_LATE
    changed: list[Message] = []
    service.message_changed.connect(changed.append)
    assert service.recall(sent) is None
    recall = engine.sent[-1]
    assert recall[6] == ((RECALL_ID, oops.message_id),) and recall[5] is True
    assert MessageStore(db).get(oops.id) == sent  # not before the server has the recall
    engine.message_sent.emit(MessageSent(KEY, BOB, recall[2], "cid-2"))
    taken_back = MessageStore(db).get(oops.id)
    assert taken_back is not None and taken_back.recalled and taken_back.body == ""
    assert changed == [taken_back]
    assert service.recall(taken_back) is RecallRefusal.RECALLED


def test_a_recall_the_server_refused_leaves_the_message(
    service: MessagingService, engine: FakeEngine, db: Database
) -> None:
    engine.register()
    PeerFormats(db).remember(KEY, BOB, True)
    oops = service.send(KEY, BOB, "wrong chat!")
    engine.message_sent.emit(MessageSent(KEY, BOB, oops.message_id, "cid"))
    failed: list[Message] = []
    service.recall_failed.connect(failed.append)
    sent = MessageStore(db).get(oops.id)
    assert sent is not None and service.recall(sent) is None
    engine.message_failed.emit(MessageFailed(KEY, BOB, engine.sent[-1][2], 408, "timeout"))
    assert failed == [sent]
    assert MessageStore(db).get(oops.id) == sent


def test_a_recall_the_database_could_not_apply_says_so_and_can_be_made_again(
    service: MessagingService, engine: FakeEngine, db: Database
) -> None:
    engine.register()
    PeerFormats(db).remember(KEY, BOB, True)
    oops = service.send(KEY, BOB, "wrong chat!")
    engine.message_sent.emit(MessageSent(KEY, BOB, oops.message_id, "cid"))
    sent = MessageStore(db).get(oops.id)
    assert sent is not None and service.recall(sent) is None
    not_saved: list[Message] = []
    service.recall_not_saved.connect(not_saved.append)
    with db.write() as connection:  # as on a full disk
        connection.execute(
            "CREATE TEMP TRIGGER full_disk BEFORE UPDATE ON main.messages"
            " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
        )
    engine.message_sent.emit(MessageSent(KEY, BOB, engine.sent[-1][2], "cid-2"))
    assert not_saved == [sent] and MessageStore(db).get(oops.id) == sent
    with db.write() as connection:
        connection.execute("DROP TRIGGER temp.full_disk")
    assert service.recall(sent) is None
    engine.message_sent.emit(MessageSent(KEY, BOB, engine.sent[-1][2], "cid-3"))
    taken_back = MessageStore(db).get(oops.id)
    assert taken_back is not None and taken_back.recalled


def test_a_deleted_message_waiting_in_the_outbox_is_not_sent(
    service: MessagingService, engine: FakeEngine, db: Database
) -> None:
    engine.register()
    first = service.send(KEY, BOB, "first")
    second = service.send(KEY, BOB, "deleted before it left")
    third = service.send(KEY, BOB, "third")
    assert [args[2] for args in engine.sent] == [first.message_id]  # one at a time
    MessageStore(db).delete([second.id])
    service.drop_queued([second.message_id])
    engine.message_sent.emit(MessageSent(KEY, BOB, first.message_id, "cid"))
    assert [args[2] for args in engine.sent] == [first.message_id, third.message_id]
