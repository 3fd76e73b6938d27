"""Reading a conversation forwards from a point: the messages after a search hit."""

from __future__ import annotations

from jego_desktop.domain.messages import Message, MessageCursor
from jego_desktop.store.database import Database
from jego_desktop.store.message_rows import MESSAGE_COLUMNS, messages_from_rows


class NewerMessages:
    """The counterpart of `MessageStore.page`: pages towards the newest message."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def page(self, conversation_id: int, after: MessageCursor, *, limit: int = 50) -> list[Message]:
        """The oldest `limit` messages newer than `after`, oldest first."""
        with self._db.read() as connection:
            rows = connection.execute(
                f"SELECT {MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ?"
                " AND (created_at, id) > (?, ?) ORDER BY created_at, id LIMIT ?",
                (conversation_id, after.created_at, after.id, limit),
            ).fetchall()
            return messages_from_rows(connection, rows)
