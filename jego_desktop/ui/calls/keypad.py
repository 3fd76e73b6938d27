"""The twelve keys of a phone: digits with their letters, star and hash."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QVBoxLayout, QWidget

from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.style import KEY_SIZE, SPACING

KEYS = (
    ("1", ""),
    ("2", "ABC"),
    ("3", "DEF"),
    ("4", "GHI"),
    ("5", "JKL"),
    ("6", "MNO"),
    ("7", "PQRS"),
    ("8", "TUV"),
    ("9", "WXYZ"),
    ("*", ""),
    ("0", "+"),
    ("#", ""),
)
LONG_PRESS_MS = 600


class KeyButton(QPushButton):
    """A round key with its digit above its letters."""

    def __init__(self, key: str, letters: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("dialKey")
        self.setFixedSize(KEY_SIZE, KEY_SIZE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 6, 0, 6)
        column.setSpacing(0)
        digit = PlainLabel(key)
        digit.setObjectName("keyDigit")
        small = PlainLabel(letters)
        small.setObjectName("keyLetters")
        for label in (digit, small):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            column.addWidget(label)


class Keypad(QWidget):
    """A 4x3 grid of keys; holding 0 types '+'.

    Signals:
        key_pressed(str): one of 0-9, *, # (or + from a long press on 0).
    """

    key_pressed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(SPACING * 3)
        grid.setVerticalSpacing(SPACING * 2)
        self._buttons: dict[str, KeyButton] = {}
        spoken = {"*": self.tr("Star"), "#": self.tr("Hash")}
        for position, (key, letters) in enumerate(KEYS):
            button = KeyButton(key, letters, self)
            button.setAccessibleName(spoken.get(key, key))
            button.setAccessibleDescription(letters)
            button.setProperty("key", key)
            button.setToolTip(self.tr("Hold for +") if key == "0" else "")
            grid.addWidget(button, position // 3, position % 3)
            self._buttons[key] = button
            button.clicked.connect(lambda _=False, k=key: self._on_clicked(k))
        self._long_press = QTimer(self)
        self._long_press.setSingleShot(True)
        self._long_press.setInterval(LONG_PRESS_MS)
        self._long_press.timeout.connect(self._on_long_press)
        self._plus_sent = False
        zero = self._buttons["0"]
        zero.pressed.connect(self._on_zero_pressed)
        zero.released.connect(self._long_press.stop)

    def button(self, key: str) -> KeyButton:
        return self._buttons[key]

    def _on_zero_pressed(self) -> None:
        self._plus_sent = False
        self._long_press.start()

    def _on_long_press(self) -> None:
        self._plus_sent = True
        self.key_pressed.emit("+")

    def _on_clicked(self, key: str) -> None:
        if key == "0" and self._plus_sent:
            self._plus_sent = False
            return
        self.key_pressed.emit(key)
