"""What the list delegates (conversations, search results, contacts) paint alike."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

from jego_desktop.ui.style import SPACING, Palette


def paint_row_background(
    painter: QPainter, option: QStyleOptionViewItem, palette: Palette, rect: QRect, radius: float
) -> tuple[QRect, bool]:
    """A rounded accent pill under a selected row, a hover one under the mouse.

    Returns the row's inner rectangle and whether the row is selected (text on the accent
    colour takes the accent's ink).
    """
    row = QRect(rect).adjusted(SPACING // 2, 2, -SPACING // 2, -2)
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    if selected or option.state & QStyle.StateFlag.State_MouseOver:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(palette.accent if selected else palette.hover))
        painter.drawRoundedRect(QRectF(row), radius, radius)
    return row, selected
