"""The dial pad page: an entry, the keypad, and call, message and redial buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jego_desktop.domain.links import DialRequest
from jego_desktop.models.dial_pad import DIAL_KEYS, DialPadModel, sanitise
from jego_desktop.ui.keypad import Keypad
from jego_desktop.ui.resources import icon
from jego_desktop.ui.round_button import CaptionedButton, round_button
from jego_desktop.ui.style import SPACING, Palette, faded

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _dialable_before(text: str, position: int) -> int:
    """How many dial keys (or address characters) come before `position`."""
    return len(sanitise(text[:position])) if position else 0


def _position_after(text: str, count: int) -> int:
    """The cursor position in `text` just after its `count`-th dialable character."""
    if count <= 0:
        return 0
    seen = 0
    for position, char in enumerate(text):
        if not char.isspace() and char not in "-()./":
            seen += 1
            if seen == count:
                return position + 1
    return len(text)


class DialPadPage(QWidget):
    """Type or click a number, or paste one in any format; Enter dials.

    The page shows and edits `model` (a DialPadModel); the model emits the call
    and message requests.
    """

    def __init__(
        self, model: DialPadModel, palette: Palette, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.model = model
        ink = QColor(palette.text)
        on_colour = QColor(palette.on_colour)

        title = QLabel(self.tr("Dial pad"))
        title.setObjectName("pageTitle")

        self.entry = QLineEdit()
        self.entry.setObjectName("dialEntry")
        self.entry.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry.setPlaceholderText(self.tr("Number or SIP address"))
        self.entry.setAccessibleName(self.tr("Number to call"))
        self.entry.setMaxLength(256)
        self.entry.setMinimumWidth(300)
        erase = self.entry.addAction(
            icon("backspace", QColor(palette.muted)), QLineEdit.ActionPosition.TrailingPosition
        )
        erase.setToolTip(self.tr("Delete the last digit"))
        erase.setObjectName("eraseAction")
        erase.triggered.connect(self.model.backspace)

        self.message = QLabel()
        self.message.setObjectName("dialMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(self.message.fontMetrics().height() * 2)

        self.keypad = Keypad()

        self.message_button = round_button("roundAction", "message", ink, self.tr("Send a message"))
        self.call_button = round_button("callButton", "call", on_colour, self.tr("Call"))
        self.redial_button = round_button(
            "roundAction",
            "redial",
            ink,
            self.tr("Call the last number again"),
            disabled_colour=faded(palette),
        )
        self.redial_button.setEnabled(bool(model.last_dialled))
        self.message_button.setProperty("role", "message")
        self.redial_button.setProperty("role", "redial")

        self._layout(title)
        self._connect()
        self.setFocusProxy(self.entry)

    def _layout(self, title: QLabel) -> None:
        actions = QHBoxLayout()
        actions.setSpacing(SPACING * 3)
        actions.addStretch(1)
        actions.addWidget(CaptionedButton(self.message_button, self.tr("Message")))
        actions.addWidget(CaptionedButton(self.call_button, self.tr("Call")))
        actions.addWidget(CaptionedButton(self.redial_button, self.tr("Redial")))
        actions.addStretch(1)

        centre = QVBoxLayout()
        centre.setSpacing(SPACING * 2)
        centre.addWidget(self.entry)
        centre.addWidget(self.message)
        centre.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        centre.addSpacing(SPACING)
        centre.addLayout(actions)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(centre)
        row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 3, SPACING * 2, SPACING * 3, SPACING * 3)
        layout.addWidget(title)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def _connect(self) -> None:
        self.entry.textEdited.connect(self._on_text_edited)
        self.keypad.key_pressed.connect(self._on_key)
        self.call_button.clicked.connect(self.model.dial)
        self.message_button.clicked.connect(self.model.write)
        self.redial_button.clicked.connect(self.model.redial)
        self.model.text_changed.connect(self._on_model_text)
        self.model.message_changed.connect(self._on_message)
        self.model.redial_changed.connect(self.redial_button.setEnabled)
        for button in (self.call_button, self.message_button, self.redial_button):
            button.installEventFilter(self)

    def _on_text_edited(self, text: str) -> None:
        before = _dialable_before(text, self.entry.cursorPosition())
        shown = self.model.set_text(text)
        if shown != text:
            self.entry.setText(shown)
            self.entry.setCursorPosition(_position_after(shown, before))

    def _on_model_text(self, text: str) -> None:
        if self.entry.text() != text:
            self.entry.setText(text)
            self.entry.setCursorPosition(len(text))

    def _on_message(self, message: str) -> None:
        self.message.setText(message)
        self.message.setAccessibleName(message)

    def _on_key(self, key: str) -> None:
        self.model.press(key)
        self.entry.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Digits typed while a key or button has the focus still reach the entry.

        Enter arrives here from the entry too: QLineEdit passes it on to its parent.
        """
        text = event.text()
        if text and text in DIAL_KEYS:
            self.model.press(text)
        elif event.key() in _ENTER_KEYS:
            self.model.dial()
        elif event.key() == Qt.Key.Key_Backspace:
            self.model.backspace()
        elif event.key() == Qt.Key.Key_Escape:
            self.model.clear()
        else:
            super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Enter on a focused round button presses it, as Space does.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER_KEYS
            and isinstance(watched, QAbstractButton)
        ):
            watched.click()
            return True
        return super().eventFilter(watched, event)

    def present_request(self, request: DialRequest) -> None:
        """A clicked link: its number waits in the entry, the call button has the focus."""
        self.model.set_text(request.target)
        self.call_button.setFocus()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.call_button.hasFocus():
            self.entry.setFocus()
