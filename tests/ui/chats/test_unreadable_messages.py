"""A message that could not be read shows its explanation in the bubble, in the UI's
language, for rows stored today and rows stored in English by older versions alike; what
could be read of it follows, as it came."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from jego_desktop.domain.incoming_messages import IncomingText, RawMessage, interpret
from jego_desktop.domain.message_formats import UNREADABLE
from jego_desktop.domain.messages import Message
from jego_desktop.engine.refcount_workaround import protect_singletons
from jego_desktop.models.calls.dial_pad import DialPadModel
from jego_desktop.models.chats.chat_services import ChatServices
from jego_desktop.models.chats.conversation_messages import MessageRole
from jego_desktop.models.chats.messaging import MessagingService
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.message_window import NewerMessages
from jego_desktop.store.messages import MessageStore
from jego_desktop.store.search import MessageSearch
from jego_desktop.ui import translations
from jego_desktop.ui.chats.bubble_layout import shown_text
from jego_desktop.ui.chats.chats_page import ChatsPage
from jego_desktop.ui.style import LIGHT
from tests.ui.fake_engine import FakeEngine

ACCOUNT = "+33100000000@sip.example.org"
BOB = "sip:+33698765432@sip.example.org"
# As versions before the explanations were translated stored it (still stored so).
OLD_ROW = "The message could not be read: it holds binary data, not text.\n\nhi \ufffd there"


def garbled_latin1() -> IncomingText:
    """What the domain makes today of a body that is not the UTF-8 it claims to be."""
    found = interpret(
        RawMessage(
            ACCOUNT,
            BOB,
            "sip:me@sip.example.org",
            "text/plain; charset=utf-8",
            b"caf\xe9".decode("utf-8", "surrogateescape"),
            "MESSAGE sip:me@sip.example.org SIP/2.0\r\nCall-ID: garbled-1\r\nCSeq: 1 MESSAGE\r\n",
        )
    )
    assert isinstance(found, IncomingText) and found.content_type == UNREADABLE
    return found


@pytest.fixture
def chats(qtbot: QtBot, db: Database) -> ChatsPage:
    protect_singletons()  # as the app does (engine/refcount_workaround.py)
    engine = FakeEngine()
    messaging = MessagingService(engine, ConversationStore(db), MessageStore(db))
    messaging.connect_engine(engine)
    conversation = ConversationStore(db).get_or_create(ACCOUNT, BOB)
    store = MessageStore(db)
    store.insert_incoming(conversation.id, "old-1", OLD_ROW, content_type=UNREADABLE)
    garbled = garbled_latin1()
    store.insert_incoming(conversation.id, "new-1", garbled.body, content_type=UNREADABLE)
    dial_pad = DialPadModel("FR")
    dial_pad.set_account(ACCOUNT, "sip.example.org")
    page = ChatsPage(LIGHT, dial_pad.uri_for, account_key=lambda: ACCOUNT, home_region="FR")
    page.connect_services(
        ChatServices(messaging, ConversationStore(db), store, NewerMessages(db), MessageSearch(db))
    )
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    page.open_conversation(ACCOUNT, BOB)
    return page


def bubbles(page: ChatsPage) -> list[tuple[str, str]]:
    """(bubble text, accessible text) of each message shown."""
    model = page.messages
    found = []
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        message = index.data(MessageRole.MESSAGE)
        assert isinstance(message, Message)
        found.append((shown_text(message), index.data(Qt.ItemDataRole.AccessibleTextRole)))
    return found


def test_the_explanation_is_shown_in_english(chats: ChatsPage) -> None:
    assert bubbles(chats) == [
        (OLD_ROW, OLD_ROW),
        (
            "The message could not be read: its text is not valid UTF-8.\n\ncaf\ufffd",
            "The message could not be read: its text is not valid UTF-8.\n\ncaf\ufffd",
        ),
    ]


@pytest.mark.parametrize(
    ("language", "old", "new"),
    [
        (
            "fr",
            "Le message n’a pas pu être lu : il contient des données binaires, pas du texte.",
            "Le message n’a pas pu être lu : son texte n’est pas du UTF-8 valide.",
        ),
        (
            "zh_CN",
            "无法读取消息：其中是二进制数据，而不是文本。",
            "无法读取消息：其文本不是有效的 UTF-8。",
        ),
        (
            "zh_TW",
            "無法讀取訊息：其中是二進位資料，而不是文字。",
            "無法讀取訊息：其文字不是有效的 UTF-8。",
        ),
    ],
)
def test_old_and_new_explanations_follow_the_language(
    qtbot: QtBot,
    chats: ChatsPage,
    compiled_translations: Path,
    language: str,
    old: str,
    new: str,
) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    translations.switch_language(app, language)
    assert bubbles(chats) == [
        (f"{old}\n\nhi \ufffd there", f"{old}\n\nhi \ufffd there"),
        (f"{new}\n\ncaf\ufffd", f"{new}\n\ncaf\ufffd"),
    ]
