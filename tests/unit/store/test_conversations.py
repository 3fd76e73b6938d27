"""Conversations: one per peer and account, listed by last activity with a preview."""

from __future__ import annotations

import pytest

from jego_desktop.domain.messages import Attachment, MessageDirection, MessageState
from jego_desktop.store.conversations import PREVIEW_CHARACTERS, ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.errors import NotFoundError
from jego_desktop.store.messages import MessageStore
from jego_desktop.store.search import MessageSearch
from tests.unit.store.conftest import ACCOUNT


def test_one_conversation_per_peer_however_it_is_written(
    conversations: ConversationStore,
) -> None:
    first = conversations.get_or_create(ACCOUNT, "sip:+33612345678@Example.COM;user=phone")
    again = conversations.get_or_create(ACCOUNT, '"Zoé" <SIP:+33612345678@example.com>')
    other_account = conversations.get_or_create("1001@pbx", "sip:+33612345678@example.com")

    assert again == first
    assert first.peer_uri == "sip:+33612345678@example.com"
    assert (first.title, first.unread_count) == ("", 0)
    assert other_account.id != first.id
    assert conversations.find(ACCOUNT, "sip:+33612345678@EXAMPLE.com") == first
    assert conversations.find(ACCOUNT, "sip:nobody@example.com") is None
    assert conversations.get(first.id) == first
    assert conversations.get(12345) is None


@pytest.mark.parametrize("peer", ["", "bob", "sip:", "sip:bob@"])
def test_a_peer_must_be_an_address(conversations: ConversationStore, peer: str) -> None:
    with pytest.raises(ValueError):
        conversations.get_or_create(ACCOUNT, peer)


def test_the_list_shows_latest_activity_first_with_a_preview(
    conversations: ConversationStore, messages: MessageStore
) -> None:
    quiet = conversations.get_or_create(ACCOUNT, "sip:quiet@example.com")
    bob = conversations.get_or_create(ACCOUNT, "sip:bob@example.com")
    carol = conversations.get_or_create(ACCOUNT, "sip:carol@example.com")
    elsewhere = conversations.get_or_create("1001@pbx", "sip:dan@example.com")
    messages.insert_incoming(bob.id, "b1", "from bob", wants_display_report=True)
    messages.insert_incoming(carol.id, "c1", "from carol " + "x" * 500)
    messages.insert_outgoing(
        bob.id,
        "to bob",
        attachments=[Attachment(file_name="a.jpg", content_type="image/jpeg")],
    )
    messages.insert_incoming(elsewhere.id, "d1", "from dan")

    summaries = conversations.summaries(account_key=ACCOUNT)
    assert [s.conversation.id for s in summaries] == [bob.id, carol.id, quiet.id]
    bob_summary, carol_summary, quiet_summary = summaries
    assert bob_summary.conversation.unread_count == 1
    assert bob_summary.last_message is not None
    assert bob_summary.last_message.text == "to bob"
    assert bob_summary.last_message.direction is MessageDirection.OUTGOING
    assert bob_summary.last_message.state is MessageState.PENDING
    assert bob_summary.last_message.has_attachments
    assert carol_summary.last_message is not None
    assert len(carol_summary.last_message.text) == PREVIEW_CHARACTERS
    assert quiet_summary.last_message is None
    assert conversations.summaries()[0].conversation.id == elsewhere.id
    assert len(conversations.summaries(limit=2)) == 2
    assert conversations.unread_total() == 3
    assert conversations.unread_total(account_key=ACCOUNT) == 2


def test_a_group_preview_says_who_wrote_it(
    conversations: ConversationStore, messages: MessageStore
) -> None:
    group = conversations.get_or_create(ACCOUNT, "group:" + "a" * 32)
    messages.insert_incoming(group.id, "g1", "hello all", author_uri="sip:bob@example.com")
    summary = conversations.summary(group.id)
    assert summary is not None and summary.last_message is not None
    assert summary.last_message.author_uri == "sip:bob@example.com"


def test_a_title_can_be_set(conversations: ConversationStore) -> None:
    conversation = conversations.get_or_create(ACCOUNT, "sip:bob@example.com")
    conversations.set_title(conversation.id, "Bob (work)")
    found = conversations.get(conversation.id)
    assert found is not None
    assert found.title == "Bob (work)"
    with pytest.raises(NotFoundError):
        conversations.set_title(999, "nobody")


def test_deleting_a_conversation_takes_its_messages_and_names_its_files(
    db: Database, conversations: ConversationStore, messages: MessageStore
) -> None:
    bob = conversations.get_or_create(ACCOUNT, "sip:bob@example.com")
    carol = conversations.get_or_create(ACCOUNT, "sip:carol@example.com")
    kept = messages.insert_incoming(carol.id, "c1", "carol's searchable words")
    gone = messages.insert_incoming(
        bob.id,
        "b1",
        "bob's searchable words",
        attachments=[
            Attachment(file_name="v.ogg", content_type="audio/ogg", local_path="files/v.ogg"),
            Attachment(file_name="remote.jpg", content_type="image/jpeg"),
        ],
    )

    assert conversations.delete(bob.id) == ["files/v.ogg"]
    assert conversations.get(bob.id) is None
    assert messages.get(gone.message.id) is None
    assert [m.id for m in MessageSearch(db).search("searchable")] == [kept.message.id]
    with db.read() as connection:
        assert connection.execute("SELECT count(*) FROM attachments").fetchone()[0] == 0
    assert conversations.delete(bob.id) == []
