"""A message that was not sent: retrying it shows "Sending…" (and "Still not sent" when it
fails again), the conversation list marks it in red, and its reason is in the UI's language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListView, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from jego_desktop.domain.accounts import RegistrationState
from jego_desktop.domain.engine_events import MessageFailed, RegistrationChanged
from jego_desktop.domain.messages import Message, MessageState
from jego_desktop.engine.refcount_workaround import protect_singletons
from jego_desktop.models.calls.dial_pad import DialPadModel
from jego_desktop.models.chats.chat_services import ChatServices
from jego_desktop.models.chats.conversation_list import ConversationRole
from jego_desktop.models.chats.conversation_messages import MessageRole
from jego_desktop.models.chats.messaging import MessagingService
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.message_window import NewerMessages
from jego_desktop.store.messages import MessageStore
from jego_desktop.store.search import MessageSearch
from jego_desktop.ui import translations
from jego_desktop.ui.chats.chats_page import ChatsPage
from jego_desktop.ui.style import LIGHT
from tests.ui.fake_engine import FakeEngine

ACCOUNT = "+33100000000@sip.example.org"
BOB = "sip:+33698765432@sip.example.org"


@pytest.fixture
def page(qtbot: QtBot, db: Database) -> tuple[ChatsPage, FakeEngine]:
    protect_singletons()  # as the app does (engine/refcount_workaround.py)
    engine = FakeEngine()
    messaging = MessagingService(engine, ConversationStore(db), MessageStore(db))
    messaging.connect_engine(engine)
    engine.publish(RegistrationChanged(ACCOUNT, RegistrationState.REGISTERED, 200, "OK", 300))
    dial_pad = DialPadModel("FR")
    dial_pad.set_account(ACCOUNT, "sip.example.org")
    chats = ChatsPage(LIGHT, dial_pad.uri_for, account_key=lambda: ACCOUNT, home_region="FR")
    chats.connect_services(
        ChatServices(
            messaging,
            ConversationStore(db),
            MessageStore(db),
            NewerMessages(db),
            MessageSearch(db),
        )
    )
    qtbot.addWidget(chats)
    chats.resize(1000, 700)
    chats.show()
    qtbot.waitExposed(chats)
    return chats, engine


def last_message(chats: ChatsPage) -> Message:
    model = chats.messages
    message = model.index(model.rowCount() - 1, 0).data(MessageRole.MESSAGE)
    assert isinstance(message, Message)
    return message


def send_and_fail(chats: ChatsPage, engine: FakeEngine, code: int, reason: str) -> Message:
    chats.open_conversation(ACCOUNT, BOB)
    chats.view.composer.set_text("are you there")
    chats.view.composer.submit()
    sent = last_message(chats)
    engine.publish(MessageFailed(ACCOUNT, BOB, sent.message_id, code, reason))
    assert last_message(chats).state is MessageState.FAILED
    return sent


def option_for(view: QListView, index: QModelIndex) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    return option


def retry_area(chats: ChatsPage) -> QRect | None:
    view = chats.view.list
    index = view.source_index(chats.messages.rowCount() - 1)
    geometry = chats.view.delegate.geometry(option_for(view, index), index)
    return geometry.retry if geometry is not None else None


def click_retry(qtbot: QtBot, chats: ChatsPage) -> None:
    view = chats.view.list
    index = view.source_index(chats.messages.rowCount() - 1)
    qtbot.waitUntil(lambda: view.visualRect(index).contains(retry_area(chats) or QRect()))
    area = retry_area(chats)
    assert area is not None
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=area.center())


def test_a_retry_shows_sending_then_still_not_sent(
    qtbot: QtBot, page: tuple[ChatsPage, FakeEngine]
) -> None:
    chats, engine = page
    sent = send_and_fail(chats, engine, 404, "unknown user")
    delegate = chats.view.delegate
    assert delegate.retry_line(last_message(chats)) == "Not sent (unknown user). Click to retry"

    click_retry(qtbot, chats)

    again = last_message(chats)
    assert again.state is MessageState.PENDING
    assert retry_area(chats) is not None  # the line stays, saying so
    assert delegate.retry_line(again) == "Sending…"
    engine.publish(MessageFailed(ACCOUNT, BOB, sent.message_id, 404, "unknown user"))
    assert delegate.retry_line(last_message(chats)) == (
        "Still not sent (unknown user). Click to retry"
    )


def test_the_conversation_list_marks_a_message_not_sent_in_red(
    qtbot: QtBot, page: tuple[ChatsPage, FakeEngine]
) -> None:
    chats, engine = page
    chats.open_conversation(ACCOUNT, BOB)
    row = chats.conversations.index(0, 0)
    view = chats.list

    def red_pixels() -> int:
        image = view.viewport().grab(view.visualRect(row)).toImage()
        danger = QColor(LIGHT.danger)
        return sum(
            1
            for y in range(image.height())
            for x in range(image.width())
            if image.pixelColor(x, y) == danger
        )

    chats.view.composer.set_text("hello")
    chats.view.composer.submit()
    assert not row.data(ConversationRole.NOT_SENT)
    before = red_pixels()
    failed = last_message(chats).message_id
    engine.publish(MessageFailed(ACCOUNT, BOB, failed, 480, "not reachable"))
    qtbot.waitUntil(lambda: bool(row.data(ConversationRole.NOT_SENT)))
    assert row.data(Qt.ItemDataRole.AccessibleDescriptionRole) == "Last message not sent"
    assert red_pixels() > before + 20


@pytest.mark.parametrize(
    ("language", "expected"),
    [("fr", "utilisateur inconnu"), ("zh_CN", "用户不存在")],
)
def test_the_reason_is_in_the_language_of_the_ui(
    page: tuple[ChatsPage, FakeEngine], compiled_translations: Path, language: str, expected: str
) -> None:
    chats, engine = page
    app = QCoreApplication.instance()
    assert app is not None
    translations.switch_language(app, language)
    send_and_fail(chats, engine, 404, "unknown user")
    line = chats.view.delegate.retry_line(last_message(chats))
    assert expected in line and "unknown user" not in line and "Not sent" not in line
