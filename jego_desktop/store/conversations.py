"""Conversations: found or created by peer, listed by last activity with a preview."""

from __future__ import annotations

import sqlite3

from jego_desktop.domain.conversations import Conversation, ConversationSummary, MessagePreview
from jego_desktop.domain.messages import MessageDirection, MessageState
from jego_desktop.domain.peers import normalise_peer_uri
from jego_desktop.store.database import Database
from jego_desktop.store.errors import NotFoundError

PREVIEW_CHARACTERS = 200
_COLUMNS = "id, account_key, peer_uri, title, unread_count, last_activity_at, created_at"


class ConversationStore:
    """One conversation per (account, normalised peer URI)."""

    def __init__(self, database: Database) -> None:
        self._db = database

    @property
    def database(self) -> Database:
        return self._db

    def get_or_create(self, account_key: str, peer_uri: str) -> Conversation:
        """The conversation with this peer on this account, created empty if needed."""
        now = self._db.now()
        with self._db.write() as connection:
            return conversation_with(connection, account_key, peer_uri, now)

    def find(self, account_key: str, peer_uri: str) -> Conversation | None:
        with self._db.read() as connection:
            row = connection.execute(
                f"SELECT {_COLUMNS} FROM conversations WHERE account_key = ? AND peer_uri = ?",
                (account_key, normalise_peer_uri(peer_uri)),
            ).fetchone()
            return None if row is None else _conversation(row)

    def get(self, conversation_id: int) -> Conversation | None:
        with self._db.read() as connection:
            row = connection.execute(
                f"SELECT {_COLUMNS} FROM conversations WHERE id = ?", (conversation_id,)
            ).fetchone()
            return None if row is None else _conversation(row)

    def summaries(
        self, *, account_key: str | None = None, limit: int = -1
    ) -> list[ConversationSummary]:
        """Conversations, most recent activity first, each with its newest message's start."""
        return self._summaries("? IS NULL OR c.account_key = ?", (account_key, account_key, limit))

    def summary(self, conversation_id: int) -> ConversationSummary | None:
        """One conversation as `summaries()` gives it (None when it is gone)."""
        found = self._summaries("c.id = ?", (conversation_id, 1))
        return found[0] if found else None

    def _summaries(self, where: str, parameters: tuple[object, ...]) -> list[ConversationSummary]:
        """`where`'s parameters, then the limit."""
        with self._db.read() as connection:
            rows = connection.execute(
                "SELECT c.id, c.account_key, c.peer_uri, c.title, c.unread_count,"
                " c.last_activity_at, c.created_at, m.id AS m_id,"
                f" substr(m.body, 1, {PREVIEW_CHARACTERS}) AS m_text, m.direction AS m_direction,"
                " m.state AS m_state, m.content_type AS m_content_type,"
                " m.created_at AS m_created_at, m.author_uri AS m_author,"
                " EXISTS (SELECT 1 FROM attachments WHERE message_id = m.id) AS m_files"
                " FROM conversations AS c LEFT JOIN messages AS m ON m.id = ("
                "   SELECT id FROM messages WHERE conversation_id = c.id"
                "   ORDER BY created_at DESC, id DESC LIMIT 1)"
                f" WHERE {where}"
                " ORDER BY c.last_activity_at DESC, c.id DESC LIMIT ?",
                parameters,
            ).fetchall()
        return [ConversationSummary(_conversation(row), _preview(row)) for row in rows]

    def set_title(self, conversation_id: int, title: str) -> None:
        with self._db.write() as connection:
            save_title(connection, conversation_id, title)

    def unread_total(self, *, account_key: str | None = None) -> int:
        with self._db.read() as connection:
            row = connection.execute(
                "SELECT coalesce(sum(unread_count), 0) FROM conversations"
                " WHERE ? IS NULL OR account_key = ?",
                (account_key, account_key),
            ).fetchone()
            return int(row[0])

    def delete(self, conversation_id: int) -> list[str]:
        """Delete the conversation and its messages; returns the attachment files to remove.

        The paths are relative to the profile folder; the files themselves are the
        caller's to delete, after this returns.
        """
        with self._db.write() as connection:
            paths = [
                str(row[0])
                for row in connection.execute(
                    "SELECT a.local_path FROM attachments AS a"
                    " JOIN messages AS m ON m.id = a.message_id"
                    " WHERE m.conversation_id = ? AND a.local_path IS NOT NULL",
                    (conversation_id,),
                )
            ]
            connection.execute("DELETE FROM conversations WHERE id = ?", (conversation_id,))
            return paths


def conversation_with(
    connection: sqlite3.Connection, account_key: str, peer_uri: str, now: float
) -> Conversation:
    """`ConversationStore.get_or_create` inside the caller's transaction."""
    peer = normalise_peer_uri(peer_uri)
    if not account_key:
        raise ValueError("a conversation belongs to an account")
    connection.execute(
        "INSERT INTO conversations (account_key, peer_uri, last_activity_at, created_at)"
        " VALUES (?, ?, ?, ?) ON CONFLICT (account_key, peer_uri) DO NOTHING",
        (account_key, peer, now, now),
    )
    row = connection.execute(
        f"SELECT {_COLUMNS} FROM conversations WHERE account_key = ? AND peer_uri = ?",
        (account_key, peer),
    ).fetchone()
    return _conversation(row)


def save_title(connection: sqlite3.Connection, conversation_id: int, title: str) -> None:
    cursor = connection.execute(
        "UPDATE conversations SET title = ? WHERE id = ?", (title, conversation_id)
    )
    if cursor.rowcount == 0:
        raise NotFoundError(f"no conversation {conversation_id}")


def _conversation(row: sqlite3.Row) -> Conversation:
    return Conversation(
        id=int(row["id"]),
        account_key=row["account_key"],
        peer_uri=row["peer_uri"],
        title=row["title"],
        unread_count=int(row["unread_count"]),
        last_activity_at=row["last_activity_at"],
        created_at=row["created_at"],
    )


def _preview(row: sqlite3.Row) -> MessagePreview | None:
    if row["m_id"] is None:
        return None
    return MessagePreview(
        text=row["m_text"],
        direction=MessageDirection(row["m_direction"]),
        state=MessageState(row["m_state"]),
        content_type=row["m_content_type"],
        created_at=row["m_created_at"],
        has_attachments=bool(row["m_files"]),
        author_uri=row["m_author"],
    )
