"""Keeps the engine watching the presence of every contact, on the first account."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from jego_desktop.domain.accounts import AccountConfig
from jego_desktop.models.contacts_model import ContactsModel

Watch = Callable[[str, list[str]], None]


class ContactPresenceWatch(QObject):
    """Binds the contacts model to the first account (as the dial pad dials through it)
    and hands the engine the contacts' URIs whenever accounts or contacts change.

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
        self._sent: tuple[str, list[str]] | None = None
        contacts.contacts_changed.connect(self.refresh)

    def refresh(self, force: bool = False) -> None:
        """Send the watched set again when it changed (always with `force`)."""
        first = next(iter(self._accounts()), None)
        if first is None:
            self._contacts.bind_account(None, None)
            if self._sent is not None and self._sent[1]:
                self._watch(self._sent[0], [])
            self._sent = None
            return
        self._contacts.bind_account(first.key, first.domain, self._home_region)
        wanted = (first.key, self._contacts.watched_uris())
        if self._sent is not None and self._sent[0] != first.key and self._sent[1]:
            self._watch(self._sent[0], [])  # the account we watched through is gone
        if force or wanted != self._sent:
            self._watch(*wanted)
        self._sent = wanted

    def accounts_changed(self) -> None:
        """An account was added, changed or removed: its buddies went with it."""
        self.refresh(force=True)
