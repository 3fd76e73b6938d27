"""The record of files fetched without a click: per-sender use and what may be removed."""

from __future__ import annotations

from dataclasses import dataclass

from jego_desktop.store.database import Database


@dataclass(frozen=True)
class SenderUse:
    files: int
    bytes: int


@dataclass(frozen=True)
class Removable:
    """An automatic download nobody has opened: the first to go when space is needed."""

    attachment_id: int
    message_pk: int
    local_path: str
    bytes: int


class AutoDownloads:
    """Rows of the `auto_downloads` table, and the size of what has been received."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def record(self, attachment_id: int, conversation_id: int, size: int, at: float) -> None:
        with self._db.write() as connection:
            connection.execute(
                "INSERT OR REPLACE INTO auto_downloads"
                " (attachment_id, conversation_id, bytes, started_at) VALUES (?, ?, ?, ?)",
                (attachment_id, conversation_id, max(0, size), at),
            )

    def sender_use(self, conversation_id: int, since: float) -> SenderUse:
        """Automatic downloads from one conversation since `since` (removed ones count)."""
        with self._db.read() as connection:
            row = connection.execute(
                "SELECT count(*), coalesce(sum(bytes), 0) FROM auto_downloads"
                " WHERE conversation_id = ? AND started_at >= ?",
                (conversation_id, since),
            ).fetchone()
        return SenderUse(int(row[0]), int(row[1]))

    def received_bytes(self) -> int:
        """Bytes of received files on disk or on their way (what the quota limits)."""
        with self._db.read() as connection:
            row = connection.execute(
                "SELECT coalesce(sum(a.size), 0) FROM attachments AS a"
                " JOIN messages AS m ON m.id = a.message_id"
                " WHERE m.direction = 'incoming' AND a.state IN ('available', 'downloading')"
            ).fetchone()
        return int(row[0])

    def removable(self) -> list[Removable]:
        """Unopened automatic downloads still on disk, oldest first."""
        with self._db.read() as connection:
            rows = connection.execute(
                "SELECT d.attachment_id, a.message_id, a.local_path, coalesce(a.size, d.bytes)"
                " FROM auto_downloads AS d INDEXED BY auto_downloads_removable"
                " JOIN attachments AS a ON a.id = d.attachment_id"
                " WHERE d.opened_at IS NULL AND d.removed_at IS NULL"
                " AND a.state = 'available' AND a.local_path IS NOT NULL"
                " ORDER BY d.started_at, d.attachment_id"
            ).fetchall()
        return [Removable(int(r[0]), int(r[1]), str(r[2]), int(r[3])) for r in rows]

    def mark_opened(self, attachment_id: int, at: float) -> None:
        with self._db.write() as connection:
            connection.execute(
                "UPDATE auto_downloads SET opened_at = ? WHERE attachment_id = ?"
                " AND opened_at IS NULL",
                (at, attachment_id),
            )

    def mark_removed(self, attachment_id: int, at: float) -> None:
        with self._db.write() as connection:
            connection.execute(
                "UPDATE auto_downloads SET removed_at = ? WHERE attachment_id = ?",
                (at, attachment_id),
            )
