"""Call history: finished calls, newest first, and the count of missed calls not yet seen."""

from __future__ import annotations

import sqlite3

from jego_desktop.domain.call_history import CallHistoryEntry
from jego_desktop.domain.calls import CallDirection, CallRecord
from jego_desktop.domain.peers import normalise_peer_uri
from jego_desktop.store.database import Database

_COLUMNS = (
    "id, call_id, account_key, direction, peer, started_at, answered_at, ended_at, reason, missed"
)


class CallHistory:
    """Finished calls. A call is stored once per (account, direction, SIP Call-ID)."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def add(self, record: CallRecord, *, missed: bool | None = None) -> CallHistoryEntry:
        """Store a finished call (or return the entry stored for it already).

        `missed` defaults to "incoming and never answered".
        """
        if missed is None:
            missed = record.direction is CallDirection.INCOMING and record.answered_at is None
        with self._db.write() as connection:
            connection.execute(
                "INSERT INTO calls (call_id, account_key, direction, peer, started_at,"
                " answered_at, ended_at, reason, missed) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (account_key, direction, call_id) DO NOTHING",
                (
                    record.call_id,
                    record.account_key,
                    record.direction.value,
                    record.peer,
                    record.started_at,
                    record.answered_at,
                    record.ended_at,
                    record.reason,
                    int(missed),
                ),
            )
            row = connection.execute(
                f"SELECT {_COLUMNS} FROM calls"
                " WHERE account_key = ? AND direction = ? AND call_id = ?",
                (record.account_key, record.direction.value, record.call_id),
            ).fetchone()
            return _entry(row)

    def called(self, account_key: str, peer_uri: str) -> bool:
        """True when the user ever called this (normalised) peer from this account."""
        with self._db.read() as connection:
            rows = connection.execute(
                "SELECT DISTINCT peer FROM calls WHERE account_key = ? AND direction = ?",
                (account_key, CallDirection.OUTGOING.value),
            ).fetchall()
        return any(_same_peer(row["peer"], peer_uri) for row in rows)

    def recent(
        self, *, limit: int = 200, account_key: str | None = None, missed_only: bool = False
    ) -> list[CallHistoryEntry]:
        with self._db.read() as connection:
            rows = connection.execute(
                f"SELECT {_COLUMNS} FROM calls WHERE (? IS NULL OR account_key = ?)"
                " AND (? = 0 OR missed = 1) ORDER BY started_at DESC, id DESC LIMIT ?",
                (account_key, account_key, int(missed_only), limit),
            ).fetchall()
        return [_entry(row) for row in rows]

    def missed_count(self, *, account_key: str | None = None) -> int:
        """Missed calls the user has not seen yet (see `mark_missed_seen`)."""
        with self._db.read() as connection:
            row = connection.execute(
                "SELECT count(*) FROM calls WHERE missed = 1 AND missed_seen = 0"
                " AND (? IS NULL OR account_key = ?)",
                (account_key, account_key),
            ).fetchone()
            return int(row[0])

    def mark_missed_seen(self) -> int:
        """The user looked at the history: the missed count drops to zero."""
        with self._db.write() as connection:
            cursor = connection.execute(
                "UPDATE calls SET missed_seen = 1 WHERE missed = 1 AND missed_seen = 0"
            )
            return cursor.rowcount

    def delete(self, entry_id: int) -> bool:
        with self._db.write() as connection:
            return connection.execute("DELETE FROM calls WHERE id = ?", (entry_id,)).rowcount > 0

    def clear(self) -> int:
        with self._db.write() as connection:
            return connection.execute("DELETE FROM calls").rowcount


def _same_peer(stored: str, peer_uri: str) -> bool:
    try:
        return normalise_peer_uri(stored) == peer_uri
    except ValueError:
        return False


def _entry(row: sqlite3.Row) -> CallHistoryEntry:
    record = CallRecord(
        call_id=row["call_id"],
        account_key=row["account_key"],
        direction=CallDirection(row["direction"]),
        peer=row["peer"],
        started_at=row["started_at"],
        answered_at=row["answered_at"],
        ended_at=row["ended_at"],
        reason=row["reason"],
    )
    return CallHistoryEntry(id=int(row["id"]), record=record, missed=bool(row["missed"]))
