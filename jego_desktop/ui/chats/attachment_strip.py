"""The strip above the composer: files about to be sent, each removable, and Send."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jego_desktop.models.chats.pending_files import PendingFile, PendingFiles
from jego_desktop.models.chats.thumbnails import preview_image
from jego_desktop.ui.plain_text import PlainLabel, plain_tooltip
from jego_desktop.ui.resources import icon
from jego_desktop.ui.style import RADIUS, SPACING, Palette

THUMBNAIL = 56
CHIP_WIDTH = 112
CHIP_HEIGHT = THUMBNAIL + 32  # the picture, the name, margins
SCROLL_BAR = 10


def thumbnail(item: PendingFile, size: int = THUMBNAIL) -> QPixmap | None:
    """A small picture of `item`, within the limits of received pictures' previews: the
    file may be one a stranger sent, and this runs on the GUI thread."""
    if not item.is_picture:
        return None
    image = preview_image(item.path, size)
    return None if image is None else QPixmap.fromImage(image)


class _Chip(QFrame):
    """One pending file: its thumbnail or icon, its name, and a button to remove it."""

    def __init__(self, item: PendingFile, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pendingFile")
        self.item = item
        self.setFixedSize(CHIP_WIDTH, CHIP_HEIGHT)
        self.picture = PlainLabel()
        self.picture.setObjectName("pendingPicture")
        self.picture.setFixedSize(THUMBNAIL, THUMBNAIL)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pixmap = thumbnail(item)
        if pixmap is not None:
            self.picture.setPixmap(pixmap)
        else:  # a file: its extension on a page-like tile
            self.picture.setObjectName("pendingFileType")
            self.picture.setText(item.path.suffix.lstrip(".")[:4].upper() or "?")
        self.name = PlainLabel()
        self.name.setObjectName("pendingName")
        self.name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.name.setText(
            self.fontMetrics().elidedText(item.name, Qt.TextElideMode.ElideMiddle, CHIP_WIDTH - 8)
        )
        self.name.setToolTip(plain_tooltip(item.name))
        self.remove_button = QToolButton(self)
        self.remove_button.setObjectName("pendingRemove")
        self.remove_button.setText("×")
        self.remove_button.setFixedSize(22, 22)
        self.remove_button.setCursor(Qt.CursorShape.PointingHandCursor)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.setSpacing(2)
        column.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addWidget(self.name)
        self.remove_button.move(CHIP_WIDTH - 24, 2)
        self.remove_button.raise_()


class AttachmentStrip(QFrame):
    """Hidden while nothing waits.

    Signals:
        send_requested(): send every pending file now.
    """

    send_requested = Signal()

    def __init__(self, pending: PendingFiles, palette: Palette, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("attachmentStrip")
        self.pending = pending
        self._palette = palette
        self.chips: list[_Chip] = []
        self._row = QHBoxLayout()
        self._row.setContentsMargins(0, 2, 0, SCROLL_BAR + 2)
        self._row.setSpacing(SPACING)
        inner = QWidget()
        inner.setObjectName("attachmentStripInner")
        inner.setLayout(self._row)
        self.scroller = QScrollArea()
        self.scroller.setObjectName("attachmentStripScroll")
        self.scroller.setWidget(inner)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFixedHeight(CHIP_HEIGHT + SCROLL_BAR + 4)
        self.count_label = PlainLabel()
        self.count_label.setObjectName("attachmentStripCount")
        self.send_button = QPushButton()
        self.send_button.setObjectName("attachmentStripSend")
        self.send_button.setIcon(icon("send", QColor(palette.accent_text), 18))
        self.send_button.setIconSize(QSize(18, 18))
        self.send_button.clicked.connect(self.send_requested)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("attachmentStripClear")
        self.clear_button.clicked.connect(pending.clear)
        side = QVBoxLayout()
        side.setSpacing(SPACING // 2)
        side.addWidget(self.count_label)
        side.addWidget(self.send_button)
        side.addWidget(self.clear_button)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(SPACING, SPACING, SPACING, SPACING)
        layout.setSpacing(SPACING)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(side)
        self.setStyleSheet(_stylesheet(palette))
        pending.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        for chip in self.chips:
            self._row.removeWidget(chip)
            chip.deleteLater()
        self.chips = []
        if self._row.count():  # the trailing stretch
            self._row.takeAt(self._row.count() - 1)
        for index, item in enumerate(self.pending.items):
            chip = _Chip(item, self._palette)
            chip.remove_button.clicked.connect(lambda _=False, i=index: self.pending.remove(i))
            self._row.addWidget(chip)
            self.chips.append(chip)
        self._row.addStretch(1)
        self._retranslate()
        self.setVisible(bool(self.chips))

    def _retranslate(self) -> None:
        count = len(self.chips)
        self.count_label.setText(self.tr("Files to send: %s") % count)
        self.send_button.setText(self.tr("Send"))
        self.send_button.setToolTip(self.tr("Send these files"))
        self.clear_button.setText(self.tr("Remove all"))
        for chip in self.chips:
            text = self.tr("Remove %1").replace("%1", chip.item.name)
            chip.remove_button.setToolTip(text)
            chip.remove_button.setAccessibleName(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


def _stylesheet(p: Palette) -> str:
    return f"""
    QFrame#attachmentStrip {{ background: {p.surface}; border-top: 1px solid {p.border}; }}
    QWidget#attachmentStripInner, QScrollArea#attachmentStripScroll {{
        background: transparent;
    }}
    QFrame#pendingFile {{
        background: {p.window}; border: 1px solid {p.border}; border-radius: {RADIUS}px;
    }}
    QLabel#pendingName {{ color: {p.text}; font-size: 11px; }}
    QLabel#pendingFileType {{
        background: {p.accent}; color: {p.accent_text}; border-radius: 6px;
        font-weight: 700; font-size: 12px;
    }}
    QLabel#attachmentStripCount {{ color: {p.muted}; }}
    QToolButton#pendingRemove {{
        background: {p.surface}; color: {p.text}; border: 1px solid {p.border};
        border-radius: 11px; font-weight: 700;
    }}
    QToolButton#pendingRemove:hover, QToolButton#pendingRemove:focus {{
        background: {p.danger}; color: {p.on_colour};
    }}
    QPushButton#attachmentStripSend {{
        background: {p.accent}; color: {p.accent_text}; border: none;
        border-radius: 6px; padding: 6px 12px; font-weight: 600;
    }}
    QPushButton#attachmentStripSend:focus {{ border: 2px solid {p.text}; }}
    QScrollArea#attachmentStripScroll QScrollBar:horizontal {{
        background: transparent; height: {SCROLL_BAR}px; margin: 0;
    }}
    QScrollArea#attachmentStripScroll QScrollBar::handle:horizontal {{
        background: {p.border}; border-radius: 4px; min-width: 32px; margin: 2px;
    }}
    QScrollArea#attachmentStripScroll QScrollBar::handle:horizontal:hover {{
        background: {p.muted};
    }}
    QScrollArea#attachmentStripScroll QScrollBar::add-line:horizontal,
    QScrollArea#attachmentStripScroll QScrollBar::sub-line:horizontal {{ width: 0; }}
    QScrollArea#attachmentStripScroll QScrollBar::add-page:horizontal,
    QScrollArea#attachmentStripScroll QScrollBar::sub-page:horizontal {{ background: none; }}
    """
