"""Voicemail: what each account's mailbox says waits, and the number that reaches it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal, Slot

from jego_desktop.domain.errors import StoreError

if TYPE_CHECKING:
    from jego_desktop.domain.accounts import AccountConfig
    from jego_desktop.domain.engine_events import VoicemailChanged
    from jego_desktop.domain.message_summary import MessageSummary

NUMBER_SETTING = "voicemail_number"  # what the user typed, or what the mailbox named
LEARNED_SETTING = "voicemail_number_learned"  # True: it came from a Message-Account


class AccountSettings(Protocol):
    """The part of `store.accounts.AccountStore` used here."""

    def settings(self, key: str) -> dict[str, object]: ...
    def set_settings(self, key: str, settings: dict[str, object]) -> None: ...


class VoicemailBox(QObject):
    """New voicemails per account (from VoicemailChanged) and each account's voicemail
    number: the user's setting, filled from the mailbox's Message-Account while the user
    has set none.

    Signals:
        changed(): counts or numbers changed.
        call_requested(str, str): call this URI from this account key.
    """

    changed = Signal()
    call_requested = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._summaries: dict[str, MessageSummary] = {}
        self._accounts: Callable[[], list[AccountConfig]] = list
        self._settings: AccountSettings | None = None

    def set_sources(
        self, accounts: Callable[[], list[AccountConfig]], settings: AccountSettings | None
    ) -> None:
        self._accounts = accounts
        self._settings = settings
        self.changed.emit()

    @Slot(object)
    def on_voicemail_changed(self, event: VoicemailChanged) -> None:
        self._summaries[event.account_key] = event.summary
        if event.summary.account:
            self._learn_number(event.account_key, event.summary.account)
        self.changed.emit()

    def accounts_changed(self) -> None:
        """Forget the mailboxes of accounts that are gone."""
        keys = {account.key for account in self._accounts()}
        for key in [k for k in self._summaries if k not in keys]:
            del self._summaries[key]
        self.changed.emit()

    # ----- what is shown --------------------------------------------------------------

    def new_count(self, account_key: str | None = None) -> int:
        """New voicemails of one account, or of all."""
        if account_key is not None:
            summary = self._summaries.get(account_key)
            return summary.new_voicemails if summary else 0
        return sum(summary.new_voicemails for summary in self._summaries.values())

    def has_mailbox(self) -> bool:
        """Some account has a mailbox that spoke, or a voicemail number."""
        return bool(self._summaries) or self.account_to_call() is not None

    def account_to_call(self) -> AccountConfig | None:
        """The account whose voicemail "Call voicemail" dials: the first with new
        messages, else the first with a voicemail number."""
        accounts = [a for a in self._accounts() if self.number(a.key)]
        waiting = [a for a in accounts if self.new_count(a.key)]
        return next(iter(waiting or accounts), None)

    # ----- numbers --------------------------------------------------------------------

    def number(self, account_key: str) -> str:
        value = self._read(account_key).get(NUMBER_SETTING)
        return value.strip() if isinstance(value, str) else ""

    def set_number(self, account_key: str, number: str) -> None:
        """The user's own voicemail number ("" lets the mailbox name it again)."""
        self._write(account_key, number.strip(), learned=False)
        self.changed.emit()

    def _learn_number(self, account_key: str, uri: str) -> None:
        current = self._read(account_key)
        if current.get(NUMBER_SETTING) and not current.get(LEARNED_SETTING):
            return  # the user's own number wins over what the network says
        if current.get(NUMBER_SETTING) != uri:
            self._write(account_key, uri, learned=True)

    def call_voicemail(self) -> bool:
        """Dial the voicemail of `account_to_call`; False when there is none to dial."""
        account = self.account_to_call()
        if account is None:
            return False
        self.call_requested.emit(voicemail_uri(self.number(account.key), account), account.key)
        return True

    def _read(self, account_key: str) -> dict[str, object]:
        if self._settings is None:
            return {}
        try:
            return self._settings.settings(account_key)
        except StoreError:
            return {}

    def _write(self, account_key: str, number: str, *, learned: bool) -> None:
        if self._settings is None:
            return
        settings = self._read(account_key)
        if number:
            settings[NUMBER_SETTING] = number
            settings[LEARNED_SETTING] = learned
        else:
            settings.pop(NUMBER_SETTING, None)
            settings.pop(LEARNED_SETTING, None)
        with contextlib.suppress(StoreError):  # the account was removed, or the disk failed
            self._settings.set_settings(account_key, settings)


def voicemail_uri(number: str, account: AccountConfig) -> str:
    """A SIP URI as it is; anything else (e.g. "*86", "+86 138 0013 8000") at the
    account's domain, without the spaces and dashes people write."""
    if number.lower().startswith(("sip:", "sips:")):
        return number
    if number.lower().startswith("tel:"):
        number = number[4:]
    user = "".join(c for c in number if c not in " -.()\t")
    return f"sip:{user}@{account.domain}"
