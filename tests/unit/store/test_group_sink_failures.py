"""The group sink stores a group message, or applies a member's recall, whole or not at
all: a failure part-way (here a trigger standing for a full disk, on the last step)
leaves the database as it was, and the sender's retransmission is then stored in full."""

from __future__ import annotations

import pytest

from jego_desktop.domain.group_events import GroupEvent
from jego_desktop.domain.group_headers import GroupHeaders
from jego_desktop.domain.groups import GROUP_EVENT_CONTENT_TYPE, Group, GroupStatus, group_peer
from jego_desktop.domain.incoming_messages import IncomingRecall, IncomingText
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.errors import DatabaseError
from jego_desktop.store.groups import GroupStore, HeldMessage
from jego_desktop.store.message_sink import StoreMessageSink
from jego_desktop.store.messages import MessageStore

KEY = "me@x"
ME, ALICE, BOB, CAROL = "sip:me@x", "sip:alice@x", "sip:bob@x", "sip:carol@x"
GID = "0123456789abcdef0123456789abcdef"
TABLES = ("groups", "group_members", "group_held", "conversations", "messages", "attachments")


def snapshot(db: Database) -> dict[str, list[tuple[object, ...]]]:
    with db.read() as connection:
        return {
            table: [tuple(row) for row in connection.execute(f"SELECT * FROM {table}")]
            for table in TABLES
        }


def fail_message_inserts(db: Database) -> None:
    with db.write() as connection:
        connection.execute(
            "CREATE TEMP TRIGGER full_disk BEFORE INSERT ON main.messages"
            " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
        )


def heal(db: Database) -> None:
    with db.write() as connection:
        connection.execute("DROP TRIGGER temp.full_disk")


def event_text(sender: str, headers: GroupHeaders, event: GroupEvent) -> IncomingText:
    return IncomingText(
        account_key=KEY,
        peer_uri=sender,
        message_id=f"{sender}-{headers.version}",
        body=event.to_json(),
        content_type=GROUP_EVENT_CONTENT_TYPE,
        own_uri=ME,
        uses_cpim=True,
        group=headers,
    )


def test_a_member_s_change_is_stored_with_its_line_or_not_at_all(
    db: Database, conversations: ConversationStore, messages: MessageStore
) -> None:
    store = GroupStore(db)
    conversation = conversations.get_or_create(KEY, group_peer(GID))
    conversations.set_title(conversation.id, "Family")
    store.save(Group(GID, KEY, "Family", (ALICE, BOB), 1, GroupStatus.MEMBER, "", conversation.id))
    sink = StoreMessageSink(conversations, messages)
    added = event_text(
        ALICE,
        GroupHeaders(GID, "Family", 2, (ALICE, ME, BOB, CAROL), "added"),
        GroupEvent("added", ALICE, "Family", (CAROL,)),
    )
    before = snapshot(db)
    fail_message_inserts(db)
    with pytest.raises(DatabaseError, match="disk is full"):
        sink.accept(added)
    assert snapshot(db) == before  # members, version, last change, seen versions alike
    heal(db)
    result = sink.accept(added)  # the sender got no receipt: it sends the message again
    assert result.is_new and result.stored is not None
    group = store.get(GID)
    assert group is not None and (group.version, group.members) == (2, (ALICE, BOB, CAROL))
    assert store.last_change(GID).event_id == added.message_id
    assert store.seen_versions(GID)[ALICE] == 2


def test_a_contact_s_new_group_leaves_nothing_when_its_line_cannot_be_stored(
    db: Database, conversations: ConversationStore, messages: MessageStore
) -> None:
    messages.insert_outgoing(conversations.get_or_create(KEY, ALICE).id, "hi", message_id="o1")
    sink = StoreMessageSink(conversations, messages)
    created = event_text(
        ALICE,
        GroupHeaders(GID, "Family", 1, (ALICE, ME, BOB), "created"),
        GroupEvent("created", ALICE, "Family", (ME, BOB)),
    )
    before = snapshot(db)
    fail_message_inserts(db)
    with pytest.raises(DatabaseError):
        sink.accept(created)
    assert snapshot(db) == before  # no group, no empty conversation titled "Family"
    heal(db)
    assert sink.accept(created).is_new
    group = GroupStore(db).get(GID)
    assert group is not None and group.status is GroupStatus.MEMBER
    joined = conversations.get(group.conversation_id)
    assert joined is not None and joined.title == "Family"


def test_a_member_s_recall_takes_back_the_held_and_the_shown_message_together_or_neither(
    db: Database, conversations: ConversationStore, messages: MessageStore
) -> None:
    """The user was in the group and saw Bob's message; invited again by Bob, a
    stranger now, they have the message held as well: his recall takes back both."""
    store = GroupStore(db)
    conversation = conversations.get_or_create(KEY, group_peer(GID))
    store.save(
        Group(GID, KEY, "Family", (ALICE, BOB), 3, GroupStatus.INVITED, BOB, conversation.id)
    )
    messages.insert_incoming(conversation.id, "b-1", "a secret", author_uri=BOB)
    assert store.hold(GID, HeldMessage("b-1", BOB, "a secret", "text/plain", None, ""))
    sink = StoreMessageSink(conversations, messages)
    recall = IncomingRecall(KEY, BOB, "b-1", GID)
    before = snapshot(db)
    with db.write() as connection:  # the last step, after the held copy was dropped
        connection.execute(
            "CREATE TEMP TRIGGER full_disk BEFORE UPDATE ON main.messages"
            " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
        )
    with pytest.raises(DatabaseError, match="disk is full"):
        sink.recall(recall)
    assert snapshot(db) == before  # the held copy is still there, with the shown one
    heal(db)
    taken = sink.recall(recall)  # Bob's app sends the recall again
    assert taken is not None and taken.stored.recalled
    assert store.held(GID) == []
    [line] = messages.page(conversation.id)
    assert line.recalled and "secret" not in line.body
