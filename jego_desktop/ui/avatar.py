"""A round badge with the first letter of a name (or a person icon for numbers)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.resources import icon
from jego_desktop.ui.style import AVATAR_SIZE


def initial_of(name: str) -> str:
    """'alice' -> 'A'; '+33 6…' -> '#': a number has no initial."""
    for char in name:
        if char.isalpha():
            return char.upper()
        if char.isdigit() or char == "+":
            return "#"
    return "?"


class Avatar(PlainLabel):
    """AVATAR_SIZE circle; the style sheet paints it (QLabel#avatar)."""

    def __init__(self, name: str, ink: QColor, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self._ink = ink
        self.setObjectName("avatar")
        self.setFixedSize(AVATAR_SIZE, AVATAR_SIZE)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.set_name(name)

    def set_name(self, name: str) -> None:
        initial = initial_of(name)
        if initial in "#?":
            self.setText("")
            self.setPixmap(icon("contacts", self._ink, 44).pixmap(44, 44))
        else:
            self.setText(initial)
