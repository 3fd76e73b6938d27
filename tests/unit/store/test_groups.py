"""Groups in the store: members, per-member delivery states, and the group sink's verdicts."""

from __future__ import annotations

import dataclasses

import pytest

from jego_desktop.domain.group_events import GroupEvent
from jego_desktop.domain.group_headers import GroupHeaders
from jego_desktop.domain.group_rules import MAX_PENDING_INVITATIONS
from jego_desktop.domain.groups import (
    GROUP_EVENT_CONTENT_TYPE,
    Group,
    GroupReceipts,
    GroupStatus,
    group_peer,
)
from jego_desktop.domain.incoming_messages import IncomingText
from jego_desktop.domain.messages import MessageState
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.groups import GroupStore
from jego_desktop.store.message_sink import StoreMessageSink
from jego_desktop.store.messages import MessageStore

KEY = "me@x"
ME, ALICE, BOB, EVE = "sip:me@x", "sip:alice@x", "sip:bob@x", "sip:eve@x"
GID = "0123456789abcdef0123456789abcdef"


def a_group(conversations: ConversationStore, store: GroupStore) -> Group:
    conversation = conversations.get_or_create(KEY, group_peer(GID))
    return store.save(
        Group(GID, KEY, "Family", (ALICE, BOB), 1, GroupStatus.MEMBER, "", conversation.id)
    )


def test_a_group_is_kept_with_its_members_in_order(
    db: Database, conversations: ConversationStore
) -> None:
    store = GroupStore(db)
    group = a_group(conversations, store)
    assert store.get(GID) == group and store.by_conversation(group.conversation_id) == group
    store.saw_version(GID, BOB, 1)
    changed = store.save(dataclasses.replace(group, members=(BOB, "sip:carol@x"), version=2))
    assert changed.members == (BOB, "sip:carol@x")
    assert store.seen_versions(GID) == {BOB: 1, "sip:carol@x": 0}  # kept for who stayed
    assert store.shares_group(KEY, BOB) and not store.shares_group(KEY, ALICE)


def test_one_message_has_a_state_per_member_and_a_state_as_a_whole(
    db: Database, conversations: ConversationStore, messages: MessageStore
) -> None:
    store = GroupStore(db)
    group = a_group(conversations, store)
    message = messages.insert_outgoing(group.conversation_id, "hello", message_id="m1")
    store.add_deliveries(message.id, group.members)
    assert store.summary_state(message.id) == (None, "")  # copies still pending
    assert store.pending(KEY) == [(message.id, ALICE), (message.id, BOB)]
    store.update_delivery("m1", ALICE, MessageState.SENT)
    store.update_delivery("m1", BOB, MessageState.FAILED, "404")
    assert store.summary_state(message.id) == (MessageState.FAILED, f"not sent to {BOB}")
    assert store.retry_failed(message.id) == 1
    store.update_delivery("m1", BOB, MessageState.DELIVERED)
    store.update_delivery("m1", ALICE, MessageState.DISPLAYED)
    store.update_delivery("m1", ALICE, MessageState.SENT)  # late: changes nothing
    assert store.summary_state(message.id) == (MessageState.DELIVERED, "")
    assert store.receipts("m1") == GroupReceipts(members=2, delivered=2, read=1)
    assert store.update_delivery("m1", EVE, MessageState.DISPLAYED) is None
    assert store.receipts("unknown") is None


def text_from(sender: str, headers: GroupHeaders, body: str = "hi", **kw: object) -> IncomingText:
    return IncomingText(
        account_key=KEY,
        peer_uri=sender,
        message_id=f"{sender}-{body}",
        body=body,
        content_type=kw.pop("content_type", "text/plain"),  # type: ignore[arg-type]
        own_uri=ME,
        uses_cpim=True,
        group=headers,
    )


def test_the_sink_stores_a_member_s_message_with_its_author(
    db: Database, conversations: ConversationStore, messages: MessageStore
) -> None:
    store = GroupStore(db)
    group = a_group(conversations, store)
    sink = StoreMessageSink(conversations, messages)
    result = sink.accept(text_from(ALICE, GroupHeaders(GID, "Family", 1, None)))
    assert result.is_new and result.stored is not None
    assert (result.stored.conversation_id, result.stored.author_uri) == (
        group.conversation_id,
        ALICE,
    )
    assert store.seen_versions(GID)[ALICE] == 1
    assert sink.user_contacted(KEY, BOB)  # a fellow member gets receipts


def test_the_sink_refuses_a_stranger_and_stores_nothing(
    db: Database, conversations: ConversationStore, messages: MessageStore
) -> None:
    store = GroupStore(db)
    group = a_group(conversations, store)
    sink = StoreMessageSink(conversations, messages)
    forged = GroupHeaders(GID, "Mine now", 9, (EVE, ME), "removed")
    result = sink.accept(
        text_from(EVE, forged, GroupEvent("removed", EVE, "x", (ALICE,)).to_json())
    )
    assert not result.is_new and result.stored is None
    assert store.get(GID) == group
    assert messages.page(group.conversation_id) == []


def test_an_invitation_from_a_stranger_shows_nothing_until_accepted(
    db: Database, conversations: ConversationStore, messages: MessageStore
) -> None:
    sink = StoreMessageSink(conversations, messages)
    created = GroupEvent("created", EVE, "Prize", (ME,)).to_json()
    result = sink.accept(
        text_from(
            EVE,
            GroupHeaders(GID, "Prize", 1, (EVE, ME), "created"),
            created,
            content_type=GROUP_EVENT_CONTENT_TYPE,
        )
    )
    assert result.is_new and result.stored is None
    group = GroupStore(db).get(GID)
    assert group is not None and group.status is GroupStatus.INVITED
    assert group.conversation_id == 0 and conversations.summaries() == []
    again = sink.accept(text_from(EVE, GroupHeaders(GID, "Prize", 1, None), "still there?"))
    assert not again.is_new and conversations.summaries() == []


def test_a_contact_s_new_group_joins_with_its_event_line(
    db: Database, conversations: ConversationStore, messages: MessageStore
) -> None:
    conversations.get_or_create(KEY, ALICE)
    messages.insert_outgoing(conversations.get_or_create(KEY, ALICE).id, "hi", message_id="o1")
    sink = StoreMessageSink(conversations, messages)
    body = '{"event": "created", "name": "Family", "members": ["sip:bob@x"], "extra": 1}'
    result = sink.accept(
        text_from(
            ALICE,
            GroupHeaders(GID, "Family", 1, (ALICE, ME, BOB), "created"),
            body,
            content_type=GROUP_EVENT_CONTENT_TYPE,
        )
    )
    assert result.stored is not None
    assert result.stored.body == GroupEvent("created", ALICE, "Family", (BOB,)).to_json()
    group = GroupStore(db).get(GID)
    assert group is not None and group.status is GroupStatus.MEMBER
    conversation = conversations.get(group.conversation_id)
    assert conversation is not None and conversation.title == "Family"


def test_a_withdrawn_invitation_leaves_no_group_behind(
    db: Database, conversations: ConversationStore, messages: MessageStore
) -> None:
    """Invite, then remove the user: strangers must not pile up groups past the cap on
    waiting invitations (MAX_PENDING_INVITATIONS counts only the waiting ones)."""
    sink = StoreMessageSink(conversations, messages)
    for n in range(MAX_PENDING_INVITATIONS + 5):
        stranger, gid = f"sip:eve{n}@x", f"{n:032x}"
        created = GroupEvent("created", stranger, "Prize", (ME, BOB)).to_json()
        invitation = GroupHeaders(gid, "Prize", 1, (stranger, ME, BOB), "created")
        assert sink.accept(
            text_from(stranger, invitation, created, content_type=GROUP_EVENT_CONTENT_TYPE)
        ).is_new
        removed = GroupEvent("removed", stranger, "Prize", (ME,)).to_json()
        withdrawal = GroupHeaders(gid, "Prize", 2, (stranger, BOB), "removed")
        withdrawn = text_from(stranger, withdrawal, removed, content_type=GROUP_EVENT_CONTENT_TYPE)
        result = sink.accept(withdrawn)
        assert result.is_new and result.stored is None  # announced, for the GUI to drop it
        assert not sink.accept(withdrawn).is_new  # its retransmission is not
    with db.read() as connection:
        assert connection.execute("SELECT count(*) FROM groups").fetchone()[0] == 0
        assert connection.execute("SELECT count(*) FROM group_members").fetchone()[0] == 0
    assert conversations.summaries() == []


def test_a_withdrawn_re_invitation_keeps_the_group_the_user_was_in(
    db: Database, conversations: ConversationStore, messages: MessageStore
) -> None:
    store = GroupStore(db)
    group = store.save(
        dataclasses.replace(a_group(conversations, store), members=(EVE, BOB), version=3)
    )
    store.save(dataclasses.replace(group, status=GroupStatus.INVITED, invited_by=EVE))
    sink = StoreMessageSink(conversations, messages)
    removed = GroupEvent("removed", EVE, "Family", (ME,)).to_json()
    sink.accept(
        text_from(
            EVE,
            GroupHeaders(GID, "Family", 4, (EVE, BOB), "removed"),
            removed,
            content_type=GROUP_EVENT_CONTENT_TYPE,
        )
    )
    kept = store.get(GID)
    assert kept is not None and kept.status is GroupStatus.REMOVED
    assert kept.conversation_id == group.conversation_id  # its old conversation stays a group's


def test_a_save_expecting_the_group_as_read_changes_nothing_once_it_changed(
    db: Database, conversations: ConversationStore
) -> None:
    from jego_desktop.store.errors import GroupChangedError

    store = GroupStore(db)
    read = a_group(conversations, store)
    theirs = store.save(dataclasses.replace(read, members=(BOB,), version=2))
    mine = dataclasses.replace(read, name="Mine", version=2)
    with pytest.raises(GroupChangedError):
        store.save(mine, expected=read)
    assert store.get(GID) == theirs
    # a change of the same version (members only) is a change too
    same_version = store.save(dataclasses.replace(theirs, members=(ALICE,)))
    with pytest.raises(GroupChangedError):
        store.save(dataclasses.replace(theirs, name="Mine", version=3), expected=theirs)
    assert store.save(mine, expected=same_version).name == "Mine"
