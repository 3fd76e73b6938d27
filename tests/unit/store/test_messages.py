"""Receiving, sending, state reports, paging and reading of messages."""

from __future__ import annotations

import dataclasses
import sqlite3
from typing import ContextManager

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jego_desktop.domain.messages import (
    MAX_BODY_BYTES,
    Attachment,
    AttachmentState,
    MessageDirection,
    MessageState,
)
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.errors import DuplicateMessageError, MessageTooLargeError, NotFoundError
from jego_desktop.store.messages import MessageStore
from tests.unit.store.conftest import ACCOUNT
from tests.unit.store.helpers import STORE_SETTINGS

OTHER_ACCOUNT = "1001@pbx.example.com"
RANK = {
    MessageState.PENDING: 0,
    MessageState.SENT: 1,
    MessageState.DELIVERED: 2,
    MessageState.DISPLAYED: 3,
}


@pytest.fixture
def conversation_id(conversations: ConversationStore) -> int:
    return conversations.get_or_create(ACCOUNT, "sip:bob@example.com").id


def test_an_incoming_message_is_stored_and_counted_unread(
    conversations: ConversationStore, messages: MessageStore, conversation_id: int
) -> None:
    result = messages.insert_incoming(
        conversation_id,
        "imdn-1",
        "hello",
        sip_call_id="call-1",
        sent_at=1_600_000_000.0,
        wants_display_report=True,
        received_at=1_700_000_100.0,
    )

    assert result.is_new
    message = result.message
    assert (message.direction, message.state) == (MessageDirection.INCOMING, MessageState.RECEIVED)
    assert (message.message_id, message.sip_call_id, message.body) == ("imdn-1", "call-1", "hello")
    assert (message.created_at, message.sent_at) == (1_700_000_100.0, 1_600_000_000.0)
    assert message.wants_display_report
    assert messages.get(message.id) == message
    conversation = conversations.get(conversation_id)
    assert conversation is not None
    assert conversation.unread_count == 1
    assert conversation.last_activity_at == 1_700_000_100.0


def test_a_retransmitted_message_is_stored_once(
    conversations: ConversationStore, messages: MessageStore, conversation_id: int
) -> None:
    first = messages.insert_incoming(conversation_id, "imdn-1", "hello")
    again = messages.insert_incoming(conversation_id, "imdn-1", "hello, changed?")

    assert not again.is_new
    assert again.message == first.message
    assert len(messages.page(conversation_id)) == 1
    conversation = conversations.get(conversation_id)
    assert conversation is not None
    assert conversation.unread_count == 1


def test_the_same_id_elsewhere_is_another_message(
    conversations: ConversationStore, messages: MessageStore, conversation_id: int
) -> None:
    other = conversations.get_or_create(ACCOUNT, "sip:carol@example.com").id
    assert messages.insert_incoming(conversation_id, "same", "to bob").is_new
    assert messages.insert_incoming(other, "same", "to carol").is_new
    outgoing = messages.insert_outgoing(conversation_id, "mine", message_id="same")
    assert outgoing.direction is MessageDirection.OUTGOING


def test_a_message_needs_an_existing_conversation(messages: MessageStore) -> None:
    with pytest.raises(NotFoundError):
        messages.insert_incoming(999, "imdn-1", "hello")
    with pytest.raises(NotFoundError):
        messages.insert_outgoing(999, "hello")


def test_attachments_come_with_their_message(messages: MessageStore, conversation_id: int) -> None:
    voice = Attachment(
        file_name="voice.ogg",
        content_type="audio/ogg",
        size=12_345,
        download_url="https://files.example.com/abc",
        expires_at=1_800_000_000.0,
        duration=4.5,
    )
    photo = Attachment(file_name="photo.jpg", content_type="image/jpeg")
    result = messages.insert_incoming(
        conversation_id,
        "ft-1",
        "<file/>",
        content_type="application/vnd.gsma.rcs-ft-http+xml",
        attachments=[voice, photo],
    )

    stored = result.message.attachments
    assert [a.file_name for a in stored] == ["voice.ogg", "photo.jpg"]
    assert dataclasses.replace(stored[0], id=None) == voice
    again = messages.insert_incoming(conversation_id, "ft-1", "<file/>", attachments=[voice])
    assert again.message.attachments == stored

    downloaded = dataclasses.replace(
        stored[0], state=AttachmentState.AVAILABLE, local_path="files/2024/voice.ogg"
    )
    messages.update_attachment(downloaded)
    assert messages.page(conversation_id)[0].attachments == (downloaded, stored[1])


@pytest.mark.parametrize(
    "local_path", ["/etc/passwd", "../outside.txt", "files/../../x", "C:/x", "files\\x", ""]
)
def test_attachment_files_stay_inside_the_profile(
    messages: MessageStore, conversation_id: int, local_path: str
) -> None:
    attachment = Attachment(file_name="x", content_type="text/plain", local_path=local_path)
    with pytest.raises(ValueError, match="relative"):
        messages.insert_outgoing(conversation_id, "", attachments=[attachment])
    assert messages.page(conversation_id) == []  # nothing half-written


def test_updating_an_unknown_attachment_fails(messages: MessageStore) -> None:
    with pytest.raises(NotFoundError):
        messages.update_attachment(Attachment(file_name="x", content_type="text/plain", id=42))
    with pytest.raises(ValueError, match="never stored"):
        messages.update_attachment(Attachment(file_name="x", content_type="text/plain"))


def test_an_outgoing_message_waits_in_the_outbox(
    conversations: ConversationStore, messages: MessageStore, conversation_id: int
) -> None:
    other_peer = conversations.get_or_create(ACCOUNT, "sip:carol@example.com").id
    other_account = conversations.get_or_create(OTHER_ACCOUNT, "sip:bob@example.com").id
    first = messages.insert_outgoing(conversation_id, "one")
    second = messages.insert_outgoing(other_peer, "two")
    messages.insert_outgoing(other_account, "elsewhere")
    sent = messages.insert_outgoing(conversation_id, "three")
    messages.update_outgoing_state(sent.message_id, MessageState.SENT)

    assert first.state is MessageState.PENDING
    assert len(first.message_id) == 36  # a UUID
    assert [m.body for m in messages.outbox(ACCOUNT)] == ["one", "two"]
    assert messages.outbox(ACCOUNT)[1] == second
    assert [m.body for m in messages.outbox(OTHER_ACCOUNT)] == ["elsewhere"]
    conversation = conversations.get(conversation_id)
    assert conversation is not None
    assert conversation.unread_count == 0
    assert conversation.last_activity_at == sent.created_at


def test_an_outgoing_id_is_used_once(
    conversations: ConversationStore, messages: MessageStore, conversation_id: int
) -> None:
    other = conversations.get_or_create(ACCOUNT, "sip:carol@example.com").id
    messages.insert_outgoing(conversation_id, "one", message_id="mine-1")
    with pytest.raises(DuplicateMessageError):
        messages.insert_outgoing(other, "two", message_id="mine-1")


def test_a_receipt_counts_only_from_the_peer_the_message_went_to(
    conversations: ConversationStore, messages: MessageStore, conversation_id: int
) -> None:
    """A stranger who learnt a message's id cannot mark it delivered or read."""
    messages.insert_outgoing(conversation_id, "hello bob", message_id="m-8")
    messages.update_outgoing_state("m-8", MessageState.SENT)
    carol = (ACCOUNT, "sip:carol@example.com")
    conversations.get_or_create(*carol)
    for stranger in (
        carol,
        (ACCOUNT, "sip:mallory@example.net"),
        (OTHER_ACCOUNT, "sip:bob@example.com"),
    ):
        assert (
            messages.update_outgoing_state("m-8", MessageState.DISPLAYED, receipt_from=stranger)
            is None
        )
    unchanged = messages.find(conversation_id, "m-8")
    assert unchanged is not None and unchanged.state is MessageState.SENT
    read = messages.update_outgoing_state(
        "m-8", MessageState.DISPLAYED, receipt_from=(ACCOUNT, "Bob <SIP:bob@Example.com>")
    )
    assert read is not None and read.message.state is MessageState.DISPLAYED


def test_a_receipt_may_name_a_plain_message_by_its_sip_call_id(
    conversations: ConversationStore, messages: MessageStore, conversation_id: int
) -> None:
    """liblinphone's IMDN for a text/plain MESSAGE carries that request's Call-ID."""
    messages.insert_outgoing(conversation_id, "plain", message_id="m-7")
    messages.update_outgoing_state("m-7", MessageState.SENT, sip_call_id="call-7")
    bob = (ACCOUNT, "sip:bob@example.com")
    carol = (ACCOUNT, "sip:carol@example.com")
    conversations.get_or_create(*carol)
    assert messages.update_outgoing_state("call-7", MessageState.DELIVERED) is None
    # only the peer it went to can name it so
    assert (
        messages.update_outgoing_state("call-7", MessageState.DELIVERED, receipt_from=carol) is None
    )
    delivered = messages.update_outgoing_state("call-7", MessageState.DELIVERED, receipt_from=bob)
    assert delivered is not None and delivered.changed
    assert (delivered.message.message_id, delivered.message.state) == (
        "m-7",
        MessageState.DELIVERED,
    )


def test_reports_move_a_message_forward_only(messages: MessageStore, conversation_id: int) -> None:
    message = messages.insert_outgoing(conversation_id, "hi", message_id="m-1")

    sent = messages.update_outgoing_state("m-1", MessageState.SENT, sip_call_id="c-1", at=10.0)
    assert sent is not None
    assert sent.changed
    assert (sent.message.state, sent.message.sent_at) == (MessageState.SENT, 10.0)
    assert sent.message.sip_call_id == "c-1"
    delivered = messages.update_outgoing_state("m-1", MessageState.DELIVERED, at=11.0)
    assert delivered is not None
    assert delivered.message.delivered_at == 11.0
    late = messages.update_outgoing_state("m-1", MessageState.SENT, at=12.0)
    assert late is not None
    assert not late.changed
    assert (late.message.state, late.message.sent_at) == (MessageState.DELIVERED, 10.0)
    failed = messages.update_outgoing_state("m-1", MessageState.FAILED, reason="timeout")
    assert failed is not None
    assert not failed.changed
    displayed = messages.update_outgoing_state("m-1", MessageState.DISPLAYED, at=13.0)
    assert displayed is not None
    assert (displayed.message.state, displayed.message.displayed_at) == (
        MessageState.DISPLAYED,
        13.0,
    )
    assert messages.get(message.id) == displayed.message
    assert messages.update_outgoing_state("unknown", MessageState.SENT) is None


def test_a_failed_message_can_be_retried(messages: MessageStore, conversation_id: int) -> None:
    messages.insert_outgoing(conversation_id, "hi", message_id="m-1")
    failed = messages.update_outgoing_state("m-1", MessageState.FAILED, reason="404 not found")
    assert failed is not None
    assert (failed.message.state, failed.message.failure_reason) == (
        MessageState.FAILED,
        "404 not found",
    )
    assert messages.outbox(ACCOUNT) == []

    retried = messages.retry("m-1")
    assert retried is not None
    assert (retried.state, retried.failure_reason) == (MessageState.PENDING, "")
    assert messages.outbox(ACCOUNT) == [retried]
    assert messages.retry("m-1") is None  # not failed any more


def test_a_delivery_report_after_a_failure_wins(
    messages: MessageStore, conversation_id: int
) -> None:
    messages.insert_outgoing(conversation_id, "hi", message_id="m-1")
    messages.update_outgoing_state("m-1", MessageState.FAILED, reason="timeout")
    update = messages.update_outgoing_state("m-1", MessageState.DELIVERED)
    assert update is not None
    assert update.changed
    assert (update.message.state, update.message.failure_reason) == (MessageState.DELIVERED, "")


@STORE_SETTINGS
@given(reports=st.lists(st.sampled_from(list(MessageState)), max_size=12))
def test_states_never_go_backwards(
    messages: MessageStore, conversation_id: int, reports: list[MessageState]
) -> None:
    message = messages.insert_outgoing(conversation_id, "hi")
    best = 0
    for report in reports:
        update = messages.update_outgoing_state(message.message_id, report)
        assert update is not None
        state = update.message.state
        assert state is not MessageState.RECEIVED
        if update.changed:
            assert state is report
        if state in RANK:
            assert RANK[state] >= best
            best = RANK[state]
        else:
            assert state is MessageState.FAILED
            assert best <= RANK[MessageState.SENT]


def test_reading_a_conversation_returns_the_reports_to_send(
    conversations: ConversationStore, messages: MessageStore, conversation_id: int
) -> None:
    messages.insert_incoming(conversation_id, "a", "1", wants_display_report=True)
    messages.insert_incoming(conversation_id, "b", "2")
    messages.insert_outgoing(conversation_id, "mine")
    messages.insert_incoming(conversation_id, "c", "3", wants_display_report=True)

    assert messages.mark_read(conversation_id, at=50.0) == ["a", "c"]
    page = messages.page(conversation_id)
    incoming = [m for m in page if m.direction is MessageDirection.INCOMING]
    assert {(m.state, m.displayed_at) for m in incoming} == {(MessageState.DISPLAYED, 50.0)}
    assert [m.state for m in page if m.direction is MessageDirection.OUTGOING] == [
        MessageState.PENDING
    ]
    conversation = conversations.get(conversation_id)
    assert conversation is not None
    assert conversation.unread_count == 0
    assert messages.mark_read(conversation_id) == []


def test_paging_walks_the_whole_conversation(
    db: Database, conversations: ConversationStore, messages: MessageStore, conversation_id: int
) -> None:
    with db.write() as connection:  # 1,000 rows at once, 4 per timestamp
        connection.executemany(
            "INSERT INTO messages (conversation_id, direction, message_id, body, content_type,"
            " state, created_at) VALUES (?, 'incoming', ?, ?, 'text/plain', 'received', ?)",
            [(conversation_id, f"m{n}", str(n), 1000.0 + n // 4) for n in range(1000)],
        )
    other = conversations.get_or_create(ACCOUNT, "sip:carol@example.com").id
    messages.insert_incoming(other, "x", "not in this conversation", received_at=1100.0)

    newest = messages.page(conversation_id, limit=50)
    assert [m.body for m in newest] == [str(n) for n in range(950, 1000)]
    seen = list(newest)
    while True:
        older = messages.page(conversation_id, limit=64, before=seen[0].cursor)
        if not older:
            break
        seen[:0] = older
    assert [m.body for m in seen] == [str(n) for n in range(1000)]
    assert messages.page(conversations.get_or_create(ACCOUNT, "sip:nobody@x").id) == []


def test_a_body_is_limited_in_bytes(messages: MessageStore, conversation_id: int) -> None:
    largest = "x" * MAX_BODY_BYTES
    assert messages.insert_outgoing(conversation_id, largest).body == largest
    with pytest.raises(MessageTooLargeError, match=str(MAX_BODY_BYTES)):
        messages.insert_incoming(conversation_id, "big", largest + "x")
    chinese = "你" * (MAX_BODY_BYTES // 3 + 1)  # 3 bytes each in UTF-8
    with pytest.raises(MessageTooLargeError):
        messages.insert_outgoing(conversation_id, chinese)


@pytest.mark.parametrize("message_id", ["", "x" * 257])
def test_a_message_id_is_checked(
    messages: MessageStore, conversation_id: int, message_id: str
) -> None:
    with pytest.raises(ValueError, match="message id"):
        messages.insert_incoming(conversation_id, message_id, "hello")


@STORE_SETTINGS
@given(body=st.text(max_size=2000))
def test_any_text_round_trips(messages: MessageStore, conversation_id: int, body: str) -> None:
    outgoing = messages.insert_outgoing(conversation_id, body)
    incoming = messages.insert_incoming(conversation_id, outgoing.message_id, body)

    stored = messages.get(outgoing.id)
    assert stored is not None
    assert stored.body == body
    assert incoming.message.body == body


def test_only_messages_from_the_network_wait_for_the_disk(
    db: Database, messages: MessageStore, conversation_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[bool] = []
    write = db.write

    def recording_write(*, durable: bool = False) -> ContextManager[sqlite3.Connection]:
        calls.append(durable)
        return write(durable=durable)

    monkeypatch.setattr(db, "write", recording_write)
    messages.insert_incoming(conversation_id, "in-1", "from the network")
    outgoing = messages.insert_outgoing(conversation_id, "typed here")
    messages.update_outgoing_state(outgoing.message_id, MessageState.SENT)
    messages.mark_read(conversation_id)

    assert calls == [True, False, False, False]
