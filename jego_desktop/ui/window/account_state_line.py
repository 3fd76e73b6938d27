"""The account-state line at the top of the main window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel, QWidget

from jego_desktop.ui.plain_text import PlainLabel

# One letter of each script the app is translated into, with an ascender and a descender:
# Chinese glyphs come from a fallback font (Noto Sans CJK) whose line is taller than the
# Latin font's, so a line sized on its text alone makes the top bar grow in Chinese.
_EVERY_SCRIPT = "Ágy中文"


def line_height_for_every_script(label: QLabel) -> int:
    """The height one line of the label's font needs, whatever language it shows."""
    metrics = QFontMetrics(label.font())
    return metrics.boundingRect(QRect(), int(Qt.AlignmentFlag.AlignLeft), _EVERY_SCRIPT).height()


class AccountStateLine(PlainLabel):
    """A one-line label as tall in English and French as in Chinese, so the bar never jumps."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.setObjectName("accountState")
        self._fit_every_script()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_every_script()

    def _fit_every_script(self) -> None:
        self.setMinimumHeight(line_height_for_every_script(self))
