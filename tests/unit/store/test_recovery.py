"""A damaged database is set aside untouched and a new one started; sound ones are kept."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.messages import MessageStore
from jego_desktop.store.recovery import find_damage, is_damage, set_aside
from tests.unit.store.conftest import ACCOUNT
from tests.unit.store.helpers import StepClock


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fill(path: Path, count: int) -> None:
    with Database.open(path) as database:
        conversation = ConversationStore(database).get_or_create(ACCOUNT, "sip:bob@example.com")
        messages = MessageStore(database)
        with database.write() as connection:
            connection.executemany(
                "INSERT INTO messages (conversation_id, direction, message_id, body,"
                " content_type, state, created_at, search_text)"
                " VALUES (?, 'incoming', ?, ?, 'text/plain', 'received', ?, ?)",
                [
                    (conversation.id, f"m{n}", f"message {n}" * 5, n, f"message {n}")
                    for n in range(count)
                ],
            )
        assert len(messages.page(conversation.id, limit=10)) == 10


def assert_fresh_and_working(database: Database) -> None:
    conversation = ConversationStore(database).get_or_create(ACCOUNT, "sip:bob@example.com")
    MessageStore(database).insert_incoming(conversation.id, "new-1", "a new start")
    assert [m.body for m in MessageStore(database).page(conversation.id)] == ["a new start"]


def test_random_bytes_are_set_aside(db_path: Path, clock: StepClock) -> None:
    db_path.write_bytes(os.urandom(64 * 1024))
    before = digest(db_path)

    with Database.open(db_path, clock=clock) as database:
        recovery = database.recovery
        assert recovery is not None
        assert recovery.damaged_path.parent == db_path.parent
        assert recovery.damaged_path.name.startswith("jego.damaged-2023")
        assert digest(recovery.damaged_path) == before
        assert "not a database" in recovery.reason
        assert str(recovery.damaged_path) in recovery.user_message
        assert recovery.user_message.startswith("Your message database was damaged")
        assert_fresh_and_working(database)


def test_a_truncated_database_is_set_aside(db_path: Path) -> None:
    fill(db_path, 5000)
    size = db_path.stat().st_size
    assert size > 100_000
    with db_path.open("r+b") as file:
        file.truncate(size // 2)
    before = digest(db_path)

    with Database.open(db_path) as database:
        assert database.recovery is not None
        assert "malformed" in database.recovery.reason
        assert digest(database.recovery.damaged_path) == before
        assert_fresh_and_working(database)


def test_damage_is_found_even_without_the_check(db_path: Path) -> None:
    db_path.write_bytes(os.urandom(8192))

    with Database.open(db_path, check=False) as database:
        assert database.recovery is not None
        assert_fresh_and_working(database)


def test_side_files_go_with_the_damaged_file(db_path: Path) -> None:
    db_path.write_bytes(os.urandom(8192))
    wal = Path(f"{db_path}-wal")
    shm = Path(f"{db_path}-shm")
    wal.write_bytes(b"log of the damaged file")
    shm.write_bytes(b"index of the damaged file")

    with Database.open(db_path) as database:
        assert database.recovery is not None
        damaged = database.recovery.damaged_path
        assert Path(f"{damaged}-wal").read_bytes() == b"log of the damaged file"
        # The read-only check may refresh the shared-memory index (SQLite rebuilds it from
        # the log anyway); it is moved along, but only the database and log are kept as is.
        assert Path(f"{damaged}-shm").exists()
        assert_fresh_and_working(database)


def test_setting_aside_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "jego.sqlite3"
    moved = []
    for content in (b"first", b"second", b"third"):
        path.write_bytes(content)
        moved.append(set_aside(path, now=1_700_000_000.0))
    assert len(set(moved)) == 3
    assert [target.read_bytes() for target in moved] == [b"first", b"second", b"third"]
    assert not path.exists()


def test_a_sound_or_empty_or_missing_file_is_not_damage(tmp_path: Path) -> None:
    sound = tmp_path / "sound.sqlite3"
    fill(sound, 10)
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert find_damage(sound) is None
    assert find_damage(empty) is None
    assert find_damage(tmp_path / "missing.sqlite3") is None


def test_an_unopenable_path_is_reported_not_set_aside(tmp_path: Path) -> None:
    folder = tmp_path / "jego.sqlite3"
    folder.mkdir()

    with pytest.raises(sqlite3.OperationalError):
        Database.open(folder)
    assert folder.is_dir()
    assert [p.name for p in tmp_path.iterdir()] == ["jego.sqlite3"]


def test_damage_is_told_apart_from_other_errors() -> None:
    assert is_damage(sqlite3.DatabaseError("file is not a database"))
    assert is_damage(sqlite3.DatabaseError("database disk image is malformed"))
    assert not is_damage(sqlite3.OperationalError("database is locked"))
