"""The Chats page with groups: the real store, MessagingService and GroupChats over a
temporary database, and the fake engine."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from jego_desktop.domain.engine_events import MessageReceived
from jego_desktop.domain.groups import (
    GROUP_EVENT_CONTENT_TYPE,
    Group,
    GroupStatus,
    new_group_id,
)
from jego_desktop.domain.messages import Message
from jego_desktop.engine.refcount_workaround import protect_singletons
from jego_desktop.models.calls.dial_pad import DialPadModel
from jego_desktop.models.chats.chat_services import ChatServices
from jego_desktop.models.chats.conversation_messages import MessageRole
from jego_desktop.models.chats.group_chats import GroupChats as RealGroupChats
from jego_desktop.store.database import Database
from jego_desktop.store.groups import GroupStore
from jego_desktop.store.messages import MessageStore
from jego_desktop.ui.chats.bubble_layout import BubbleGeometry
from jego_desktop.ui.chats.chats_page import ChatsPage
from jego_desktop.ui.style import LIGHT
from tests.ui.chats.test_chats_page import ACCOUNT, Chats, services
from tests.ui.fake_engine import FakeEngine

OWN = "sip:" + ACCOUNT
ALICE = "sip:+33611111111@sip.example.org"
BOB = "sip:+33622222222@sip.example.org"
CAROL = "sip:carol@example.net"
XAVIER = "sip:+8613812345678@sip.example.org"
CONTACTS = {ALICE: "Alice Martin", BOB: "Bob"}


@dataclass
class GroupChats(Chats):
    groups: RealGroupChats

    def family(self) -> Group:
        return self.groups.create_group(ACCOUNT, "Family", [ALICE, BOB, CAROL])

    def invite(self, name: str, by: str, members: tuple[str, ...]) -> Group:
        """An invitation from a stranger as the group sink stores it, then announced."""
        group = GroupStore(self.db).save(
            Group(new_group_id(), ACCOUNT, name, members, 1, GroupStatus.INVITED, by, 0)
        )
        self.engine.publish(MessageReceived(ACCOUNT, by, "inv-" + group.id, "", "text/plain"))
        return group

    def fresh(self, group: Group) -> Group:
        found = self.groups.group(group.id)
        assert found is not None
        return found

    def open(self, group: Group) -> None:
        assert self.page.services is not None
        conversation = self.page.services.conversation(group.conversation_id)
        assert conversation is not None
        self.page.conversations.refresh()
        self.page.show_conversation(conversation)

    def said(self, group: Group, author: str, message_id: str, body: str) -> Message:
        """An incoming group message from `author`, stored as the group sink stores it."""
        stored = MessageStore(self.db).insert_incoming(
            group.conversation_id, message_id, body, author_uri=author
        )
        self.messaging.message_added.emit(stored.message)
        return stored.message

    def event(self, group: Group, by: str, body: str) -> Message:
        """A membership line from `by`, stored as the group sink stores it."""
        stored = MessageStore(self.db).insert_incoming(
            group.conversation_id,
            f"event-{MessageStore(self.db).now()}-{len(body)}",
            body,
            content_type=GROUP_EVENT_CONTENT_TYPE,
            author_uri=by,
        )
        self.messaging.message_added.emit(stored.message)
        return stored.message

    def geometry(self, row: int) -> BubbleGeometry:
        view = self.page.view.list
        index = view.source_index(row)
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = view.visualRect(index)
        found = self.page.view.delegate.geometry(option, index)
        assert found is not None
        return found

    def row_message(self, row: int) -> Message:
        message = self.page.messages.index(row, 0).data(MessageRole.MESSAGE)
        assert isinstance(message, Message)
        return message

    def lines(self) -> list[str]:
        """The conversation's membership lines, as shown."""
        delegate = self.page.view.delegate
        rows = [self.row_message(row) for row in range(self.page.messages.rowCount())]
        return [text for text in map(delegate._notice_text, rows) if text]


def contact_names(uri: str) -> str:
    return CONTACTS.get(uri, "")


@pytest.fixture
def group_chats(qtbot: QtBot, db: Database) -> GroupChats:
    protect_singletons()
    engine = FakeEngine()
    messaging, plain = services(engine, db)
    groups = RealGroupChats(
        messaging, db, home_region=lambda _key: "FR", own_uri=lambda key: "sip:" + key
    )
    chat_services = ChatServices(
        messaging, plain.conversations, plain.messages, plain.newer, plain.search, groups
    )
    dial_pad = DialPadModel("FR")
    dial_pad.set_account(ACCOUNT, "sip.example.org")
    page = ChatsPage(
        LIGHT,
        dial_pad.uri_for,
        account_key=lambda: ACCOUNT,
        names=contact_names,
        home_region="FR",
    )
    page.contact_choices = lambda: [(name, uri) for uri, name in CONTACTS.items()]
    page.connect_services(chat_services)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    qtbot.waitUntil(page.isActiveWindow)
    return GroupChats(page, engine, messaging, db, groups)
