"""Messages written straight into a store for the chat model tests, and what reads them back."""

from __future__ import annotations

from jego_desktop.domain.messages import Message, MessageCursor
from jego_desktop.models.chats.conversation_messages import ConversationMessagesModel
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.messages import MessageStore

ACCOUNT = "+33100000000@sip.example.org"
BOB = "sip:+33698765432@sip.example.org"
ALICE = "sip:alice@example.net"
DAY = 86_400.0
START = 1_700_000_000.0


def fill(db: Database, peer: str, count: int, *, start: float = START, step: float = 60.0) -> int:
    """`count` outgoing messages "message 0".. to `peer`, `step` seconds apart; the conversation."""
    conversation = ConversationStore(db).get_or_create(ACCOUNT, peer)
    messages = MessageStore(db)
    for number in range(count):
        messages.insert_outgoing(
            conversation.id, f"message {number}", created_at=start + number * step
        )
    return conversation.id


def bodies(model: ConversationMessagesModel) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


class CountingPages:
    """MessageStore.page, counting the queries."""

    def __init__(self, store: MessageStore) -> None:
        self.store = store
        self.queries = 0

    def page(
        self, conversation_id: int, *, limit: int = 50, before: MessageCursor | None = None
    ) -> list[Message]:
        self.queries += 1
        return self.store.page(conversation_id, limit=limit, before=before)
