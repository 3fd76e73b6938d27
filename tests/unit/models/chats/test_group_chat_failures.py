"""Each of the user's group actions is saved whole or not at all: a failure at its last
step (a trigger standing for a full disk) leaves every table as it was, nothing is
announced or sent, the user is told NOT_SAVED, and the same action then succeeds."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from jego_desktop.domain.groups import (
    GROUP_EVENT_CONTENT_TYPE,
    GroupError,
    GroupProblem,
    GroupStatus,
)
from jego_desktop.models.chats.group_chats import GroupChats
from jego_desktop.models.chats.messaging import MessagingService
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.errors import DatabaseError
from jego_desktop.store.groups import GroupStore
from jego_desktop.store.messages import MessageStore
from tests.unit.models.chats.test_group_chats import (
    ALICE,
    KEY,
    FakeEngine,
    deliver,
    engine,
    event_of,
    family,
    group_headers,
    groups,
    messaging,
)

__all__ = ["engine", "groups", "messaging"]  # the fixtures

TABLES = (
    "groups",
    "group_members",
    "group_held",
    "group_deliveries",
    "conversations",
    "messages",
)
EVE, DAVE = "sip:eve@x", "sip:dave@x"
INVITATION = "e" * 32


def snapshot(db: Database) -> dict[str, list[tuple[object, ...]]]:
    with db.read() as connection:
        return {
            table: [tuple(row) for row in connection.execute(f"SELECT * FROM {table}")]
            for table in TABLES
        }


@contextmanager
def full_disk(db: Database, step: str) -> Iterator[None]:
    """`step` ("INSERT ON main.messages"...) fails inside the block, as on a full disk."""
    with db.write() as connection:
        connection.execute(
            f"CREATE TEMP TRIGGER full_disk BEFORE {step}"
            " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
        )
    try:
        yield
    finally:
        with db.write() as connection:
            connection.execute("DROP TRIGGER temp.full_disk")


@contextmanager
def announced(groups: GroupChats, messaging: MessagingService) -> Iterator[list[Any]]:
    """What the GUI hears meanwhile: groups changed and messages added."""
    heard: list[Any] = []
    groups.group_changed.connect(heard.append)
    messaging.message_added.connect(heard.append)
    try:
        yield heard
    finally:
        groups.group_changed.disconnect(heard.append)
        messaging.message_added.disconnect(heard.append)


def not_saved(action: Any, *args: Any) -> None:
    with pytest.raises(GroupError) as raised:
        action(*args)
    assert raised.value.problem is GroupProblem.NOT_SAVED
    assert isinstance(raised.value.__cause__, DatabaseError)


def invitation_with_held_messages(
    messaging: MessagingService, engine: FakeEngine, db: Database
) -> None:
    """Eve, a stranger, adds the user; her and Dave's messages wait for the answer."""
    engine.register()
    everyone = (EVE, ALICE, DAVE)
    created = event_of("created", EVE, "Prize", everyone)
    first = group_headers(INVITATION, 1, everyone, "created", "Prize")
    deliver(messaging, EVE, "e-0", created, first, GROUP_EVENT_CONTENT_TYPE)
    for n, author in enumerate((EVE, DAVE, EVE), start=1):
        chatter = group_headers(INVITATION, 1, None, name="Prize")
        assert not deliver(messaging, author, f"e-{n}", f"message {n}", chatter).is_new
    assert len(GroupStore(db).held(INVITATION)) == 3


def test_accepting_an_invitation_is_all_or_nothing(
    groups: GroupChats, messaging: MessagingService, engine: FakeEngine, db: Database
) -> None:
    invitation_with_held_messages(messaging, engine, db)
    before = snapshot(db)
    # The last step, after the conversation, the group, the "added" line and the held
    # messages shown: the held ones are dropped.
    with full_disk(db, "DELETE ON main.group_held"), announced(groups, messaging) as heard:
        not_saved(groups.accept_invitation, INVITATION)
    assert snapshot(db) == before and heard == []
    assert [g.id for g in groups.invitations()] == [INVITATION]  # still waits, answerable

    with announced(groups, messaging) as heard:
        groups.accept_invitation(INVITATION)
    joined = groups.group(INVITATION)
    assert joined is not None and joined.status is GroupStatus.MEMBER
    lines = MessageStore(db).page(joined.conversation_id)
    assert [line.body for line in lines[1:]] == ["message 1", "message 2", "message 3"]
    assert lines[0].content_type == GROUP_EVENT_CONTENT_TYPE and lines[0].author_uri == EVE
    assert heard == [joined, *lines]
    assert GroupStore(db).held(INVITATION) == []


def test_declining_an_invitation_is_all_or_nothing(
    groups: GroupChats, messaging: MessagingService, engine: FakeEngine, db: Database
) -> None:
    invitation_with_held_messages(messaging, engine, db)
    before = snapshot(db)
    with full_disk(db, "DELETE ON main.group_held"), announced(groups, messaging) as heard:
        not_saved(groups.decline_invitation, INVITATION)
    assert snapshot(db) == before and heard == []

    groups.decline_invitation(INVITATION)
    declined = groups.group(INVITATION)
    assert declined is not None and declined.status is GroupStatus.LEFT
    assert GroupStore(db).held(INVITATION) == []


def test_creating_a_group_is_all_or_nothing(
    groups: GroupChats, messaging: MessagingService, engine: FakeEngine, db: Database
) -> None:
    engine.register()
    before = snapshot(db)
    # The last step, after the conversation, the group and its "created" line.
    with full_disk(db, "INSERT ON main.group_deliveries"), announced(groups, messaging) as heard:
        not_saved(groups.create_group, KEY, "Family", ["bob"])
    assert snapshot(db) == before  # no group, and no empty conversation titled "Family"
    assert heard == [] and engine.sent == []

    group = groups.create_group(KEY, "Family", ["bob"])
    conversation = ConversationStore(db).get(group.conversation_id)
    assert conversation is not None and conversation.title == "Family"
    assert len(engine.sent) == 1
    assert len(ConversationStore(db).summaries()) == 1


def test_bringing_back_a_deleted_group_conversation_is_all_or_nothing(
    groups: GroupChats, messaging: MessagingService, engine: FakeEngine, db: Database
) -> None:
    group = family(groups, engine)
    ConversationStore(db).delete(group.conversation_id)
    gone = groups.group(group.id)
    assert gone is not None and gone.conversation_id == 0
    before = snapshot(db)
    with full_disk(db, "INSERT ON main.group_deliveries"), announced(groups, messaging) as heard:
        not_saved(groups.rename_group, group.id, "Us")
    assert snapshot(db) == before  # the conversation did not come back without the change
    assert groups.group(group.id) == gone and heard == [] and engine.sent == []

    groups.rename_group(group.id, "Us")
    renamed = groups.group(group.id)
    assert renamed is not None and renamed.conversation_id and renamed.name == "Us"
    conversation = ConversationStore(db).get(renamed.conversation_id)
    assert conversation is not None and conversation.title == "Us"
    [line] = MessageStore(db).page(renamed.conversation_id)
    assert line.content_type == GROUP_EVENT_CONTENT_TYPE and line.author_uri == ""


def test_a_group_message_the_database_cannot_take_back_says_so_and_can_be_taken_back_again(
    groups: GroupChats, messaging: MessagingService, engine: FakeEngine, db: Database
) -> None:
    group = family(groups, engine)
    message = messaging.send(KEY, group.peer_uri, "wrong group!")
    engine.answer()
    sent = MessageStore(db).get(message.id)
    assert sent is not None and messaging.recall(sent) is None
    not_saved: list[Any] = []
    failed: list[Any] = []
    messaging.recall_not_saved.connect(not_saved.append)
    messaging.recall_failed.connect(failed.append)
    before = snapshot(db)
    with full_disk(db, "UPDATE ON main.messages"):
        engine.answer()  # both members' servers have the recall; each answer tries
    assert snapshot(db) == before
    assert [m.id for m in not_saved] == [message.id] and failed == []

    unchanged = MessageStore(db).get(message.id)
    assert unchanged is not None and messaging.recall_refusal(unchanged) is None
    assert messaging.recall(unchanged) is None
    engine.answer()
    taken = MessageStore(db).get(message.id)
    assert taken is not None and taken.recalled and "wrong" not in taken.body
    assert len(not_saved) == 1
