"""Paints one call of the history: direction icon, peer, kind and duration, time."""

from __future__ import annotations

import time

from PySide6.QtCore import QDateTime, QLocale, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from jego_desktop.domain.call_history import CallHistoryEntry
from jego_desktop.domain.calls import CallDirection
from jego_desktop.domain.my_status import MISSED_WHILE_BUSY
from jego_desktop.domain.sip_reasons import CONNECTION_LOST
from jego_desktop.models.calls.call_history import HistoryRole
from jego_desktop.models.calls.call_time import format_duration
from jego_desktop.ui.resources import icon
from jego_desktop.ui.style import SPACING, Palette

ROW_HEIGHT = 60
ICON_BOX = 36


def when_text(started_at: float, now: float | None = None) -> str:
    """The time for today's calls, the date for older ones, in the user's locale."""
    locale = QLocale()
    moment = QDateTime.fromSecsSinceEpoch(int(started_at))
    today = QDateTime.fromSecsSinceEpoch(int(now if now is not None else time.time())).date()
    if moment.date() == today:
        return locale.toString(moment.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(moment.date(), QLocale.FormatType.ShortFormat)


class HistoryDelegate(QStyledItemDelegate):
    """Rows of a CallHistoryModel; missed calls in the palette's danger colour."""

    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = palette
        muted = QColor(palette.muted)
        self._icons: dict[str, QIcon] = {
            "in": icon("call_incoming", QColor(palette.success), 20),
            "out": icon("call_outgoing", QColor(palette.accent), 20),
            "missed": icon("call_incoming", QColor(palette.danger), 20),
            "call": icon("call", muted, 20),
        }

    def sizeHint(  # noqa: N802 - Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(option.rect.width(), ROW_HEIGHT)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        p = self._palette
        rect = QRect(option.rect)
        state = option.state
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, QColor(p.hover))
        elif state & QStyle.StateFlag.State_MouseOver:
            painter.fillRect(rect, QColor(p.hover).lighter(102))

        missed = bool(index.data(HistoryRole.MISSED))
        direction = index.data(HistoryRole.DIRECTION)
        kind = "missed" if missed else "in" if direction is CallDirection.INCOMING else "out"
        box = QRect(
            rect.left() + SPACING * 2, rect.center().y() - ICON_BOX // 2, ICON_BOX, ICON_BOX
        )
        circle = QColor(p.danger if missed else p.accent)
        circle.setAlpha(28)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(circle)
        painter.drawEllipse(box)
        self._icons[kind].paint(painter, box.adjusted(8, 8, -8, -8))

        right = rect.right() - SPACING * 2
        when = when_text(float(index.data(HistoryRole.STARTED_AT) or 0))
        base = QFont(option.font)
        painter.setFont(base)
        when_width = painter.fontMetrics().horizontalAdvance(when)
        text_left = box.right() + SPACING * 2
        text_width = right - when_width - SPACING * 2 - text_left

        title_font = QFont(base)
        title_font.setPointSizeF(base.pointSizeF() * 1.08)
        title_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(title_font)
        painter.setPen(QColor(p.danger if missed else p.text))
        top = QRect(text_left, rect.top() + 10, text_width, rect.height() // 2 - 10)
        title = painter.fontMetrics().elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            Qt.TextElideMode.ElideRight,
            text_width,
        )
        painter.drawText(top, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, title)

        painter.setFont(base)
        painter.setPen(QColor(p.muted))
        bottom = QRect(text_left, rect.center().y() + 2, text_width, rect.height() // 2 - 10)
        painter.drawText(
            bottom,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            self._detail(kind, index),
        )
        painter.drawText(
            QRect(right - when_width, rect.top(), when_width, rect.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            when,
        )
        painter.setPen(QColor(p.border))
        painter.drawLine(text_left, rect.bottom(), rect.right(), rect.bottom())
        painter.restore()

    def _detail(self, kind: str, index: QModelIndex | QPersistentModelIndex) -> str:
        duration = int(index.data(HistoryRole.DURATION) or 0)
        if kind == "missed":
            entry = index.data(HistoryRole.ENTRY)
            if isinstance(entry, CallHistoryEntry) and entry.record.reason == MISSED_WHILE_BUSY:
                return self.tr("Missed: you were on Do not disturb")
            return self.tr("Missed call")
        label = self.tr("Incoming") if kind == "in" else self.tr("Outgoing")
        if not duration:
            return self.tr("%s, not answered") % label if kind == "out" else label
        entry = index.data(HistoryRole.ENTRY)
        if isinstance(entry, CallHistoryEntry) and entry.record.reason == CONNECTION_LOST:
            return f"{label} · {format_duration(duration)} · {self.tr('Connection lost')}"
        return f"{label} · {format_duration(duration)}"
