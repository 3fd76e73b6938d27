"""Marking a conversation read updates its row of the conversation list in place.

MessagingService.mark_read emits messages_read; the list must clear that row's unread
count (and its newest incoming message's state) without reading the store again, touch
no other row, and report the new total for the rail badge and the tray.
"""

from __future__ import annotations

import time
from typing import Any

from jego_desktop.domain.conversations import ConversationSummary
from jego_desktop.domain.messages import MessageState
from jego_desktop.models.chats.conversation_list import ConversationListModel, ConversationRole
from jego_desktop.models.chats.messaging import MessagingService
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.messages import MessageStore
from tests.ui.fake_engine import FakeEngine

ACCOUNT = "+33100000000@sip.example.org"
BOB = "sip:+33698765432@sip.example.org"
ALICE = "sip:alice@example.net"
CAROL = "sip:carol@example.net"
START = 1_700_000_000.0


class CountingSummaries:
    """The store's summaries, counting each read (a reload reads them all again)."""

    def __init__(self, store: ConversationStore) -> None:
        self.store = store
        self.reads = 0

    def summaries(
        self, *, account_key: str | None = None, limit: int = -1
    ) -> list[ConversationSummary]:
        self.reads += 1
        return self.store.summaries(account_key=account_key, limit=limit)

    def summary(self, conversation_id: int) -> ConversationSummary | None:
        return self.store.summary(conversation_id)


def incoming(db: Database, peer: str, count: int, start: float) -> int:
    conversation = ConversationStore(db).get_or_create(ACCOUNT, peer)
    for number in range(count):
        MessageStore(db).insert_incoming(
            conversation.id, f"{peer}-{number}", f"hello {number}", received_at=start + number
        )
    return conversation.id


def unread_of(model: ConversationListModel, *conversations: int) -> list[int]:
    return [
        model.index(model.row_of(conversation), 0).data(ConversationRole.UNREAD)
        for conversation in conversations
    ]


def test_messages_read_clears_only_that_rows_unread_badge(db: Database, qtmodeltester: Any) -> None:
    bob = incoming(db, BOB, 2, START)
    alice = incoming(db, ALICE, 3, START + 100)
    carol = ConversationStore(db).get_or_create(ACCOUNT, CAROL).id
    MessageStore(db).insert_outgoing(carol, "mine", created_at=START - 100)
    summaries = CountingSummaries(ConversationStore(db))
    model = ConversationListModel(summaries)
    service = MessagingService(FakeEngine(), ConversationStore(db), MessageStore(db))
    model.connect_messaging(service)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert unread_of(model, alice, bob, carol) == [3, 2, 0] and model.unread_total == 5
    bob_row, alice_row = model.row_of(bob), model.row_of(alice)

    changes: list[tuple[int, int, list[int]]] = []
    model.dataChanged.connect(
        lambda top, bottom, roles=(): changes.append((top.row(), bottom.row(), list(roles)))
    )
    totals: list[int] = []
    model.unread_changed.connect(totals.append)
    reshaped: list[str] = []
    for name in ("modelReset", "layoutChanged", "rowsInserted", "rowsRemoved", "rowsMoved"):
        getattr(model, name).connect(lambda *_args, name=name: reshaped.append(name))
    reads_before = summaries.reads

    service.mark_read(bob)

    assert unread_of(model, alice, bob, carol) == [3, 0, 0]
    roles = [int(ConversationRole.UNREAD), int(ConversationRole.PREVIEW)]
    assert changes == [(bob_row, bob_row, roles)]  # bob's row only
    assert totals == [3] and model.unread_total == 3  # the rail badge and the tray follow
    preview = model.index(bob_row, 0).data(ConversationRole.PREVIEW)
    assert preview.state is MessageState.DISPLAYED
    assert summaries.reads == reads_before and reshaped == []  # no reload
    shown = [
        (
            model.index(row, 0).data(ConversationRole.CONVERSATION),
            model.index(row, 0).data(ConversationRole.PREVIEW),
        )
        for row in range(model.rowCount())
    ]
    stored = [(s.conversation, s.last_message) for s in ConversationStore(db).summaries()]
    assert shown == stored  # what a reload would show
    qtmodeltester.check(model)

    service.mark_read(bob)  # nothing left unread: no signal at all
    service.mark_read(carol)
    assert changes == [(bob_row, bob_row, roles)] and totals == [3]

    model.on_messages_read(9_999, START)  # a conversation the list does not show
    assert changes == [(bob_row, bob_row, roles)]

    service.mark_read(alice)
    assert unread_of(model, alice, bob, carol) == [0, 0, 0]
    assert changes[-1] == (alice_row, alice_row, roles) and totals == [3, 0]
    qtmodeltester.check(model)


def shown_rows(model: ConversationListModel) -> list[tuple[Any, Any]]:
    return [
        (
            model.index(row, 0).data(ConversationRole.CONVERSATION),
            model.index(row, 0).data(ConversationRole.PREVIEW),
        )
        for row in range(model.rowCount())
    ]


def test_a_new_message_updates_and_moves_one_row_without_a_reload(
    db: Database, qtmodeltester: Any
) -> None:
    bob = incoming(db, BOB, 1, START)
    alice = incoming(db, ALICE, 1, START + 100)
    summaries = CountingSummaries(ConversationStore(db))
    model = ConversationListModel(summaries)
    qtmodeltester.check(model)
    assert [model.conversation(row).id for row in range(2)] == [alice, bob]  # type: ignore[union-attr]
    reads_before = summaries.reads
    moved: list[tuple[int, int]] = []
    model.rowsMoved.connect(lambda _p, start, _end, _d, row: moved.append((start, row)))
    resets: list[str] = []
    model.modelReset.connect(lambda: resets.append("reset"))
    model.layoutChanged.connect(lambda: resets.append("layout"))
    totals: list[int] = []
    model.unread_changed.connect(totals.append)

    later = time.time() + 1_000  # after the conversations' creation (their first activity)
    stored = MessageStore(db).insert_incoming(bob, "bob-late", "later", received_at=later)
    model.on_message(stored.message)

    assert [model.conversation(row).id for row in range(2)] == [bob, alice]  # type: ignore[union-attr]
    assert moved == [(1, 0)] and resets == []
    assert model.index(0, 0).data(ConversationRole.PREVIEW).text == "later"
    assert totals == [3] and model.unread_total == 3
    assert summaries.reads == reads_before  # one summary() for one row, no summaries()
    stored_rows = [(s.conversation, s.last_message) for s in ConversationStore(db).summaries()]
    assert shown_rows(model) == stored_rows  # what a reload would show

    carol = ConversationStore(db).get_or_create(ACCOUNT, CAROL).id
    first = MessageStore(db).insert_incoming(carol, "carol-1", "hi", received_at=later + 1)
    model.on_message(first.message)  # a conversation the list did not have: inserted on top
    assert [model.conversation(row).id for row in range(3)] == [carol, bob, alice]  # type: ignore[union-attr]
    assert summaries.reads == reads_before and resets == []
    stored_rows = [(s.conversation, s.last_message) for s in ConversationStore(db).summaries()]
    assert shown_rows(model) == stored_rows
    qtmodeltester.check(model)
