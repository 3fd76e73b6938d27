"""A page that has nothing to show yet: an icon, a title and a hint."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

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
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        layout.addWidget(heading)
        layout.addStretch(1)
        picture = QLabel()
        picture.setPixmap(icon(icon_name, ink, 48).pixmap(48, 48))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(picture)
        empty = QLabel(empty_title)
        empty.setObjectName("emptyTitle")
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(empty)
        explanation = QLabel(hint)
        explanation.setObjectName("emptyHint")
        explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        layout.addStretch(2)
