"""Paints one contact of the list: coloured initial with a presence dot, name, first
number and presence, favourite star."""

from __future__ import annotations

import zlib

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from jego_desktop.models.contacts.contacts_model import ContactRole
from jego_desktop.ui.avatar import initial_of
from jego_desktop.ui.list_rows import paint_row_background
from jego_desktop.ui.resources import icon
from jego_desktop.ui.style import SPACING, Palette

ROW_HEIGHT = 60
SECTION_HEIGHT = 30
CIRCLE = 40
# Initials on these backgrounds stay readable in white, in light and dark schemes.
AVATAR_COLOURS = ("#e35d6a", "#f08c3a", "#d4a72c", "#3fa86b", "#2aa3b8", "#3b82f6", "#8b5cf6")


PRESENCE_DOT = 12
AWAY_COLOUR = "#f59e0b"


def presence_label(state: str) -> str:
    """The word shown after the number for a presence state ("" when unknown)."""
    labels = {
        "online": QCoreApplication.translate("ContactsDelegate", "online"),
        "away": QCoreApplication.translate("ContactsDelegate", "away"),
        "busy": QCoreApplication.translate("ContactsDelegate", "busy"),
        "offline": QCoreApplication.translate("ContactsDelegate", "offline"),
    }
    return labels.get(state, "")


def paint_presence_dot(painter: QPainter, avatar: QRect, state: str, palette: Palette) -> None:
    """A small dot on the avatar's lower right, ringed in the row's background."""
    colours = {
        "online": palette.success,
        "away": AWAY_COLOUR,
        "busy": palette.danger,  # do not disturb
        "offline": palette.muted,
    }
    if state not in colours:
        return
    dot = QRect(
        avatar.right() - PRESENCE_DOT + 2,
        avatar.bottom() - PRESENCE_DOT + 2,
        PRESENCE_DOT,
        PRESENCE_DOT,
    )
    painter.setPen(QPen(QColor(palette.surface), 2))
    painter.setBrush(QColor(colours[state]))
    painter.drawEllipse(dot)


def avatar_colour(name: str) -> QColor:
    """The same name always gets the same colour."""
    return QColor(AVATAR_COLOURS[zlib.crc32(name.encode("utf-8")) % len(AVATAR_COLOURS)])


def paint_initial(painter: QPainter, box: QRect, name: str, font: QFont) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(avatar_colour(name))
    painter.drawEllipse(box)
    initial = initial_of(name)
    big = QFont(font)
    big.setPixelSize(max(10, box.height() * 2 // 5))
    big.setWeight(QFont.Weight.DemiBold)
    painter.setFont(big)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, initial)


class ContactsDelegate(QStyledItemDelegate):
    """Rows of a ContactsModel, with a small heading above each section."""

    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = palette
        self._star = icon("star_filled", QColor("#f5b301"), 16)

    def sizeHint(  # noqa: N802 - Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        # No width of its own: the list gives every row its whole width (the texts are
        # elided to fit), so a vertical scroll bar coming never makes rows wider than the list.
        extra = SECTION_HEIGHT if index.data(ContactRole.SECTION) else 0
        return QSize(0, ROW_HEIGHT + extra)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        p = self._palette
        rect = QRect(option.rect)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        section = str(index.data(ContactRole.SECTION) or "")
        if section:
            heading = QRect(rect.left() + SPACING * 2, rect.top(), rect.width(), SECTION_HEIGHT)
            small = QFont(option.font)
            small.setPointSizeF(option.font.pointSizeF() * 0.9)
            small.setWeight(QFont.Weight.DemiBold)
            painter.setFont(small)
            painter.setPen(QColor(p.muted))
            painter.drawText(
                heading, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, section
            )
            rect.setTop(rect.top() + SECTION_HEIGHT)
        row, selected = paint_row_background(painter, option, p, rect, 8)

        name = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        box = QRect(row.left() + SPACING, row.center().y() - CIRCLE // 2, CIRCLE, CIRCLE)
        paint_initial(painter, box, name, option.font)
        presence = str(index.data(ContactRole.PRESENCE) or "")
        paint_presence_dot(painter, box, presence, p)

        left = box.right() + SPACING + SPACING // 2
        right = row.right() - SPACING
        if index.data(ContactRole.FAVOURITE):
            star = QRect(right - 16, row.center().y() - 8, 16, 16)
            self._star.paint(painter, star)
            right = star.left() - SPACING
        width = right - left
        title_font = QFont(option.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(title_font)
        painter.setPen(QColor(p.accent_text if selected else p.text))
        top = QRect(left, row.top() + 8, width, row.height() // 2 - 8)
        metrics = painter.fontMetrics()
        painter.drawText(
            top,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
            metrics.elidedText(name, Qt.TextElideMode.ElideRight, width),
        )
        painter.setFont(option.font)
        painter.setPen(QColor(p.accent_text if selected else p.muted))
        bottom = QRect(left, row.center().y() + 2, width, row.height() // 2 - 8)
        detail = str(index.data(ContactRole.DETAIL) or "")
        label = presence_label(presence)
        if label:
            detail = f"{detail} · {label}" if detail else label
        painter.drawText(
            bottom,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            painter.fontMetrics().elidedText(detail, Qt.TextElideMode.ElideRight, width),
        )
        painter.restore()
