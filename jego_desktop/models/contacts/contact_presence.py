"""Keeps the engine watching the presence of every contact, on every account."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from jego_desktop.domain.accounts import AccountConfig
from jego_desktop.models.contacts.contacts_model import ContactsModel

Watch = Callable[[str, list[str]], None]


class ContactPresenceWatch(QObject):
    """Binds the contacts model to every account and hands the engine, per account, the
    contacts' URIs it resolves there whenever accounts or contacts change: numbers on
    every account's domain, a SIP address on the account whose domain it names (on
    every account when it names none of them).

    `watch` is CallEngine.watch_presence; `accounts` lists the configured accounts.
    """

    def __init__(
        self,
        contacts: ContactsModel,
        watch: Watch,
        accounts: Callable[[], list[AccountConfig]],
        home_region: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._contacts = contacts
        self._watch = watch
        self._accounts = accounts
        self._home_region = home_region
        self._sent: dict[str, list[str]] = {}
        contacts.contacts_changed.connect(self.refresh)

    def refresh(self, force: bool = False) -> None:
        """Send each account's watched set again when it changed (always with `force`)."""
        accounts = list(self._accounts())
        self._contacts.bind_accounts(
            [(account.key, account.domain) for account in accounts], self._home_region
        )
        wanted = {account.key: self._contacts.watched_uris(account.key) for account in accounts}
        for key, uris in self._sent.items():
            if key not in wanted and uris:
                self._watch(key, [])  # the account is gone: its buddies go too
        for key, uris in wanted.items():
            if force or self._sent.get(key) != uris:
                self._watch(key, uris)
        self._sent = wanted

    def accounts_changed(self) -> None:
        """An account was added, changed or removed: its buddies went with it."""
        self.refresh(force=True)
