"""A small popup grid of common emoji; choosing one inserts it where the cursor is."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QToolButton, QWidget

EMOJI = (
    "😀",
    "😃",
    "😄",
    "😁",
    "😆",
    "😅",
    "😂",
    "🤣",
    "😊",
    "😇",
    "🙂",
    "😉",
    "😍",
    "🥰",
    "😘",
    "😋",
    "😜",
    "🤔",
    "🤗",
    "🤩",
    "😎",
    "🥳",
    "😏",
    "😒",
    "😞",
    "😢",
    "😭",
    "😤",
    "😡",
    "😱",
    "😴",
    "🤒",
    "👍",
    "👎",
    "👌",
    "✌️",
    "🤞",
    "👏",
    "🙌",
    "🙏",
    "💪",
    "👋",
    "❤️",
    "💔",
    "🔥",
    "✨",
    "🎉",
    "🎂",
    "🎁",
    "☕",
    "🍻",
    "🌹",
    "☀️",
    "🌧️",
    "⭐",
    "✅",
    "❌",
    "❓",
    "⚠️",
    "📞",
)
COLUMNS = 10


class EmojiPicker(QFrame):
    """A popup; emits `chosen(str)` and closes. Arrow keys move, Enter picks, Esc closes.

    Signals:
        chosen(str): the emoji the user picked.
    """

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("emojiPicker")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 6, 6, 6)
        grid.setSpacing(2)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.buttons: list[QToolButton] = []
        for number, emoji in enumerate(EMOJI):
            button = QToolButton()
            button.setText(emoji)
            button.setFont(font)
            button.setAutoRaise(True)
            button.setFixedSize(36, 36)
            button.setAccessibleName(emoji)
            button.clicked.connect(lambda _checked=False, text=emoji: self._choose(text))
            grid.addWidget(button, number // COLUMNS, number % COLUMNS)
            self.buttons.append(button)

    def popup_above(self, anchor: QWidget) -> None:
        self.adjustSize()
        corner = anchor.mapToGlobal(anchor.rect().topLeft())
        corner.setY(corner.y() - self.height() - 4)
        self.move(corner)
        self.show()
        self.buttons[0].setFocus()

    def _choose(self, emoji: str) -> None:
        self.chosen.emit(emoji)
        self.close()
