"""Adding, changing and removing bound numbers from the GUI: the store, the keyring, the engine.

The same steps as `jego-desktop account add|remove` (cli/account_commands.py): the password
goes to the keyring first, the account row second, then the running engine is brought in
line by `reload` (AccountBinding.reload). Without a usable keyring the account is kept all
the same and its password held in memory for the session (asked again at the next start).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from jego_desktop.domain.accounts import AccountConfig
from jego_desktop.models.settings.password_keeping import keep_password, keyring_keeps_passwords
from jego_desktop.models.window.engine_texts import engine_text
from jego_desktop.store.accounts import AccountStore
from jego_desktop.store.errors import StoreError
from jego_desktop.store.secrets import SecretStore

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class AccountSaveError(Exception):
    """The account could not be saved; the message is for people."""


class AccountEditor:
    """The bound numbers as the settings view changes them."""

    def __init__(
        self, store: AccountStore, secrets: SecretStore, reload: Callable[[], None]
    ) -> None:
        self._store = store
        self._secrets = secrets
        self._reload = reload

    def accounts(self) -> list[AccountConfig]:
        return self._store.all()

    def stored_password(self, key: str) -> str:
        """The keyring's password of `key` ("" when there is none), to test edited settings."""
        return self._secrets.password(key) or ""

    def add(self, config: AccountConfig, password: str) -> None:
        if not password:
            raise AccountSaveError(translate("AccountEditor", "A password is needed."))
        if self._store.get(config.key) is not None:
            raise AccountSaveError(translate("AccountEditor", "%s is already bound.") % config.key)
        self._keep_password(config.key, password)
        try:
            self._store.add(config)
        except StoreError as error:
            self._secrets.delete_password(config.key)
            raise AccountSaveError(engine_text(str(error))) from error
        log.info("account %s added", config.key)
        self._reload()

    def update(self, old_key: str, config: AccountConfig, password: str) -> None:
        """Replace `old_key`'s settings; an empty `password` keeps the stored one."""
        if config.key != old_key and self._store.get(config.key) is not None:
            raise AccountSaveError(translate("AccountEditor", "%s is already bound.") % config.key)
        keep = password or self._secrets.password(old_key) or ""
        if not keep:
            raise AccountSaveError(translate("AccountEditor", "A password is needed."))
        self._keep_password(config.key, keep)
        try:
            self._store.update(old_key, config)
        except StoreError as error:
            raise AccountSaveError(engine_text(str(error))) from error
        if config.key != old_key:
            self._secrets.delete_password(old_key)
        log.info("account %s updated (now %s)", old_key, config.key)
        self._reload()

    def remove(self, key: str) -> None:
        if not self._store.delete(key):
            raise AccountSaveError(translate("AccountEditor", "%s is not bound.") % key)
        self._secrets.delete_password(key)
        log.info("account %s removed", key)
        self._reload()

    def keyring_keeps_passwords(self) -> bool:
        """False when a password typed now lasts only until the app quits."""
        return keyring_keeps_passwords()

    def _keep_password(self, key: str, password: str) -> None:
        keep_password(self._secrets, key, password)
