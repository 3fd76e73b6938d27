"""The sink tells the engine whom the user wrote to or called (issue #13)."""

from __future__ import annotations

from jego_desktop.domain.calls import CallDirection, CallRecord
from jego_desktop.domain.incoming_messages import IncomingText
from jego_desktop.store.calls import CallHistory
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.message_sink import StoreMessageSink
from jego_desktop.store.messages import MessageStore

KEY = "alice@example.com"
STRANGER = "sip:mallory@evil.example"
FRIEND = "sip:bob@example.com"


def _sink(db: Database) -> tuple[StoreMessageSink, ConversationStore, MessageStore]:
    conversations, messages = ConversationStore(db), MessageStore(db)
    return StoreMessageSink(conversations, messages, CallHistory(db)), conversations, messages


def test_a_stranger_who_wrote_is_not_contacted(db: Database) -> None:
    sink, _, _ = _sink(db)
    sink.accept(
        IncomingText(
            account_key=KEY,
            peer_uri=STRANGER,
            own_uri="",
            message_id="m1",
            body="hi",
            content_type="text/plain",
        )
    )
    assert not sink.user_contacted(KEY, STRANGER)


def test_a_peer_the_user_wrote_to_is_contacted(db: Database) -> None:
    sink, conversations, messages = _sink(db)
    conversation = conversations.get_or_create(KEY, FRIEND)
    messages.insert_outgoing(conversation.id, "hello")
    assert sink.user_contacted(KEY, FRIEND)
    assert not sink.user_contacted("other@example.com", FRIEND)


def test_a_peer_the_user_called_is_contacted(db: Database) -> None:
    sink, _, _ = _sink(db)
    CallHistory(db).add(
        CallRecord(
            call_id="c1",
            account_key=KEY,
            direction=CallDirection.OUTGOING,
            peer="sip:bob@Example.com;transport=udp",
            started_at=1.0,
            answered_at=None,
            ended_at=2.0,
            reason="no answer",
        )
    )
    assert sink.user_contacted(KEY, FRIEND)


def test_a_stranger_s_flood_is_not_stored_beyond_the_limit_a_friend_s_is(db: Database) -> None:
    from jego_desktop.domain.incoming_rate import PER_PEER_MESSAGES

    sink, conversations, messages = _sink(db)
    conversation = conversations.get_or_create(KEY, FRIEND)
    messages.insert_outgoing(conversation.id, "hello Bob")
    for peer in (STRANGER, FRIEND):
        results = [
            sink.accept(
                IncomingText(
                    account_key=KEY,
                    peer_uri=peer,
                    message_id=f"{peer}-{n}",
                    body=f"message {n}",
                    content_type="text/plain",
                )
            )
            for n in range(200)
        ]
        expected = PER_PEER_MESSAGES if peer == STRANGER else 200
        assert sum(result.is_new for result in results) == expected
        stored = conversations.find(KEY, peer)
        assert stored is not None
        assert len(messages.page(stored.id, limit=500)) == expected + (peer == FRIEND)
