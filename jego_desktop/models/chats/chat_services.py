"""What the Chats page works with: the messaging service and the store's chat tables."""

from __future__ import annotations

from dataclasses import dataclass

from jego_desktop.domain.conversations import Conversation
from jego_desktop.models.chats.group_chats import GroupChats
from jego_desktop.models.chats.messaging import MessagingService
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.message_window import NewerMessages
from jego_desktop.store.messages import MessageStore
from jego_desktop.store.search import MessageSearch


@dataclass(frozen=True)
class ChatServices:
    messaging: MessagingService
    conversations: ConversationStore
    messages: MessageStore
    newer: NewerMessages
    search: MessageSearch
    groups: GroupChats | None = None  # None where groups are not wired (some tests)

    def open_conversation(self, account_key: str, peer_uri: str) -> Conversation:
        """The conversation with this peer on this engine account, created if needed.

        Raises ValueError for an unusable peer and StoreError when it cannot be stored.
        """
        return self.conversations.get_or_create(account_key, peer_uri)

    def conversation(self, conversation_id: int) -> Conversation | None:
        return self.conversations.get(conversation_id)

    def find_conversation(self, account_key: str, peer_uri: str) -> Conversation | None:
        return self.conversations.find(account_key, peer_uri)
