"""The profile's SQLite database: opening (with recovery and migrations) and connections."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from jego_desktop.domain.reasons import reason
from jego_desktop.store import migrations
from jego_desktop.store.errors import (
    DatabaseClosedError,
    DatabaseError,
    StoreError,
    UnsupportedSqliteError,
)
from jego_desktop.store.private_files import create_private, restrict_entry
from jego_desktop.store.recovery import (
    SIDE_FILE_SUFFIXES,
    DatabaseRecovery,
    find_damage,
    is_damage,
    set_aside,
)

log = logging.getLogger(__name__)

MIN_SQLITE = (3, 34, 0)  # the FTS5 trigram tokenizer
BUSY_TIMEOUT_S = 5.0
JOURNAL_SIZE_LIMIT = 64 * 1024 * 1024
ANALYSIS_LIMIT = 1000


class Database:
    """One profile's database: a single writer connection and one reader per thread.

    Threads: any thread may write, through `write()`, which holds a lock for the whole
    transaction on the one writer connection (opened with `check_same_thread=False`);
    writes are therefore serialised and never meet "database is locked" from each other.
    Reads go through `read()`, which uses a connection private to the calling thread and
    wraps the reads in one transaction, so they see a consistent snapshot. In WAL mode
    readers neither block the writer nor wait for it, and see every committed write.
    Rows read inside `write()` must use the connection it yields (uncommitted data is
    visible only there). `close()` closes every connection; call it once the threads
    using the database are done.

    Durability: WAL with `synchronous=NORMAL`. A commit has written the transaction to
    the log through the operating system before it returns, so it survives the app being
    killed (kill -9, a crash) at any moment; only a power cut or OS crash can lose the
    last transactions (never corrupt the file). `write(durable=True)` switches that one
    transaction to `synchronous=FULL`, which also fsyncs the log before returning: used
    for messages accepted from the network, which the peer already believes delivered.

    Opening checks the file (`PRAGMA quick_check`, read-only; about 1 s for 1,000,000
    messages, so open it off the GUI thread). A damaged file and its log are moved aside
    byte for byte and a new database started; `recovery` then says so.
    """

    def __init__(
        self,
        path: Path,
        writer: sqlite3.Connection,
        recovery: DatabaseRecovery | None,
        clock: Callable[[], float],
    ) -> None:
        self.path = path
        self.recovery = recovery
        self.now = clock
        self._writer: sqlite3.Connection | None = writer
        self._write_lock = threading.Lock()
        self._write_owner: int | None = None
        self._readers_lock = threading.Lock()
        self._readers: list[sqlite3.Connection] = []
        self._local = threading.local()

    @classmethod
    def open(
        cls, path: Path, *, check: bool = True, clock: Callable[[], float] = time.time
    ) -> Database:
        """Open (or create) the database at `path` and bring its schema up to date.

        With `check`, a damaged file is detected before use; without it, damage is still
        detected if opening or migrating fails with a corruption error.
        Raises `DatabaseTooNewError` for a database from a newer app (left untouched).
        """
        if sqlite3.sqlite_version_info < MIN_SQLITE:
            raise UnsupportedSqliteError(
                reason(
                    "SQLite %1 is too old; %2 or newer is needed",
                    sqlite3.sqlite_version,
                    ".".join(map(str, MIN_SQLITE)),
                )
            )
        recovery = None
        damage = find_damage(path) if check else None
        if damage is not None:
            recovery = _recover(path, damage, clock())
        try:
            writer = _open_writer(path)
        except sqlite3.DatabaseError as error:
            if recovery is not None or not is_damage(error):
                raise
            recovery = _recover(path, str(error), clock())
            writer = _open_writer(path)
        return cls(path, writer, recovery, clock)

    @contextlib.contextmanager
    def write(self, *, durable: bool = False) -> Iterator[sqlite3.Connection]:
        """A write transaction (BEGIN IMMEDIATE ... COMMIT, rolled back on any exception).

        Write transactions do not nest. With `durable`, the commit is fsynced.
        """
        if self._write_owner == threading.get_ident():
            raise StoreError("write transactions do not nest")
        try:
            with self._write_lock:
                connection = self._writer
                if connection is None:
                    raise DatabaseClosedError(reason("the database is closed"))
                self._write_owner = threading.get_ident()
                try:
                    if durable:
                        connection.execute("PRAGMA synchronous = FULL")
                    connection.execute("BEGIN IMMEDIATE")
                    try:
                        yield connection
                        connection.execute("COMMIT")
                    except BaseException:
                        if connection.in_transaction:
                            connection.execute("ROLLBACK")
                        raise
                finally:
                    if durable:
                        connection.execute("PRAGMA synchronous = NORMAL")
                    self._write_owner = None
        except sqlite3.Error as error:
            raise DatabaseError(reason("the database could not be written: %1", error)) from error

    @contextlib.contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        """This thread's read-only connection, inside one read transaction (nestable)."""
        try:
            connection = self._reader()
            if connection.in_transaction:
                yield connection
                return
            connection.execute("BEGIN")
            try:
                yield connection
            finally:
                connection.execute("COMMIT")
        except sqlite3.Error as error:
            raise DatabaseError(reason("the database could not be read: %1", error)) from error

    def free_writer_cache(self) -> None:
        """Empty the writer connection's page cache (up to 2 MB, filled again from the
        file as needed): on whichever thread wrote, its pages otherwise pin freed memory."""
        with self._write_lock:
            if self._writer is not None:
                with contextlib.suppress(sqlite3.Error):
                    self._writer.execute("PRAGMA shrink_memory")

    def close(self) -> None:
        """Close every connection. Further use raises `DatabaseClosedError`."""
        with self._write_lock:
            writer, self._writer = self._writer, None
        with self._readers_lock:
            readers, self._readers = self._readers, []
        for reader in readers:
            reader.close()
        if writer is not None:
            with contextlib.suppress(sqlite3.Error):
                # Refresh the planner's statistics where useful; the limit keeps it quick
                # on a large database (SQLite before 3.46 has no limit by default).
                writer.execute(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
                writer.execute("PRAGMA optimize")
            writer.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def schema_version(self) -> int:
        with self.read() as connection:
            return migrations.schema_version(connection)

    def _reader(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        with self._readers_lock:
            if self._writer is None:
                raise DatabaseClosedError(reason("the database is closed"))
            if connection is None:
                connection = _connect(self.path)
                connection.execute("PRAGMA query_only = ON")
                self._readers.append(connection)
                self._local.connection = connection
        return connection


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(
        str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
    )
    connection.row_factory = sqlite3.Row
    return connection


def _open_writer(path: Path) -> sqlite3.Connection:
    # SQLite gives the -wal and -shm files the mode of the database file.
    create_private(path)
    for file in (path, *(Path(f"{path}{suffix}") for suffix in SIDE_FILE_SUFFIXES)):
        restrict_entry(file)
    connection = _connect(path)
    try:
        migrations.check_known(connection)  # before changing anything in a newer app's file
        mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StoreError(
                reason("cannot use write-ahead logging for %1 (journal mode %2)", path, mode)
            )
        connection.execute("PRAGMA synchronous = NORMAL")
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("PRAGMA fullfsync = ON")  # macOS: a real flush when one is asked
        connection.execute(f"PRAGMA journal_size_limit = {JOURNAL_SIZE_LIMIT}")
        migrations.migrate(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def _recover(path: Path, reason: str, now: float) -> DatabaseRecovery:
    damaged = set_aside(path, now)
    log.error("database %s is damaged (%s); set aside as %s", path, reason, damaged)
    return DatabaseRecovery(damaged, reason)
