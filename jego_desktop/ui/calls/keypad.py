"""The twelve keys of a phone: digits with their letters, star and hash."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QVBoxLayout, QWidget

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
MIN_KEY_SIZE = 48  # keys shrink down to this in a low window, never below
COLUMNS, ROWS = 3, 4
COLUMN_GAP, ROW_GAP = SPACING * 3, SPACING * 2


class KeyButton(QPushButton):
    """A round key with its digit above its letters."""

    def __init__(self, key: str, letters: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("dialKey")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._column = column = QVBoxLayout(self)
        column.setSpacing(0)
        self.set_key_size(KEY_SIZE)
        digit = PlainLabel(key)
        digit.setObjectName("keyDigit")
        small = PlainLabel(letters)
        small.setObjectName("keyLetters")
        for label in (digit, small):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            column.addWidget(label)

    def set_key_size(self, size: int) -> None:
        if self.minimumWidth() == size == self.maximumWidth():
            return
        self.setFixedSize(size, size)
        self.setStyleSheet(f"QPushButton#dialKey {{ border-radius: {size // 2}px; }}")
        margin = max(0, (size - MIN_KEY_SIZE) // 2)  # 8 px at KEY_SIZE: the digit sits high
        self._column.setContentsMargins(0, margin, 0, margin)


def _keypad_size(key: int) -> QSize:
    return QSize(COLUMNS * key + (COLUMNS - 1) * COLUMN_GAP, ROWS * key + (ROWS - 1) * ROW_GAP)


class Keypad(QWidget):
    """A 4x3 grid of keys; holding 0 types '+'. The keys are KEY_SIZE wide where there is
    room, down to MIN_KEY_SIZE in a low window (placed by hand: a grid layout would let
    fixed-size keys overlap instead).

    Signals:
        key_pressed(str): one of 0-9, *, # (or + from a long press on 0).
    """

    key_pressed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._buttons: dict[str, KeyButton] = {}
        spoken = {"*": self.tr("Star"), "#": self.tr("Hash")}
        for key, letters in KEYS:
            button = KeyButton(key, letters, self)
            button.setAccessibleName(spoken.get(key, key))
            button.setAccessibleDescription(letters)
            button.setProperty("key", key)
            button.setToolTip(self.tr("Hold for +") if key == "0" else "")
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

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return _keypad_size(KEY_SIZE)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return _keypad_size(MIN_KEY_SIZE)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        width, height = event.size().width(), event.size().height()
        fitting = min(
            (width - (COLUMNS - 1) * COLUMN_GAP) // COLUMNS,
            (height - (ROWS - 1) * ROW_GAP) // ROWS,
        )
        key = max(MIN_KEY_SIZE, min(KEY_SIZE, fitting))
        used = _keypad_size(key)
        left = (width - used.width()) // 2
        top = (height - used.height()) // 2
        for position, (name, _letters) in enumerate(KEYS):
            button = self._buttons[name]
            button.set_key_size(key)
            row, column = divmod(position, COLUMNS)
            button.move(left + column * (key + COLUMN_GAP), top + row * (key + ROW_GAP))
        super().resizeEvent(event)

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
