"""Keeps the engine's accounts equal to the store's."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from jego_desktop.domain.accounts import AccountConfig
from jego_desktop.engine.worker import CallEngine
from jego_desktop.models.settings.password_keeping import keep_password, keyring_keeps_passwords
from jego_desktop.models.window.registration_status import RegistrationStatus
from jego_desktop.store.accounts import AccountStore
from jego_desktop.store.database import Database
from jego_desktop.store.secrets import SecretStore, keyring_status
from jego_desktop.ui.style import current_palette

if TYPE_CHECKING:
    from jego_desktop.ui.settings.password_prompt import PasswordPrompt, PasswordPrompts

log = logging.getLogger(__name__)


class _PasswordMissing(QObject):
    """Carries "no password for this key" from the engine thread to the GUI thread."""

    missing = Signal(str)


class AccountBinding:
    """Keeps the engine's accounts equal to the store's (at start and after `account add`).

    An account whose password is nowhere waits (`waiting_for_password`) instead of
    registering with an empty one: known at once without a usable keyring; with one, when
    the engine thread reads nothing from it. `password_needed` then names the account.
    """

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
        self._waiting: dict[str, AccountConfig] = {}
        self._relay = _PasswordMissing()
        self._relay.missing.connect(self._on_password_missing)  # queued from the engine
        self.password_needed: Callable[[AccountConfig], None] | None = None

    def accounts(self) -> list[AccountConfig]:
        return list(self._bound.values())

    def waiting_for_password(self) -> list[AccountConfig]:
        return list(self._waiting.values())

    def show_stored(self) -> None:
        """Show the stored numbers in the window before `reload` binds them (the
        keyring it may ask is imported after the window's first paint)."""
        for account in self._store.all() if self._store else []:
            self._status.add_account(account.key, account.number)

    def reload(self) -> None:
        wanted = {a.key: a for a in self._store.all()} if self._store else {}
        for key in [k for k in self._bound if k not in wanted]:
            self._engine.remove_account(key)
            del self._bound[key]
        for key in [k for k in self._waiting if k not in wanted]:
            del self._waiting[key]
            self._status.forget(key)
        keyring_usable: bool | None = None
        for key, account in wanted.items():
            if self._bound.get(key) == account:
                continue
            if not self._secrets.held_for_session(key):
                if keyring_usable is None:
                    keyring_usable = keyring_status().usable
                if not keyring_usable:
                    self._wait_for_password(key, account)
                    continue
            self._waiting.pop(key, None)
            self._engine.add_account(account, partial(self._password_of, key))
            self._bound[key] = account
            self._status.add_account(key, account.number)

    def _password_of(self, key: str) -> str | None:
        """The engine thread's read; nothing found is reported to the GUI thread."""
        password = self._secrets.password(key)
        if password is None:
            self._relay.missing.emit(key)
        return password

    def _on_password_missing(self, key: str) -> None:
        account = self._bound.get(key)
        if account is None:
            return
        self._wait_for_password(key, account)
        if self.password_needed is not None:
            self.password_needed(account)

    def _wait_for_password(self, key: str, account: AccountConfig) -> None:
        if key in self._bound:
            self._engine.remove_account(key)  # no more REGISTERs with an empty password
            del self._bound[key]
        self._waiting[key] = account
        log.info("account %s waits for its password: no keyring holds it", key)
        self._status.add_account(key, account.number)
        self._status.set_password_needed(key)


class MissingPasswords:
    """Asks for the password of each account no keyring kept; each one given registers
    its account at once. The dialogs (and their module) are made at the first account to
    ask for: most starts ask for none (issue #15)."""

    def __init__(self, window: QWidget, bound: AccountBinding, secrets: SecretStore) -> None:
        self._window = window
        self._bound = bound
        self._secrets = secrets
        self._prompts: PasswordPrompts | None = None

    @property
    def dialog(self) -> PasswordPrompt | None:
        return self._prompts.dialog if self._prompts is not None else None

    def ask(self, accounts: list[AccountConfig]) -> None:
        if not accounts and self._prompts is None:
            return
        if self._prompts is None:
            from jego_desktop.ui.settings.password_prompt import PasswordPrompts

            self._prompts = PasswordPrompts(
                self._window,
                current_palette(),
                self._supply,
                keyring_keeps_passwords,
                parent=self._window,
            )
        self._prompts.ask(accounts)

    def _supply(self, key: str, password: str) -> None:
        keep_password(self._secrets, key, password)
        self._bound.reload()


def ask_missing_passwords(
    window: QWidget, bound: AccountBinding, secrets: SecretStore
) -> MissingPasswords:
    """Once the window is up, ask for the password of each account no keyring kept."""
    prompts = MissingPasswords(window, bound, secrets)
    bound.password_needed = lambda account: prompts.ask([account])
    QTimer.singleShot(0, lambda: prompts.ask(bound.waiting_for_password()))
    return prompts
