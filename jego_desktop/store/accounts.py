"""Accounts and their settings. Passwords are never here: they live in the keyring."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping

from jego_desktop.domain.accounts import AccountConfig, SrtpMode, Transport
from jego_desktop.domain.reasons import reason
from jego_desktop.store.database import Database
from jego_desktop.store.errors import DuplicateAccountError, NotFoundError

_COLUMNS = "number, server, transport, username, display_name, srtp, register_expires"


class AccountStore:
    """The bound numbers of the profile, in the order they were added, by key."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def add(
        self, config: AccountConfig, settings: Mapping[str, object] | None = None
    ) -> AccountConfig:
        """Store a new account; `DuplicateAccountError` if its key is taken."""
        settings_json = _settings_json(settings or {})
        with self._db.write() as connection:
            try:
                connection.execute(
                    f"INSERT INTO accounts (key, {_COLUMNS}, settings, created_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (config.key, *_values(config), settings_json, self._db.now()),
                )
            except sqlite3.IntegrityError as error:
                raise DuplicateAccountError(reason("the account %1 exists", config.key)) from error
        return config

    def get(self, key: str) -> AccountConfig | None:
        with self._db.read() as connection:
            row = connection.execute(
                f"SELECT {_COLUMNS} FROM accounts WHERE key = ?", (key,)
            ).fetchone()
            return None if row is None else _config(row)

    def all(self) -> list[AccountConfig]:
        with self._db.read() as connection:
            rows = connection.execute(f"SELECT {_COLUMNS} FROM accounts ORDER BY id").fetchall()
        return [_config(row) for row in rows]

    def update(self, key: str, config: AccountConfig) -> AccountConfig:
        """Replace the account stored under `key`; its settings are kept.

        When the number or server changes, the key changes: the account's conversations
        and call history move to the new key in the same transaction.
        """
        with self._db.write() as connection:
            try:
                cursor = connection.execute(
                    "UPDATE accounts SET key = ?, number = ?, server = ?, transport = ?,"
                    " username = ?, display_name = ?, srtp = ?, register_expires = ?"
                    " WHERE key = ?",
                    (config.key, *_values(config), key),
                )
            except sqlite3.IntegrityError as error:
                raise DuplicateAccountError(reason("the account %1 exists", config.key)) from error
            if cursor.rowcount == 0:
                raise NotFoundError(f"no account {key}")
            if config.key != key:
                for table in ("conversations", "calls"):
                    connection.execute(
                        f"UPDATE {table} SET account_key = ? WHERE account_key = ?",
                        (config.key, key),
                    )
        return config

    def delete(self, key: str) -> bool:
        """Forget the account. Its conversations and calls stay, under the same key."""
        with self._db.write() as connection:
            return connection.execute("DELETE FROM accounts WHERE key = ?", (key,)).rowcount > 0

    def settings(self, key: str) -> dict[str, object]:
        """A fresh copy of the account's settings (a JSON object)."""
        with self._db.read() as connection:
            row = connection.execute("SELECT settings FROM accounts WHERE key = ?", (key,))
            found = row.fetchone()
        if found is None:
            raise NotFoundError(f"no account {key}")
        loaded = json.loads(found[0])
        return dict(loaded) if isinstance(loaded, dict) else {}

    def set_settings(self, key: str, settings: Mapping[str, object]) -> None:
        """Replace the account's settings; values must be JSON-serialisable."""
        settings_json = _settings_json(settings)
        with self._db.write() as connection:
            cursor = connection.execute(
                "UPDATE accounts SET settings = ? WHERE key = ?", (settings_json, key)
            )
            if cursor.rowcount == 0:
                raise NotFoundError(f"no account {key}")


def _values(config: AccountConfig) -> tuple[str, str, str, str, str, str, int]:
    return (
        config.number,
        config.server,
        config.transport.value,
        config.username,
        config.display_name,
        config.srtp.value,
        config.register_expires,
    )


def _config(row: sqlite3.Row) -> AccountConfig:
    return AccountConfig(
        number=row["number"],
        server=row["server"],
        transport=Transport(row["transport"]),
        username=row["username"],
        display_name=row["display_name"],
        srtp=SrtpMode(row["srtp"]),
        register_expires=int(row["register_expires"]),
    )


def _settings_json(settings: Mapping[str, object]) -> str:
    try:
        return json.dumps(dict(settings), ensure_ascii=False, sort_keys=True, allow_nan=False)
    except (TypeError, ValueError) as error:
        raise ValueError(f"account settings must be plain JSON values: {error}") from error
