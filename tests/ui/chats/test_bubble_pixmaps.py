"""Bubbles painted once into pixmaps: reused while unchanged, bounded in memory."""

from __future__ import annotations

import time
from typing import Any

import pytest
from PySide6.QtCore import QPointF, QRect, QSize
from PySide6.QtGui import QPixmap
from pytestqt.qtbot import QtBot

from jego_desktop.domain.engine_events import MessageDisplayed
from jego_desktop.domain.messages import Message, MessageDirection, MessageState
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.messages import MessageStore
from jego_desktop.ui.chats.bubble_layout import BubbleGeometry
from jego_desktop.ui.chats.laid_out_bubbles import LaidOutBubble, LaidOutBubbles
from tests.ui.chats import test_chats_page
from tests.ui.chats.test_chats_page import ACCOUNT, BOB, Chats

chats = test_chats_page.chats  # a fixture (db comes from conftest)


def bubble(number: int) -> LaidOutBubble:
    message = Message(
        id=number,
        conversation_id=1,
        direction=MessageDirection.OUTGOING,
        message_id=f"m{number}",
        body="hello",
        content_type="text/plain",
        state=MessageState.SENT,
        created_at=1_700_000_000.0 + number,
    )
    geometry = BubbleGeometry(None, QRect(0, 0, 100, 40), QPointF(), 80, QRect())
    return LaidOutBubble(message, False, 0, geometry, QSize(400, 46))


def test_painted_bubbles_stay_within_their_bytes_and_follow_their_layout(
    qtbot: QtBot,  # a QApplication for the pixmaps
) -> None:
    cache = LaidOutBubbles(pixmap_bytes=3 * 100 * 40 * 4)
    laid = [bubble(number) for number in range(5)]
    for number, one in enumerate(laid):
        cache.put((number, 400, 10.0), one)
        cache.put_pixmap((number, 400, 10.0), one, 1.0, "09:00", QPixmap(100, 40))
        assert cache.pixmap_bytes() <= 3 * 100 * 40 * 4
    assert cache.pixmap((0, 400, 10.0), laid[0], 1.0, "09:00") is None  # the oldest went
    assert cache.pixmap((4, 400, 10.0), laid[4], 1.0, "09:00") is not None
    # Another pixel ratio, another time format (language), another layout: paint again.
    assert cache.pixmap((4, 400, 10.0), laid[4], 2.0, "09:00") is None
    assert cache.pixmap((4, 400, 10.0), laid[4], 1.0, "9:00 AM") is None
    cache.put((4, 400, 10.0), bubble(4))  # the message changed: laid out again
    assert cache.pixmap((4, 400, 10.0), laid[4], 1.0, "09:00") is None
    cache.clear()
    assert cache.pixmap_bytes() == 0


def test_a_repaint_copies_the_bubbles_painted_before(
    qtbot: QtBot, chats: Chats, monkeypatch: pytest.MonkeyPatch
) -> None:
    conversation = ConversationStore(chats.db).get_or_create(ACCOUNT, BOB)
    store = MessageStore(chats.db)
    for number in range(30):
        store.insert_outgoing(conversation.id, f"line {number}", created_at=time.time() + number)
    delegate = chats.page.view.delegate
    painted: list[Message] = []
    paint_bubble = delegate._paint_bubble

    def counted(painter: Any, message: Message, *args: Any) -> None:
        painted.append(message)
        paint_bubble(painter, message, *args)

    monkeypatch.setattr(delegate, "_paint_bubble", counted)
    chats.page.open_conversation(ACCOUNT, BOB)
    viewport = chats.page.view.list.viewport()
    qtbot.waitUntil(lambda: len(painted) > 5)
    viewport.repaint()
    painted.clear()
    viewport.repaint()
    assert painted == []  # copied from the pixmaps
    last = chats.last_row()
    chats.engine.publish(MessageDisplayed(ACCOUNT, BOB, last.message_id))
    viewport.repaint()
    assert [message.id for message in painted] == [last.id]  # only the one that changed
    assert delegate._bubbles.pixmap_bytes() > 0
