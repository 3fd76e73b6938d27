"""The dial pad page: an entry, the keypad, and call, video, message and redial buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from jego_desktop.domain.links import DialRequest
from jego_desktop.models.calls.dial_pad import DIAL_KEYS, DialPadModel, sanitise
from jego_desktop.models.calls.post_dial import offer_applies
from jego_desktop.ui.calls.keypad import Keypad
from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.resources import icon
from jego_desktop.ui.round_button import CaptionedButton, round_button
from jego_desktop.ui.style import SPACING, Palette, faded
from jego_desktop.ui.vertical_scroller import vertical_scroller
from jego_desktop.ui.video.video_call_button import CaptionedSmallButton, small_video_button

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
VIDEO_CALL_KEYS = "Ctrl+Enter"


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

    The page shows and edits `model` (a DialPadModel); the model emits the call,
    video call and message requests. A link's extension waiting with its number is
    named under the entry until the number changes or a call is placed.
    """

    def __init__(
        self, model: DialPadModel, palette: Palette, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.model = model
        self._offer: DialRequest | None = None  # a link whose extension waits
        ink = QColor(palette.text)
        on_colour = QColor(palette.on_colour)

        self.title = PlainLabel()
        self.title.setObjectName("pageTitle")

        self.entry = QLineEdit()
        self.entry.setObjectName("dialEntry")
        self.entry.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.entry.setMaxLength(256)
        self.entry.setMinimumWidth(300)
        self.erase = self.entry.addAction(
            icon("backspace", QColor(palette.muted)), QLineEdit.ActionPosition.TrailingPosition
        )
        self.erase.setObjectName("eraseAction")
        self.erase.triggered.connect(self.model.backspace)

        self.extension_note = PlainLabel()
        self.extension_note.setObjectName("callNumber")
        self.extension_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.extension_note.setWordWrap(True)
        self.extension_note.hide()

        self.message = PlainLabel()
        self.message.setObjectName("dialMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(self.message.fontMetrics().height() * 2)

        self.keypad = Keypad()

        self.message_button = round_button(
            "roundAction", "message", ink, "", disabled_colour=faded(palette)
        )
        self.call_button = round_button(
            "callButton", "call", on_colour, "", disabled_colour=faded(palette)
        )
        self.video_button = small_video_button(palette)
        self.video_button.setEnabled(model.can_call)
        self.call_button.setEnabled(model.call_enabled)
        self.message_button.setEnabled(model.can_call)
        self.redial_button = round_button(
            "roundAction", "redial", ink, "", disabled_colour=faded(palette)
        )
        self.redial_button.setEnabled(bool(model.last_dialled))
        self.message_button.setProperty("role", "message")
        self.redial_button.setProperty("role", "redial")
        self._captioned: list[CaptionedButton | CaptionedSmallButton] = [
            CaptionedButton(self.message_button, ""),
            CaptionedButton(self.call_button, ""),
            CaptionedSmallButton(self.video_button, ""),
            CaptionedButton(self.redial_button, ""),
        ]

        self._layout()
        self._connect()
        self._retranslate()
        self.setFocusProxy(self.entry)

    def _layout(self) -> None:
        # The call button stays under the keypad's middle column: the buttons beside it
        # sit in two sides of equal width.
        message, call, video, redial = self._captioned
        self._sides = left, right = QWidget(), QWidget()
        left_row, right_row = QHBoxLayout(left), QHBoxLayout(right)
        for row in (left_row, right_row):
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(SPACING * 3)
        left_row.addStretch(1)
        left_row.addWidget(message)
        right_row.addWidget(video)
        right_row.addWidget(redial)
        right_row.addStretch(1)
        actions = QHBoxLayout()
        actions.setSpacing(SPACING * 3)
        actions.addWidget(left, 1)
        actions.addWidget(call)
        actions.addWidget(right, 1)

        centre = QVBoxLayout()
        centre.setSpacing(SPACING * 2)
        centre.addWidget(self.entry)
        centre.addWidget(self.extension_note)
        centre.addWidget(self.message)
        centre.addWidget(self.keypad)
        centre.addSpacing(SPACING)
        centre.addLayout(actions)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(centre)
        row.addStretch(1)

        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(SPACING * 3, SPACING * 2, SPACING * 3, SPACING * 3)
        layout.addWidget(self.title)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(vertical_scroller(content))

    def _connect(self) -> None:
        self.entry.textEdited.connect(self._on_text_edited)
        self.keypad.key_pressed.connect(self._on_key)
        self.call_button.clicked.connect(self.model.dial)
        self.video_button.clicked.connect(self.model.dial_video)
        self.message_button.clicked.connect(self.model.write)
        self.redial_button.clicked.connect(self.model.redial)
        self.model.text_changed.connect(self._on_model_text)
        self.model.message_changed.connect(self._on_message)
        self.model.redial_changed.connect(self.redial_button.setEnabled)
        self.model.can_call_changed.connect(self.video_button.setEnabled)
        self.model.can_call_changed.connect(self.message_button.setEnabled)
        self.model.call_enabled_changed.connect(self.call_button.setEnabled)
        # Any call from the dial pad uses up a waiting link's extension (PostDial.claim_offer).
        self.model.call_requested.connect(self._forget_offer)
        self.model.video_call_requested.connect(self._forget_offer)
        self.entry.installEventFilter(self)
        buttons = (self.call_button, self.video_button, self.message_button, self.redial_button)
        for button in buttons:
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
        self._show_extension()

    def _forget_offer(self) -> None:
        self._offer = None
        self._show_extension()

    def _show_extension(self) -> None:
        offer = self._offer
        shown = offer is not None and offer_applies(offer, self.model.text)
        if offer is not None and shown:
            self.extension_note.setText(
                self.tr("Extension %s will be dialled once answered") % offer.extension
            )
        self.extension_note.setVisible(shown)

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
        if not (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _ENTER_KEYS
        ):
            return super().eventFilter(watched, event)
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.model.dial_video()  # Ctrl+Enter anywhere on the page: a video call
            return True
        if isinstance(watched, QAbstractButton):
            watched.click()  # Enter on a focused round button presses it, as Space does
            return True
        return super().eventFilter(watched, event)

    def present_request(self, request: DialRequest) -> None:
        """A clicked link: its number waits in the entry, the call button has the focus."""
        self._offer = request if request.extension else None
        self.model.set_text(request.target)
        self._show_extension()
        self.call_button.setFocus()

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Dial pad"))
        self.entry.setPlaceholderText(self.tr("Number or name"))
        self.entry.setAccessibleName(self.tr("Number to call"))
        self.erase.setToolTip(self.tr("Delete the last digit"))
        names = (
            (self.tr("Send a message"), self.tr("Message")),
            (self.tr("Call"), self.tr("Call")),
            (self.tr("Video call"), self.tr("Video")),
            (self.tr("Call the last number again"), self.tr("Redial")),
        )
        for captioned, (name, caption) in zip(self._captioned, names, strict=False):
            captioned.button.setAccessibleName(name)
            captioned.button.setToolTip(name)
            captioned.caption.setText(caption)
        self.video_button.setToolTip(f"{self.tr('Video call')} ({VIDEO_CALL_KEYS})")
        self._balance_sides()
        self._show_extension()

    def _balance_sides(self) -> None:
        """Both sides as wide as the wider one (captions change with the language)."""
        for side in self._sides:
            side.setMinimumWidth(0)
        width = max(side.sizeHint().width() for side in self._sides)
        for side in self._sides:
            side.setMinimumWidth(width)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self.call_button.hasFocus():
            self.entry.setFocus()
