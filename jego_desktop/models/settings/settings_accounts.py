"""The bound numbers as a list for the settings view, each with its registration state."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Slot,
)

from jego_desktop.domain.accounts import AccountConfig, RegistrationState
from jego_desktop.models.contacts.peer_text import display_number
from jego_desktop.models.plain_tooltip import plain_tooltip
from jego_desktop.models.window.engine_texts import engine_text

if TYPE_CHECKING:
    from jego_desktop.domain.engine_events import RegistrationChanged
    from jego_desktop.models.window.registration_status import RegistrationStatus

_Index = QModelIndex | QPersistentModelIndex


class AccountRole(enum.IntEnum):
    KEY = Qt.ItemDataRole.UserRole + 1
    CONFIG = Qt.ItemDataRole.UserRole + 2
    STATE = Qt.ItemDataRole.UserRole + 3  # RegistrationState or None (not heard of yet)
    STATE_TEXT = Qt.ItemDataRole.UserRole + 4
    SERVER_TEXT = Qt.ItemDataRole.UserRole + 5


class AccountListModel(QAbstractListModel):
    """One row per bound number; follows `status` (RegistrationStatus) for the states."""

    def __init__(self, status: RegistrationStatus | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._accounts: list[AccountConfig] = []
        self._status = status
        if status is not None:
            status.changed.connect(self._on_status_changed)

    def set_accounts(self, accounts: list[AccountConfig]) -> None:
        self.beginResetModel()
        self._accounts = list(accounts)
        self.endResetModel()

    def account(self, row: int) -> AccountConfig | None:
        return self._accounts[row] if 0 <= row < len(self._accounts) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._accounts)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._accounts):
            return None
        account = self._accounts[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            name = account.display_name
            number = display_number(account.number)
            return f"{name} ({number})" if name else number
        if role == AccountRole.KEY:
            return account.key
        if role == AccountRole.CONFIG:
            return account
        if role == AccountRole.SERVER_TEXT:
            return f"{account.server} · {account.transport.value.upper()}"
        event = self._event(account.key)
        if role == AccountRole.STATE:
            return None if event is None else event.state
        if role == AccountRole.STATE_TEXT:
            return self.describe(event)
        if role == Qt.ItemDataRole.ToolTipRole:  # the reason may be the server's own words
            return plain_tooltip(self.describe(event))
        return None

    def _event(self, key: str) -> RegistrationChanged | None:
        return None if self._status is None else self._status.state_of(key)

    def describe(self, event: RegistrationChanged | None) -> str:
        if event is None or event.state is RegistrationState.REGISTERING:
            return self.tr("Connecting…")
        if event.state is RegistrationState.REGISTERED:
            return self.tr("Online")
        if event.state is RegistrationState.UNREGISTERED:
            return self.tr("Offline")
        return self.tr("Not connected: %s") % engine_text(event.reason)

    @Slot(str)
    def _on_status_changed(self, _summary: str) -> None:
        if self._accounts:
            last = self.index(len(self._accounts) - 1)
            self.dataChanged.emit(self.index(0), last)
