"""Keeps the engine's accounts equal to the store's."""

from __future__ import annotations

from functools import partial

from jego_desktop.domain.accounts import AccountConfig
from jego_desktop.engine.worker import CallEngine
from jego_desktop.models.window.registration_status import RegistrationStatus
from jego_desktop.store.accounts import AccountStore
from jego_desktop.store.database import Database
from jego_desktop.store.secrets import SecretStore


class AccountBinding:
    """Keeps the engine's accounts equal to the store's (at start and after `account add`)."""

    def __init__(
        self,
        engine: CallEngine,
        secrets: SecretStore,
        database: Database | None,
        status: RegistrationStatus,
    ) -> None:
        self._engine = engine
        self._secrets = secrets
        self._store = AccountStore(database) if database else None
        self._status = status
        self._bound: dict[str, AccountConfig] = {}

    def accounts(self) -> list[AccountConfig]:
        return list(self._bound.values())

    def reload(self) -> None:
        wanted = {a.key: a for a in self._store.all()} if self._store else {}
        for key in [k for k in self._bound if k not in wanted]:
            self._engine.remove_account(key)
            del self._bound[key]
        for key, account in wanted.items():
            if self._bound.get(key) != account:
                self._engine.add_account(account, partial(self._secrets.password, key))
                self._bound[key] = account
                self._status.add_account(key, account.number)
