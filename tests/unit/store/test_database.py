"""Connections, transactions, threads and durability of the profile database."""

from __future__ import annotations

import ctypes
import ctypes.util
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.errors import (
    DatabaseClosedError,
    DatabaseError,
    StoreError,
    UnsupportedSqliteError,
)
from jego_desktop.store.messages import MessageStore
from jego_desktop.store.search import MessageSearch
from tests.unit.store.conftest import ACCOUNT

ROOT = Path(__file__).resolve().parents[3]


def test_writer_uses_wal_foreign_keys_and_normal_sync(db: Database) -> None:
    with db.write() as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert connection.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL


def _sqlite_memory_used() -> int | None:
    """Bytes SQLite holds in this process, from the library the sqlite3 module uses."""
    try:
        library = ctypes.CDLL(ctypes.util.find_library("sqlite3") or "libsqlite3.so.0")
        used = library.sqlite3_memory_used
    except (OSError, AttributeError):
        return None
    used.restype = ctypes.c_int64
    if library.sqlite3_libversion_number() != sqlite3.sqlite_version_info[0] * 1_000_000 + (
        sqlite3.sqlite_version_info[1] * 1000 + sqlite3.sqlite_version_info[2]
    ):
        return None  # another copy than the module's (a bundled SQLite)
    return int(used())


def test_freeing_the_writer_cache_hands_back_its_pages_and_writing_goes_on(
    db: Database,
) -> None:
    if _sqlite_memory_used() is None:
        pytest.skip("no shared libsqlite3 to read SQLite's memory from")
    with db.write() as connection:
        connection.execute("CREATE TABLE filler (body TEXT)")
        connection.executemany("INSERT INTO filler VALUES (?)", [("x" * 1000,)] * 3000)
    full = _sqlite_memory_used()
    db.free_writer_cache()
    emptied = _sqlite_memory_used()
    assert full is not None and emptied is not None
    assert full - emptied > 1_000_000, f"only {full - emptied} bytes freed"
    with db.write() as connection:
        connection.execute("INSERT INTO filler VALUES ('after')")
    with db.read() as connection:
        assert connection.execute("SELECT count(*) FROM filler").fetchone()[0] == 3001


def test_a_durable_write_is_fsynced_and_only_that_one(db: Database) -> None:
    with db.write(durable=True) as connection:
        assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    with db.write() as connection:
        assert connection.execute("PRAGMA synchronous").fetchone()[0] == 1


def test_a_failed_write_is_rolled_back(db: Database) -> None:
    with pytest.raises(ZeroDivisionError), db.write() as connection:
        connection.execute(
            "INSERT INTO conversations (account_key, peer_uri, last_activity_at, created_at)"
            " VALUES ('a', 'sip:b@c', 0, 0)"
        )
        _ = 1 / 0
    with db.read() as connection:
        assert connection.execute("SELECT count(*) FROM conversations").fetchone()[0] == 0
    with db.write() as connection:  # the lock was released
        assert not connection.execute("SELECT 1 FROM conversations").fetchall()


def test_writes_do_not_nest(db: Database) -> None:
    with db.write(), pytest.raises(StoreError, match="nest"), db.write():
        pass


def test_readers_are_read_only(db: Database) -> None:
    with pytest.raises(DatabaseError, match="readonly") as raised, db.read() as connection:
        connection.execute("DELETE FROM conversations")
    assert isinstance(raised.value.__cause__, sqlite3.OperationalError)


def test_the_drivers_errors_leave_the_store_as_store_errors(db: Database) -> None:
    with pytest.raises(StoreError, match="no such table") as raised, db.write() as connection:
        connection.execute("INSERT INTO no_such_table VALUES (1)")
    assert isinstance(raised.value, DatabaseError)
    assert isinstance(raised.value.__cause__, sqlite3.OperationalError)
    with db.write() as connection:  # the failed transaction was rolled back; the next works
        connection.execute("DELETE FROM conversations")


def test_each_thread_reads_on_its_own_connection_and_sees_commits(
    db: Database, conversations: ConversationStore
) -> None:
    seen: dict[str, object] = {}

    def read_in_thread() -> None:
        with db.read() as connection:
            seen["connection"] = connection
            seen["count"] = connection.execute("SELECT count(*) FROM conversations").fetchone()[0]

    conversations.get_or_create(ACCOUNT, "sip:bob@example.com")
    thread = threading.Thread(target=read_in_thread)
    thread.start()
    thread.join()
    with db.read() as mine:
        assert mine is not seen["connection"]
    assert seen["count"] == 1


def test_a_closed_database_says_so(db: Database) -> None:
    db.close()
    db.close()  # harmless
    with pytest.raises(DatabaseClosedError), db.write():
        pass
    with pytest.raises(DatabaseClosedError), db.read():
        pass


def test_an_old_sqlite_is_refused(monkeypatch: pytest.MonkeyPatch, db_path: Path) -> None:
    monkeypatch.setattr(sqlite3, "sqlite_version_info", (3, 31, 1))
    with pytest.raises(UnsupportedSqliteError, match=r"3\.34"):
        Database.open(db_path)
    assert not db_path.exists()


def test_reopening_keeps_everything(db_path: Path) -> None:
    with Database.open(db_path) as first:
        conversation = ConversationStore(first).get_or_create(ACCOUNT, "sip:bob@example.com")
        MessageStore(first).insert_incoming(conversation.id, "id-1", "hello")
    with Database.open(db_path) as second:
        assert [m.body for m in MessageStore(second).page(conversation.id)] == ["hello"]
        assert second.recovery is None


_KILLED_WRITER = """
import sys
from pathlib import Path
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.messages import MessageStore

db = Database.open(Path(sys.argv[1]))
conversation = ConversationStore(db).get_or_create("a@b", "sip:peer@b")
messages = MessageStore(db)
for number in range(1_000_000):
    if number % 2:
        messages.insert_incoming(conversation.id, f"in-{number}", f"body {number}")
        print(f"in-{number}", flush=True)
    else:
        sent = messages.insert_outgoing(conversation.id, "body", message_id=f"out-{number}")
        print(sent.message_id, flush=True)
"""


def test_every_committed_message_survives_kill_9(db_path: Path) -> None:
    reported: list[str] = []
    with subprocess.Popen(
        [sys.executable, "-c", _KILLED_WRITER, str(db_path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    ) as writer:
        assert writer.stdout is not None
        for line in writer.stdout:
            reported.append(line.strip())
            if len(reported) == 300:
                writer.kill()  # SIGKILL: no cleanup, no checkpoint, in the middle of a write
                break
        writer.wait(timeout=30)
    assert writer.returncode != 0
    with Database.open(db_path) as reopened:
        assert reopened.recovery is None
        with reopened.read() as connection:
            stored = {row[0] for row in connection.execute("SELECT message_id FROM messages")}
    assert set(reported) <= stored


def test_a_writer_thread_and_a_reading_thread_together(
    db: Database, conversations: ConversationStore, messages: MessageStore
) -> None:
    conversation = conversations.get_or_create(ACCOUNT, "sip:bob@example.com")
    search = MessageSearch(db)
    total = 300
    failures: list[BaseException] = []

    def write_incoming() -> None:
        try:
            for number in range(total):
                messages.insert_incoming(
                    conversation.id, f"m{number}", f"message {number} 你好世界"
                )
        except BaseException as error:
            failures.append(error)

    writer = threading.Thread(target=write_incoming)
    writer.start()
    counts: list[int] = []
    while writer.is_alive() or not counts:
        with db.read():  # the reads below share one snapshot
            unread = conversations.summaries()[0].conversation.unread_count
            page = messages.page(conversation.id, limit=total + 1)
            found = search.search("你好世界", limit=total + 1)
        counts.append(unread)
        assert len(page) == len(found) == unread
        assert [m.cursor for m in page] == sorted(m.cursor for m in page)
    writer.join()

    assert failures == []
    assert counts == sorted(counts)  # each snapshot is at least as new as the one before
    assert len(messages.page(conversation.id, limit=total + 1)) == total
    assert len(search.search("你好世界", limit=total + 1)) == total
