"""The audio codecs in the order the user prefers them: moved up and down, switched on and off.

The model mirrors the engine's `CodecsListed` (most preferred first, disabled ones with
priority 0); what the user changes comes out of `order_changed` as the list of enabled
codec ids, best first: the argument of `CallEngine.set_codec_priorities`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

_Index = QModelIndex | QPersistentModelIndex


def readable(codec_id: str) -> str:
    """'G722/16000/1' -> 'G722 · 16 kHz'."""
    parts = codec_id.split("/")
    if len(parts) >= 2 and parts[1].isdigit():
        return f"{parts[0]} · {int(parts[1]) / 1000:g} kHz"
    return codec_id


class CodecOrderModel(QAbstractListModel):
    """Codec ids, first = preferred, each enabled or not.

    Signals:
        order_changed(list): the enabled codec ids, best first, after a change by the user.
    """

    order_changed = Signal(list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._codecs: list[str] = []
        self._enabled: set[str] = set()

    def set_codecs(self, codecs: Iterable[tuple[str, int]]) -> None:
        """(codec id, priority) pairs in the engine's order; priority 0 = disabled."""
        listed = list(codecs)
        self.beginResetModel()
        self._codecs = [codec for codec, _ in listed]
        self._enabled = {codec for codec, priority in listed if priority > 0}
        self.endResetModel()

    def order(self) -> list[str]:
        return [codec for codec in self._codecs if codec in self._enabled]

    def codec(self, row: int) -> str:
        return self._codecs[row] if 0 <= row < len(self._codecs) else ""

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self._codecs)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._codecs):
            return None
        codec = self._codecs[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return readable(codec)
        if role == Qt.ItemDataRole.CheckStateRole:
            enabled = codec in self._enabled
            return Qt.CheckState.Checked if enabled else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole):
            return codec
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        codec = self._codecs[index.row()]
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if not checked and self._enabled == {codec}:
            return False  # a call needs at least one codec
        if checked == (codec in self._enabled):
            return True
        if checked:
            self._enabled.add(codec)
        else:
            self._enabled.discard(codec)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.order_changed.emit(self.order())
        return True

    def move(self, row: int, step: int) -> int:
        """Move `row` up (-1) or down (+1); its new row, or `row` when it cannot move."""
        target = row + step
        if step not in (-1, 1) or not (
            0 <= row < len(self._codecs) and 0 <= target < len(self._codecs)
        ):
            return row
        destination = target + 1 if step > 0 else target  # Qt counts rows before the move
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self._codecs.insert(target, self._codecs.pop(row))
        self.endMoveRows()
        self.order_changed.emit(self.order())
        return target
