"""Older rows inserted a few at a time: the newest of the page read ahead first."""

from __future__ import annotations

from typing import Any

from jego_desktop.domain.messages import Message
from jego_desktop.models.chats.conversation_messages import (
    ConversationMessagesModel,
    MessageRole,
    local_day,
)
from jego_desktop.store.database import Database
from jego_desktop.store.message_window import NewerMessages
from jego_desktop.store.messages import MessageStore
from tests.unit.models.chat_rows import BOB, DAY, CountingPages, bodies, fill


def messages(model: ConversationMessagesModel) -> list[Message]:
    found = [model.message(row) for row in range(model.rowCount())]
    return [message for message in found if message is not None]


def test_fetch_older_inserts_the_newest_rows_read_ahead_and_keeps_the_rest(
    db: Database, qtmodeltester: Any
) -> None:
    conversation_id = fill(db, BOB, 230)
    older = CountingPages(MessageStore(db))
    model = ConversationMessagesModel(older, NewerMessages(db), page_size=100, max_rows=1000)
    model.set_conversation(conversation_id)
    queries = older.queries

    model.fetch_older(20)
    assert bodies(model) == [f"message {n}" for n in range(110, 230)]
    assert older.queries == queries + 1
    # What is left of the page is what comes next, without reading it again.
    assert [message.body for message, _day in model.older_ahead()] == [
        f"message {n}" for n in range(30, 110)
    ]
    model.fetch_older(30)
    assert bodies(model)[0] == "message 80"
    assert older.queries == queries + 1
    assert model.canFetchMore()
    model.fetchMore()  # a page at most: the 50 rows left of the one read
    assert bodies(model)[0] == "message 30"
    assert older.queries == queries + 1
    assert model.canFetchMore()
    model.fetchMore()  # the last 30, read with a new query
    assert bodies(model) == [f"message {n}" for n in range(230)]
    assert older.queries == queries + 2
    assert not model.canFetchMore()
    model.fetch_older(20)
    assert model.rowCount() == 230
    qtmodeltester.check(model)


def test_rows_inserted_a_few_at_a_time_start_their_day_and_drop_newer_rows(
    db: Database, qtmodeltester: Any
) -> None:
    # Two messages a day: every other row starts a day, and the first row always does.
    conversation_id = fill(db, BOB, 400, step=DAY / 2)
    model = ConversationMessagesModel(
        MessageStore(db), NewerMessages(db), page_size=100, max_rows=200
    )
    model.set_conversation(conversation_id)
    for _ in range(8):
        model.fetch_older(25)
        assert model.rowCount() <= 200
        rows = model.rowCount()
        days = [local_day(message.created_at) for message in messages(model)]
        starts = [model.index(row, 0).data(MessageRole.DAY) is not None for row in range(rows)]
        assert starts == [row == 0 or days[row] != days[row - 1] for row in range(rows)]
        assert starts.count(True) >= rows // 2
    assert bodies(model) == [f"message {n}" for n in range(100, 300)]
    assert model.has_newer()  # the newest ones were let go, and come back
    while model.has_newer():
        model.fetch_newer()
    assert bodies(model)[-1] == "message 399"
    qtmodeltester.check(model)
