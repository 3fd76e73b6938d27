"""A small red pill with a count, in the top right corner of a navigation button."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.style import current_palette

MAX_SHOWN = 99
HEIGHT = 18


def badge_text(count: int) -> str:
    """'' for nothing to show, '99+' past 99."""
    if count <= 0:
        return ""
    return f"{MAX_SHOWN}+" if count > MAX_SHOWN else str(count)


class RailBadge(PlainLabel):
    """Follows its button's size; hidden while the count is zero."""

    def __init__(self, button: QWidget) -> None:
        super().__init__(parent=button)
        self.setObjectName("railBadge")
        self.count = 0
        palette = current_palette()
        self.setStyleSheet(
            f"QLabel#railBadge {{ background: {palette.danger}; color: {palette.on_colour};"
            f" border-radius: {HEIGHT // 2}px; font-size: 10px; font-weight: 700;"
            " padding: 0 5px; }"
        )
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setFixedHeight(HEIGHT)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        button.installEventFilter(self)
        self.hide()

    def set_count(self, count: int) -> None:
        self.count = max(0, count)
        text = badge_text(count)
        self.setText(text)
        self.setVisible(bool(text))
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        button = self.parentWidget()
        if button is None:
            return
        width = max(HEIGHT, self.sizeHint().width())
        self.setFixedWidth(width)
        self.move(button.width() // 2 + 4, 4)
        self.raise_()
