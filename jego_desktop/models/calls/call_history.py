"""The call history as a list model: newest first, missed calls marked, contacts named."""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
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
from jego_desktop.domain.errors import StoreError
from jego_desktop.domain.my_status import MISSED_WHILE_BUSY
from jego_desktop.models.calls.call_outcome import answered_end_text, end_reason_text, failed
from jego_desktop.models.calls.call_time import format_duration
from jego_desktop.models.contacts.peer_text import display_number, peer_number
from jego_desktop.models.model_index import Index
from jego_desktop.models.role_names import role_names

log = logging.getLogger(__name__)


class HistorySource(Protocol):
    """The part of `store.calls.CallHistory` the model reads."""

    def recent(
        self, *, limit: int = 200, account_key: str | None = None, missed_only: bool = False
    ) -> list[CallHistoryEntry]: ...

    def delete(self, entry_id: int) -> bool: ...

    def clear(self) -> int: ...


class HistoryRole(enum.IntEnum):
    ENTRY = Qt.ItemDataRole.UserRole + 1  # the CallHistoryEntry
    PEER = enum.auto()  # the remote URI, as stored
    NUMBER = enum.auto()  # the user part of the peer, or the whole URI
    DIRECTION = enum.auto()  # CallDirection
    MISSED = enum.auto()  # bool
    STARTED_AT = enum.auto()  # epoch seconds
    DURATION = enum.auto()  # seconds talked, 0 when never answered
    ACCOUNT_KEY = enum.auto()
    NAME = enum.auto()  # the contact's name, "" when the peer is no contact
    DISPLAY_NUMBER = enum.auto()  # the number as people write it
    DETAIL = enum.auto()  # the second line: the number under a name, kind, length, outcome


class CallHistoryModel(QAbstractListModel):
    """Finished calls from a `HistorySource`; `on_call_logged` reloads them.

    Without a source (no database) the model is empty. `names` finds a contact's name
    for a peer's address (PeerNames.name_for).
    """

    def __init__(
        self,
        source: HistorySource | None = None,
        home_region: str = "",
        limit: int = 200,
        parent: QObject | None = None,
        names: Callable[[str], str] = lambda _uri: "",
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._home_region = home_region
        self._names = names
        self._limit = limit
        self._entries: list[CallHistoryEntry] = []
        self._missed_only = False
        self.refresh()

    def set_source(self, source: HistorySource | None) -> None:
        self._source = source
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._entries = (
            self._source.recent(limit=self._limit, missed_only=self._missed_only)
            if self._source
            else []
        )
        self.endResetModel()

    @property
    def missed_only(self) -> bool:
        return self._missed_only

    def set_missed_only(self, missed_only: bool) -> None:
        """Show only missed calls (True) or every call."""
        if missed_only != self._missed_only:
            self._missed_only = missed_only
            self.refresh()

    def clear(self) -> bool:
        """Delete the whole call history; False when it could not be deleted."""
        if self._source is None:
            return False
        try:
            self._source.clear()
        except StoreError:
            log.exception("could not clear the call history")
            return False
        self.refresh()
        return True

    def set_names(self, names: Callable[[str], str]) -> None:
        """Contacts changed (or the lookup did): every row is named again."""
        self._names = names
        if self._entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._entries) - 1, 0))

    def delete_row(self, row: int) -> bool:
        """Remove one call from the history; False when it could not be deleted."""
        entry = self.entry(row)
        if entry is None or self._source is None:
            return False
        try:
            deleted = self._source.delete(entry.id)
        except StoreError:
            log.exception("could not delete the call %s from the history", entry.id)
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._entries[row]
        self.endRemoveRows()
        return deleted

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
            return self._names(record.peer) or display_number(record.peer, self._home_region)
        if role == HistoryRole.NUMBER:
            return peer_number(record.peer)
        if role == HistoryRole.NAME:
            return self._names(record.peer)
        if role == HistoryRole.DISPLAY_NUMBER:
            return display_number(record.peer, self._home_region)
        if role == HistoryRole.DETAIL:
            return self._detail(entry)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            described = self._describe(entry)
            return described if entry.missed else f"{described}: {self._outcome(entry)}"
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

    def _who(self, entry: CallHistoryEntry) -> str:
        number = display_number(entry.record.peer, self._home_region)
        name = self._names(entry.record.peer)
        return f"{name} ({number})" if name else number

    def _detail(self, entry: CallHistoryEntry) -> str:
        """The row's second line; a contact's number comes first, under the name."""
        outcome = self._outcome(entry)
        if self._names(entry.record.peer):
            return f"{display_number(entry.record.peer, self._home_region)} · {outcome}"
        return outcome

    def _outcome(self, entry: CallHistoryEntry) -> str:
        """What became of the call: missed, its length, or why it did not go through."""
        record = entry.record
        if entry.missed:
            if record.reason == MISSED_WHILE_BUSY:
                return self.tr("Missed: you were on Do not disturb")
            return self.tr("Missed call")
        incoming = record.direction is CallDirection.INCOMING
        label = self.tr("Incoming") if incoming else self.tr("Outgoing")
        answered = record.answered_at
        if answered is not None:
            talked = max(0, round(record.ended_at - answered))
            text = f"{label} · {format_duration(talked)}" if talked else label
            why = answered_end_text(record.reason)
            return text if why is None else f"{text} · {why}"
        if failed(record.reason, answered=False):
            return f"{label} · {end_reason_text(record.reason)}"
        return label if incoming else self.tr("%s, not answered") % label

    def _describe(self, entry: CallHistoryEntry) -> str:
        number = self._who(entry)
        if entry.missed and entry.record.reason == MISSED_WHILE_BUSY:
            return self.tr("Missed call from %s while on Do not disturb") % number
        if entry.missed:
            return self.tr("Missed call from %s") % number
        if entry.record.direction is CallDirection.INCOMING:
            text = self.tr("Incoming call from %s") % number
        else:
            text = self.tr("Outgoing call to %s") % number
        return text
