"""Replies quote their original; a recall takes back only the author's own recent message."""

from __future__ import annotations

from jego_desktop.domain.incoming_messages import IncomingRecall, IncomingText
from jego_desktop.domain.message_formats import RECALLED
from jego_desktop.domain.messages import Attachment, MessageDirection
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.message_sink import StoreMessageSink
from jego_desktop.store.messages import MessageStore
from jego_desktop.store.search import MessageSearch
from tests.unit.store.conftest import ACCOUNT

BOB, CAROL = "sip:bob@example.org", "sip:carol@example.org"


def text(peer: str, message_id: str, body: str, reply_to: str = "") -> IncomingText:
    return IncomingText(ACCOUNT, peer, message_id, body, "text/plain", reply_to=reply_to)


def test_a_reply_quotes_the_first_line_of_its_original(
    conversations: ConversationStore, messages: MessageStore
) -> None:
    sink = StoreMessageSink(conversations, messages)
    sink.accept(text(BOB, "b-1", "\nSunday lunch?\nat noon"))
    conversation = conversations.get_or_create(ACCOUNT, BOB)
    mine = messages.insert_outgoing(conversation.id, "yes!", reply_to="b-1")
    assert mine.quote is not None
    assert (mine.quote.first_line, mine.quote.direction) == (
        "Sunday lunch?",
        MessageDirection.INCOMING,
    )
    theirs = sink.accept(text(BOB, "b-2", "great", reply_to=mine.message_id)).stored
    assert theirs is not None and theirs.quote is not None
    assert theirs.quote.message_pk == mine.id


def test_a_reply_cannot_quote_another_conversation(
    conversations: ConversationStore, messages: MessageStore
) -> None:
    sink = StoreMessageSink(conversations, messages)
    sink.accept(text(BOB, "b-1", "Bob's secret"))
    stored = sink.accept(text(CAROL, "c-1", "what did he say?", reply_to="b-1")).stored
    assert stored is not None and stored.reply_to == "b-1" and stored.quote is None


def test_only_the_author_recalls_and_only_within_the_limit(
    conversations: ConversationStore, messages: MessageStore, db: Database
) -> None:
    sink = StoreMessageSink(conversations, messages)
    original = sink.accept(
        IncomingText(
            ACCOUNT,
            BOB,
            "b-1",
            "sent by mistake",
            "text/plain",
            attachments=(Attachment("a.jpg", "image/jpeg", download_url="https://f/a"),),
        )
    ).stored
    assert original is not None
    assert sink.recall(IncomingRecall(ACCOUNT, CAROL, "b-1")) is None  # not Carol's
    result = sink.recall(IncomingRecall(ACCOUNT, BOB, "b-1"))
    assert result is not None and result.dropped == original.attachments  # files to remove
    recalled = result.stored
    assert recalled.id == original.id
    assert (recalled.body, recalled.content_type, recalled.attachments) == ("", RECALLED, ())
    assert recalled.recalled
    assert MessageSearch(db).search("mistake") == []
    assert sink.recall(IncomingRecall(ACCOUNT, BOB, "b-1")) is None  # once


def test_a_recall_after_the_limit_is_ignored(
    conversations: ConversationStore, messages: MessageStore
) -> None:
    conversation = conversations.get_or_create(ACCOUNT, BOB)
    messages.insert_incoming(conversation.id, "b-1", "old news", received_at=1000.0)
    assert messages.recall_incoming(conversation.id, "b-1", within_s=150, at=1151.0) is None
    assert messages.recall_incoming(conversation.id, "b-1", within_s=150, at=1149.0) is not None


def test_a_quote_keeps_who_wrote_its_original_in_a_group(
    conversations: ConversationStore, messages: MessageStore
) -> None:
    conversation = conversations.get_or_create(ACCOUNT, "group:" + "0" * 32)
    messages.insert_incoming(conversation.id, "c-1", "Lunch?", author_uri=CAROL)
    mine = messages.insert_outgoing(conversation.id, "yes", reply_to="c-1")
    assert mine.quote is not None and mine.quote.author_uri == CAROL
