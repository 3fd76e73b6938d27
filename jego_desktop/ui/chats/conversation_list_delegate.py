"""Paints one conversation: initial, name, time, last message (or "typing…"), unread."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from jego_desktop.domain.conversations import MessagePreview
from jego_desktop.models.chats.conversation_list import ConversationRole
from jego_desktop.models.chats.group_texts import fill
from jego_desktop.models.model_index import Index
from jego_desktop.ui.chats.chat_text import list_time, preview_text
from jego_desktop.ui.contacts.contacts_delegate import avatar_colour, paint_initial
from jego_desktop.ui.list_rows import paint_row_background
from jego_desktop.ui.resources import icon
from jego_desktop.ui.style import SPACING, Palette

ROW_HEIGHT = 68
CIRCLE = 46
NOT_SENT_MARK = 15  # the red "!" before the preview of a message that was not sent


def paint_not_sent_mark(painter: QPainter, box: QRect, colour: str) -> None:
    """A red disc with a white "!", as beside the message itself."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(QRectF(box))
    pen = QPen(QColor("#ffffff"), 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    centre = QRectF(box).center()
    painter.drawLine(QPointF(centre.x(), centre.y() - 3.5), QPointF(centre.x(), centre.y() + 0.8))
    painter.drawPoint(QPointF(centre.x(), centre.y() + 3.4))
    painter.restore()


def paint_group_avatar(painter: QPainter, box: QRect, title: str) -> None:
    """A group: the two-people icon in white on the group name's colour."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(avatar_colour(title))
    painter.drawEllipse(box)
    inset = box.width() // 5
    icon("group", QColor("#ffffff"), box.width()).paint(
        painter, box.adjusted(inset, inset, -inset, -inset)
    )


def group_preview(index: Index) -> str:
    """ "Alice: see you at 8", or what changed in the group; '' for other lines."""
    event = str(index.data(ConversationRole.GROUP_EVENT) or "")
    if event:
        return event
    author = str(index.data(ConversationRole.GROUP_AUTHOR) or "")
    if not author:
        return ""
    preview = index.data(ConversationRole.PREVIEW)
    text = preview_text(preview if isinstance(preview, MessagePreview) else None)
    # in one pass: an author whose address reads "%2" stays as written
    return fill(QCoreApplication.translate("ConversationList", "%1: %2"), author, text)


class ConversationListDelegate(QStyledItemDelegate):
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
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        circle = QRect(row.left() + SPACING, row.center().y() - CIRCLE // 2, CIRCLE, CIRCLE)
        if index.data(ConversationRole.GROUP):
            paint_group_avatar(painter, circle, title)
        else:
            paint_initial(painter, circle, title, option.font)

        left = circle.right() + SPACING + SPACING // 2
        right = row.right() - SPACING
        top_line = QRect(left, row.top() + 10, right - left, row.height() // 2 - 10)
        bottom_line = QRect(left, row.center().y() + 3, right - left, row.height() // 2 - 10)

        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.85)
        time_text = list_time(float(index.data(ConversationRole.TIME) or 0))
        painter.setFont(small)
        painter.setPen(QColor(p.accent_text if selected else p.muted))
        time_width = QFontMetrics(small).horizontalAdvance(time_text)
        painter.drawText(
            top_line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, time_text
        )

        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(QColor(p.accent_text if selected else p.text))
        name_width = top_line.width() - time_width - SPACING
        painter.drawText(
            top_line.adjusted(0, 0, -(time_width + SPACING), 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            QFontMetrics(bold).elidedText(title, Qt.TextElideMode.ElideRight, name_width),
        )

        unread = int(index.data(ConversationRole.UNREAD) or 0)
        badge_width = 0
        if unread:
            label = str(unread) if unread < 1000 else "999+"
            metrics = QFontMetrics(small)
            badge_width = max(22, metrics.horizontalAdvance(label) + 12)
            badge = QRect(right - badge_width, bottom_line.top() + 1, badge_width, 20)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(p.accent_text if selected else p.accent))
            painter.drawRoundedRect(QRectF(badge), 10, 10)
            painter.setFont(small)
            painter.setPen(QColor(p.accent if selected else p.accent_text))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, label)

        typing = bool(index.data(ConversationRole.TYPING))
        preview = index.data(ConversationRole.PREVIEW)
        if typing:
            text = self.tr("typing…")
            colour = p.accent_text if selected else p.accent
        else:
            text = group_preview(index) or preview_text(
                preview if isinstance(preview, MessagePreview) else None
            )
            colour = p.accent_text if selected else p.muted
        text_left = bottom_line.left()
        if not typing and bool(index.data(ConversationRole.NOT_SENT)):
            mark = QRect(text_left, bottom_line.top() + 2, NOT_SENT_MARK, NOT_SENT_MARK)
            paint_not_sent_mark(painter, mark, p.danger)
            text_left = mark.right() + 1 + SPACING // 2
        painter.setFont(option.font)
        painter.setPen(QColor(colour))
        width = bottom_line.right() + 1 - text_left - (badge_width + SPACING if badge_width else 0)
        painter.drawText(
            QRect(text_left, bottom_line.top(), width, bottom_line.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width),
        )
        painter.restore()
