"""The call history as a list model: newest first, missed calls marked."""

from __future__ import annotations

import enum
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    Qt,
    Slot,
)

from jego_desktop.domain.call_history import CallHistoryEntry
from jego_desktop.domain.calls import CallDirection
from jego_desktop.domain.my_status import MISSED_WHILE_BUSY
from jego_desktop.domain.sip_reasons import CONNECTION_LOST
from jego_desktop.models.contacts.peer_text import display_number, peer_number
from jego_desktop.models.model_index import Index
from jego_desktop.models.role_names import role_names


class HistorySource(Protocol):
    """The part of `store.calls.CallHistory` the model reads."""

    def recent(
        self, *, limit: int = 200, account_key: str | None = None
    ) -> list[CallHistoryEntry]: ...


class HistoryRole(enum.IntEnum):
    ENTRY = Qt.ItemDataRole.UserRole + 1  # the CallHistoryEntry
    PEER = enum.auto()  # the remote URI, as stored
    NUMBER = enum.auto()  # the user part of the peer, or the whole URI
    DIRECTION = enum.auto()  # CallDirection
    MISSED = enum.auto()  # bool
    STARTED_AT = enum.auto()  # epoch seconds
    DURATION = enum.auto()  # seconds talked, 0 when never answered
    ACCOUNT_KEY = enum.auto()


class CallHistoryModel(QAbstractListModel):
    """Finished calls from a `HistorySource`; `on_call_logged` reloads them.

    Without a source (no database) the model is empty.
    """

    def __init__(
        self,
        source: HistorySource | None = None,
        home_region: str = "",
        limit: int = 200,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._home_region = home_region
        self._limit = limit
        self._entries: list[CallHistoryEntry] = []
        self.refresh()

    def set_source(self, source: HistorySource | None) -> None:
        self._source = source
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._entries = self._source.recent(limit=self._limit) if self._source else []
        self.endResetModel()

    @Slot(object)
    def on_call_logged(self, _entry: CallHistoryEntry) -> None:
        self.refresh()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802 - Qt override
        return role_names(super().roleNames(), HistoryRole)

    def entry(self, row: int) -> CallHistoryEntry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.entry(index.row()) if index.isValid() else None
        if entry is None:
            return None
        record = entry.record
        if role == Qt.ItemDataRole.DisplayRole:
            return display_number(record.peer, self._home_region)
        if role == HistoryRole.NUMBER:
            return peer_number(record.peer)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._describe(entry)
        answered = record.answered_at
        values: dict[int, Any] = {
            HistoryRole.ENTRY: entry,
            HistoryRole.PEER: record.peer,
            HistoryRole.DIRECTION: record.direction,
            HistoryRole.MISSED: entry.missed,
            HistoryRole.STARTED_AT: record.started_at,
            HistoryRole.DURATION: max(0, round(record.ended_at - answered)) if answered else 0,
            HistoryRole.ACCOUNT_KEY: record.account_key,
        }
        return values.get(role)

    def _describe(self, entry: CallHistoryEntry) -> str:
        number = display_number(entry.record.peer, self._home_region)
        if entry.missed and entry.record.reason == MISSED_WHILE_BUSY:
            return self.tr("Missed call from %s while on Do not disturb") % number
        if entry.missed:
            return self.tr("Missed call from %s") % number
        if entry.record.direction is CallDirection.INCOMING:
            text = self.tr("Incoming call from %s") % number
        else:
            text = self.tr("Outgoing call to %s") % number
        if entry.record.reason == CONNECTION_LOST:
            return self.tr("%s, connection lost") % text
        return text
