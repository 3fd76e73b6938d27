"""Paints one call of the history: direction icon, peer, kind and duration, time; and,
under the pointer, a call and a message button in place of the time."""

from __future__ import annotations

import time

from PySide6.QtCore import (
    QAbstractItemModel,
    QDateTime,
    QEvent,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QHelpEvent, QIcon, QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QWidget,
)

from jego_desktop.domain.calls import CallDirection
from jego_desktop.models.calls.call_history import HistoryRole
from jego_desktop.ui.resources import icon
from jego_desktop.ui.style import SPACING, Palette

ROW_HEIGHT = 60
ICON_BOX = 36
ACTION_BOX = 32  # the round call and message buttons of the row under the pointer
ROW_ACTIONS = ("call", "message")


def action_rects(row: QRect) -> dict[str, QRect]:
    """Where the row's buttons are, right-aligned: {"call": rect, "message": rect}."""
    top = row.center().y() - ACTION_BOX // 2
    right = row.right() - SPACING * 2
    rects = {}
    for position, name in enumerate(reversed(ROW_ACTIONS)):
        left = right - ACTION_BOX - position * (ACTION_BOX + SPACING)
        rects[name] = QRect(left + 1, top, ACTION_BOX, ACTION_BOX)
    return rects


def when_text(started_at: float, now: float | None = None) -> str:
    """The time for today's calls, the date for older ones, in the user's locale."""
    locale = QLocale()
    moment = QDateTime.fromSecsSinceEpoch(int(started_at))
    today = QDateTime.fromSecsSinceEpoch(int(now if now is not None else time.time())).date()
    if moment.date() == today:
        return locale.toString(moment.time(), QLocale.FormatType.ShortFormat)
    return locale.toString(moment.date(), QLocale.FormatType.ShortFormat)


class HistoryDelegate(QStyledItemDelegate):
    """Rows of a CallHistoryModel; missed calls in the palette's danger colour.

    Signals:
        action_clicked(str, int): "call" or "message" was clicked on that row.
    """

    action_clicked = Signal(str, int)

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
        self._action_icons = {
            "call": icon("call", QColor(palette.success), 18),
            "message": icon("message", QColor(palette.accent), 18),
        }

    def action_tip(self, name: str) -> str:
        return self.tr("Call back") if name == "call" else self.tr("Send a message")

    def sizeHint(  # noqa: N802 - Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(0, ROW_HEIGHT)  # as wide as the view (option.rect is stale on the first row)

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
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        when = when_text(float(index.data(HistoryRole.STARTED_AT) or 0))
        base = QFont(option.font)
        painter.setFont(base)
        when_width = painter.fontMetrics().horizontalAdvance(when)
        if hovered:  # the buttons take the time's place
            when_width = max(when_width, right - min(r.left() for r in action_rects(rect).values()))
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
        detail = painter.fontMetrics().elidedText(
            str(index.data(HistoryRole.DETAIL) or ""), Qt.TextElideMode.ElideRight, text_width
        )
        painter.drawText(bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, detail)
        if hovered:
            self._paint_actions(painter, rect)
        else:
            painter.drawText(
                QRect(right - when_width, rect.top(), when_width, rect.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                when,
            )
        painter.setPen(QColor(p.border))
        painter.drawLine(text_left, rect.bottom(), rect.right(), rect.bottom())
        painter.restore()

    def _paint_actions(self, painter: QPainter, row: QRect) -> None:
        p = self._palette
        for name, box in action_rects(row).items():
            painter.setPen(QColor(p.border))
            painter.setBrush(QColor(p.surface))
            painter.drawEllipse(box)
            self._action_icons[name].paint(painter, box.adjusted(7, 7, -7, -7))

    def action_at(self, row: QRect, point: QPoint) -> str:
        """The name of the row's button under `point` ("call", "message"), else ""."""
        for name, box in action_rects(row).items():
            if box.contains(point):
                return name
        return ""

    def editorEvent(  # noqa: N802 - Qt override
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """A click on a row's button is that button's, not the row's (no double-click call)."""
        pressed = (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
        )
        if isinstance(event, QMouseEvent) and event.type() in pressed:
            name = self.action_at(option.rect, event.position().toPoint())
            if name and event.button() == Qt.MouseButton.LeftButton:
                if event.type() == QEvent.Type.MouseButtonRelease:
                    self.action_clicked.emit(name, index.row())
                return True
        return super().editorEvent(event, model, option, index)

    def helpEvent(  # noqa: N802 - Qt override
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        name = self.action_at(option.rect, event.pos())
        if name:
            QToolTip.showText(event.globalPos(), self.action_tip(name), view)
            return True
        return super().helpEvent(event, view, option, index)
