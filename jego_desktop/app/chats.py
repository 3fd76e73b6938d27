"""The chats view over the store and the messaging service."""

from __future__ import annotations

import logging

from jego_desktop.models.chats.chat_services import ChatServices
from jego_desktop.models.chats.group_chats import GroupChats
from jego_desktop.models.chats.messaging import MessagingService
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.message_window import NewerMessages
from jego_desktop.store.messages import MessageStore
from jego_desktop.store.search import MessageSearch
from jego_desktop.ui.window.main_window import MainWindow

log = logging.getLogger(__name__)


def wire_chats(window: MainWindow, messaging: MessagingService, database: Database) -> None:
    """The chats view reads the store and follows the messaging service."""
    window.chats_page.connect_services(
        ChatServices(
            messaging=messaging,
            conversations=ConversationStore(database),
            messages=MessageStore(database),
            newer=NewerMessages(database),
            search=MessageSearch(database),
            groups=GroupChats(
                messaging, database, home_region=lambda _key: window.home_region, parent=window
            ),
        )
    )
