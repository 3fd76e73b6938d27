"""The calls going on now, one row each, kept up to date from the engine's events."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    Qt,
    Signal,
    Slot,
)

from jego_desktop.domain.calls import CallState

if TYPE_CHECKING:
    from jego_desktop.domain.engine_events import CallChanged, CallStats
    from jego_desktop.models.model_index import Index


class CallRole(enum.IntEnum):
    CALL_ID = Qt.ItemDataRole.UserRole + 1
    EVENT = enum.auto()  # the latest CallChanged
    PEER = enum.auto()  # remote URI
    PEER_NAME = enum.auto()
    DIRECTION = enum.auto()  # CallDirection
    STATE = enum.auto()  # CallState
    TIMER_START = enum.auto()  # epoch seconds the call was answered, or None
    LOCAL_HOLD = enum.auto()
    REMOTE_HOLD = enum.auto()
    MUTED = enum.auto()
    RECORDING = enum.auto()
    STATS = enum.auto()  # the latest CallStats, or None


_ROLE_NAMES = {role: role.name.lower().encode() for role in CallRole}


class CallsModel(QAbstractListModel):
    """Live calls in the order they started; an ended call leaves the model.

    Connect `on_call_changed` and `on_call_stats` to the engine's signals.

    Signals:
        call_ended(CallChanged): a call of the model ended (its last snapshot, with the
            reason); emitted before its row is removed.
    """

    call_ended = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._calls: list[CallChanged] = []
        self._stats: dict[str, CallStats] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._calls)

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802 - Qt override
        return {int(role): QByteArray(name) for role, name in _ROLE_NAMES.items()}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._calls):
            return None
        call = self._calls[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return call.peer_name or call.peer
        return self._role_value(call, role)

    def _role_value(self, call: CallChanged, role: int) -> Any:
        values: dict[int, Any] = {
            CallRole.CALL_ID: call.call_id,
            CallRole.EVENT: call,
            CallRole.PEER: call.peer,
            CallRole.PEER_NAME: call.peer_name,
            CallRole.DIRECTION: call.direction,
            CallRole.STATE: call.state,
            CallRole.TIMER_START: call.answered_at,
            CallRole.LOCAL_HOLD: call.local_hold,
            CallRole.REMOTE_HOLD: call.remote_hold,
            CallRole.MUTED: call.muted,
            CallRole.RECORDING: call.recording,
            CallRole.STATS: self._stats.get(call.call_id),
        }
        return values.get(role)

    def row_of(self, call_id: str) -> int:
        for row, call in enumerate(self._calls):
            if call.call_id == call_id:
                return row
        return -1

    def call(self, call_id: str) -> CallChanged | None:
        row = self.row_of(call_id)
        return self._calls[row] if row >= 0 else None

    def calls(self) -> list[CallChanged]:
        return list(self._calls)

    @Slot(object)
    def on_call_changed(self, event: CallChanged) -> None:
        row = self.row_of(event.call_id)
        if event.state is CallState.ENDED:
            if row >= 0:
                self.call_ended.emit(event)
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._calls[row]
                self._stats.pop(event.call_id, None)
                self.endRemoveRows()
            return
        if row < 0:
            end = len(self._calls)
            self.beginInsertRows(QModelIndex(), end, end)
            self._calls.append(event)
            self.endInsertRows()
            return
        self._calls[row] = event
        changed = self.index(row, 0)
        self.dataChanged.emit(changed, changed)

    @Slot(object)
    def on_call_stats(self, event: CallStats) -> None:
        row = self.row_of(event.call_id)
        if row < 0:
            return
        self._stats[event.call_id] = event
        changed = self.index(row, 0)
        self.dataChanged.emit(changed, changed, [int(CallRole.STATS)])
