"""The loaded window of a long conversation while the user scrolls through it.

Rows laid out ahead come in a page at a time; without that time (the user drags
straight to the top) a few at a time, each insertion a frame's work. Rows beyond
the window are let go at the far end and come back, and the rows on screen never move.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from jego_desktop.domain.messages import Message
from jego_desktop.models.chats.conversation_messages import MAX_ROWS, PAGE_SIZE, MessageRole
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.messages import MessageStore
from jego_desktop.ui.chats.message_list_view import UNPREPARED_ROWS
from tests.ui.chats import test_chats_page
from tests.ui.chats.test_chats_page import ACCOUNT, BOB, Chats

chats = test_chats_page.chats  # a fixture (db comes from conftest)

MESSAGES = 730  # not a whole number of pages: the last one read says it is the last


def open_long_conversation(qtbot: QtBot, chats: Chats) -> None:
    conversation = ConversationStore(chats.db).get_or_create(ACCOUNT, BOB)
    store = MessageStore(chats.db)
    start = time.time() - 100_000
    for number in range(MESSAGES):
        body = " ".join([f"line {number}"] * (number % 9 + 1))  # one to three lines
        store.insert_outgoing(conversation.id, body, created_at=start + number * 60)
    chats.page.open_conversation(ACCOUNT, BOB)
    bar = chats.page.view.list.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())


def top_row(chats: Chats) -> tuple[Message, int]:
    """The message at the top of the view and how far its row starts above it."""
    view = chats.page.view.list
    index = view.indexAt(QPoint(view.viewport().width() // 2, 1))
    message = index.data(MessageRole.MESSAGE)
    assert isinstance(message, Message)
    return message, view.visualRect(index).top()


def test_rows_laid_out_ahead_come_as_a_page_others_a_few_per_frame(
    qtbot: QtBot, chats: Chats
) -> None:
    open_long_conversation(qtbot, chats)
    model = chats.page.messages
    bar = chats.page.view.list.verticalScrollBar()
    qtbot.wait(300)  # the user reads: the next page is laid out meanwhile
    first = model.message(0)
    assert first is not None
    bar.setValue(0)
    assert model.row_of(first) == PAGE_SIZE
    for _ in range(3):  # straight on to the top: no time to lay anything out ahead
        first = model.message(0)
        assert first is not None
        bar.setValue(0)
        assert model.row_of(first) == UNPREPARED_ROWS


def test_the_view_stays_put_while_rows_come_and_go_at_both_ends(qtbot: QtBot, chats: Chats) -> None:
    open_long_conversation(qtbot, chats)
    model = chats.page.messages
    bar = chats.page.view.list.verticalScrollBar()
    while model.canFetchMore():  # the user drags to the top, again and again
        first = model.message(0)
        assert bar.value() > 0
        bar.setValue(0)  # shows the first row; rows come above it, rows go at the end
        assert model.message(0) != first
        assert model.rowCount() <= MAX_ROWS
        assert top_row(chats) == (first, 0)
    assert model.rowCount() == MAX_ROWS
    oldest = model.message(0)
    assert oldest is not None and oldest.body == "line 0"
    assert model.has_newer()  # the newest rows were let go on the way up

    while model.has_newer():  # and come back on the way down
        bar.setValue(bar.maximum())
        shown = top_row(chats)
        last = model.message(model.rowCount() - 1)
        qtbot.waitUntil(lambda: model.message(model.rowCount() - 1) != last)  # noqa: B023
        assert model.rowCount() <= MAX_ROWS
        assert top_row(chats) == shown  # rows dropped above it did not move it
    newest = model.message(model.rowCount() - 1)
    assert newest is not None and newest.body.startswith(f"line {MESSAGES - 1}")
