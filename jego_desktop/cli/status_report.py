"""The answer to `status [--json]`, in one shape whether the app runs or not.

The JSON object is a documented, stable interface (README, "Using it"):
`running`, `my_status` (`online`, `away`, `busy`, `invisible`), `accounts` (`number`,
`server`, `transport`, `registered`, and `reason` only when not registered), `calls`
(`id`, `peer`, `direction`, `state`) and `unread`. With no running instance the accounts
and the unread count come from the profile's database, my status from its settings.ini,
every account is unregistered with the reason `NOT_RUNNING` and there are no calls.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from jego_desktop.domain.accounts import AccountConfig
from jego_desktop.domain.commands import Reply
from jego_desktop.domain.my_status import MyStatus
from jego_desktop.models.window.my_status import saved_status
from jego_desktop.store.accounts import AccountStore
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.errors import StoreError
from jego_desktop.store.recovery import find_damage

NOT_RUNNING = "Jego Desktop is not running"


def account_entry(account: AccountConfig, registered: bool, reason: str) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "number": account.number,
        "server": account.server,
        "transport": account.transport.value,
        "registered": registered,
    }
    if not registered:
        entry["reason"] = reason
    return entry


def status_object(
    accounts: list[dict[str, Any]],
    calls: list[dict[str, Any]],
    unread: int,
    *,
    running: bool,
    my_status: MyStatus,
) -> dict[str, Any]:
    return {
        "running": running,
        "my_status": my_status.value,
        "accounts": accounts,
        "calls": calls,
        "unread": unread,
    }


def status_reply(status: dict[str, Any], as_json: bool) -> Reply:
    if as_json:
        return Reply(0, output=json.dumps(status, ensure_ascii=False))
    lines = [] if status["running"] else [f"{NOT_RUNNING} for this profile"]
    lines.append(f"my status: {_status_text(status['my_status'])}")
    lines += [
        f"{a['number']} on {a['server']} ({a['transport']}): "
        + ("registered" if a["registered"] else f"not registered ({a.get('reason', '')})")
        for a in status["accounts"]
    ] or ["no bound number"]
    lines += [f"call {c['id']}: {c['direction']} {c['peer']} {c['state']}" for c in status["calls"]]
    lines.append(f"unread messages: {status['unread']}")
    return Reply(0, output="\n".join(lines))


def _status_text(value: str) -> str:
    return "busy (do not disturb)" if value == MyStatus.BUSY.value else value


def stored_my_status(settings_path: Path) -> MyStatus:
    """My status as the profile's settings.ini keeps it (Online without one); never written."""
    if not settings_path.exists():
        return MyStatus.ONLINE
    return saved_status(QSettings(str(settings_path), QSettings.Format.IniFormat))


def stored_status(database_path: Path, settings_path: Path) -> dict[str, Any]:
    """The status of a profile whose app is not running, read from its database and settings.

    A profile without a database yet has no accounts and nothing unread; none is created.
    Raises `StoreError` when the database cannot be read.
    """
    my_status = stored_my_status(settings_path)
    if not database_path.exists():
        return status_object([], [], 0, running=False, my_status=my_status)
    # Opening sets a damaged file aside; a status query must leave that to the app.
    damage = find_damage(database_path)
    if damage is not None:
        raise StoreError(f"it is damaged ({damage}); start Jego Desktop to repair it")
    with Database.open(database_path, check=False) as database:
        accounts = [account_entry(a, False, NOT_RUNNING) for a in AccountStore(database).all()]
        unread = ConversationStore(database).unread_total()
    return status_object(accounts, [], unread, running=False, my_status=my_status)


def stored_status_reply(database_path: Path, settings_path: Path, as_json: bool) -> Reply:
    try:
        status = stored_status(database_path, settings_path)
    except (StoreError, sqlite3.Error, OSError) as error:
        return Reply(1, error=f"cannot read the profile's database: {error}")
    return status_reply(status, as_json)
