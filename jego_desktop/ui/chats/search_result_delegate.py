"""Paints a search hit: the conversation's name and date above the message's text."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from jego_desktop.models.chats.search_results import ResultRole
from jego_desktop.models.model_index import Index
from jego_desktop.ui.chats.chat_text import list_time
from jego_desktop.ui.list_rows import paint_row_background
from jego_desktop.ui.style import SPACING, Palette

ROW_HEIGHT = 56


class SearchResultDelegate(QStyledItemDelegate):
    def __init__(self, palette: Palette, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._palette = palette

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return QSize(0, ROW_HEIGHT)  # as wide as the view, whether its scroll bar shows or not

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        p = self._palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        row, selected = paint_row_background(painter, option, p, option.rect, 10)
        inner = row.adjusted(SPACING * 2, 6, -SPACING * 2, -6)
        half = inner.height() // 2
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.85)
        when = list_time(float(index.data(ResultRole.TIME) or 0))
        painter.setFont(small)
        painter.setPen(QColor(p.accent_text if selected else p.muted))
        top = QRect(inner.left(), inner.top(), inner.width(), half)
        painter.drawText(top, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, when)
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(QColor(p.accent_text if selected else p.text))
        width = inner.width() - QFontMetrics(small).horizontalAdvance(when) - SPACING
        title = str(index.data(ResultRole.TITLE) or "")
        painter.drawText(
            QRect(inner.left(), inner.top(), width, half),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, width),
        )
        painter.setFont(option.font)
        painter.setPen(QColor(p.accent_text if selected else p.muted))
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(
            QRect(inner.left(), inner.top() + half, inner.width(), half),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, inner.width()),
        )
        painter.restore()
