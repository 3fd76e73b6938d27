"""Schema versions: `PRAGMA user_version` says which steps a database has had.

A step is a SQL script that moves the schema (and data) from version N-1 to N. Each
step runs in its own transaction together with the version bump, so a database is
always at exactly one version. To change the schema, add a module `vNNN_what.py` with
a `SCRIPT` and append it to `STEPS`; never edit a released step.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from jego_desktop.store.errors import DatabaseTooNewError
from jego_desktop.store.migrations import (
    v001_initial,
    v002_auto_downloads,
    v003_peer_formats,
    v004_replies,
    v005_direct_call_key,
    v006_groups,
)

STEPS: tuple[str, ...] = (
    v001_initial.SCRIPT,
    v002_auto_downloads.SCRIPT,
    v003_peer_formats.SCRIPT,
    v004_replies.SCRIPT,
    v005_direct_call_key.SCRIPT,
    v006_groups.SCRIPT,
)
LATEST_VERSION = len(STEPS)


def schema_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def migrate(
    connection: sqlite3.Connection,
    target: int | None = None,
    steps: Sequence[str] = STEPS,
) -> int:
    """Bring the database to `target` (default: the latest) and return its version.

    `connection` must be in autocommit mode (`isolation_level=None`).
    """
    target = len(steps) if target is None else target
    version = check_known(connection, steps)
    while version < target:
        version += 1
        _apply(connection, steps[version - 1], version)
    return version


def check_known(connection: sqlite3.Connection, steps: Sequence[str] = STEPS) -> int:
    """The database's version; `DatabaseTooNewError` if a newer app wrote it."""
    version = schema_version(connection)
    if version > len(steps):
        raise DatabaseTooNewError(
            f"the database has schema version {version}; this app knows up to {len(steps)}"
        )
    return version


def _apply(connection: sqlite3.Connection, script: str, version: int) -> None:
    # executescript() would commit an open transaction first, so the script carries
    # its own BEGIN and COMMIT; a failure leaves the transaction open for the rollback.
    try:
        connection.executescript(
            f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version = {version};\nCOMMIT;"
        )
    except BaseException:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        raise
