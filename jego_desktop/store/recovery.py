"""Detecting a damaged database file and moving it aside, untouched, before starting anew."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from jego_desktop.domain.reasons import reason

_DAMAGE_CODES = ("SQLITE_CORRUPT", "SQLITE_NOTADB")
_DAMAGE_MESSAGES = ("file is not a database", "database disk image is malformed")
SIDE_FILE_SUFFIXES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True)
class DatabaseRecovery:
    """A damaged database was set aside and a new one started; tell the user."""

    damaged_path: Path
    reason: str

    @property
    def user_message(self) -> str:
        return reason(
            "Your message database was damaged and has been set aside as %1;"
            " a new one was started.",
            self.damaged_path,
        )


def is_damage(error: sqlite3.DatabaseError) -> bool:
    """Whether an error says the file's content is bad (not busy, locked or missing)."""
    name = getattr(error, "sqlite_errorname", "")  # Python 3.11+
    if name:
        return str(name).startswith(_DAMAGE_CODES)
    return any(text in str(error) for text in _DAMAGE_MESSAGES)


def find_damage(path: Path) -> str | None:
    """Why the database at `path` is damaged, or None if it looks sound (or is absent).

    Opens it read-only: a read-only connection never checkpoints its write-ahead log
    into the file nor deletes the log, so both stay byte for byte as they were. It may
    refresh the -shm file, a transient index SQLite rebuilds from the log on any open.
    (`immutable=1` would touch nothing but ignores the log, and would call a database
    caught in the middle of a checkpoint damaged.)
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None
        )
    except sqlite3.DatabaseError as error:
        return str(error) if is_damage(error) else None
    try:
        problems = [row[0] for row in connection.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as error:
        # Anything else (busy, locked, a hot journal) is for the writer to meet and report.
        return str(error) if is_damage(error) else None
    finally:
        connection.close()
    return None if problems == ["ok"] else "; ".join(problems)


def set_aside(path: Path, now: float | None = None) -> Path:
    """Rename the database and its side files to a new timestamped name in the same folder.

    Nothing is deleted or overwritten; the log and shared-memory files keep their
    suffixes so the set-aside copy still opens with SQLite as it was.
    """
    stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(time.time() if now is None else now))
    for attempt in range(1000):
        extra = f"-{attempt}" if attempt else ""
        target = path.with_name(f"{path.stem}.damaged-{stamp}{extra}{path.suffix}")
        candidates = [target, *(Path(f"{target}{suffix}") for suffix in SIDE_FILE_SUFFIXES)]
        if not any(candidate.exists() for candidate in candidates):
            break
    else:
        raise FileExistsError(f"no free name to set {path} aside")
    for suffix in SIDE_FILE_SUFFIXES:
        side = Path(f"{path}{suffix}")
        if side.exists():
            side.rename(f"{target}{suffix}")
    path.rename(target)
    return target
