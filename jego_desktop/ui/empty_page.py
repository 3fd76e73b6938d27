"""A page that has nothing to show yet: an icon, a title and a hint."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QVBoxLayout, QWidget

from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.resources import icon
from jego_desktop.ui.style import SPACING


class EmptyPage(QWidget):
    """Title at the top, a centred empty state below it."""

    def __init__(
        self, icon_name: str, title: str, empty_title: str, hint: str, ink: QColor
    ) -> None:
        super().__init__()
        self.setObjectName("page")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 3, SPACING * 2, SPACING * 3, SPACING * 3)
        heading = PlainLabel(title)
        heading.setObjectName("pageTitle")
        heading.setVisible(bool(title))  # inside a page that has its own title
        layout.addWidget(heading)
        layout.addStretch(1)
        picture = PlainLabel()
        picture.setPixmap(icon(icon_name, ink, 48).pixmap(48, 48))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(picture)
        self._empty = PlainLabel(empty_title)
        self._empty.setObjectName("emptyTitle")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        layout.addWidget(self._empty)
        self._hint = PlainLabel(hint)
        self._hint.setObjectName("emptyHint")
        self._hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._hint.setWordWrap(True)
        layout.addWidget(self._hint)
        layout.addStretch(2)

    def set_texts(self, empty_title: str, hint: str) -> None:
        """New texts for the empty state (after a language change, or another reason)."""
        self._empty.setText(empty_title)
        self._hint.setText(hint)
