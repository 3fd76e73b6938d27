"""The window that announces an incoming call: who calls, Answer and Decline."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QHBoxLayout, QVBoxLayout, QWidget

from jego_desktop.ui.avatar import Avatar
from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.round_button import CaptionedButton, round_button
from jego_desktop.ui.style import SPACING, Palette, stylesheet

ANSWER_SHORTCUT = "Ctrl+Shift+A"
DECLINE_SHORTCUT = "Ctrl+Shift+D"


class IncomingCallDialog(QDialog):
    """One ringing call. Esc does nothing: a stray key must not turn a caller away;
    closing the window declines, as the Decline button does. Ctrl+Shift+A answers and
    Ctrl+Shift+D declines (the keys Microsoft Teams uses), chords no one types by accident.

    Signals:
        answer_requested(str): the user answers the call with this id.
        decline_requested(str): the user declines it.
    """

    answer_requested = Signal(str)
    decline_requested = Signal(str)

    def __init__(
        self,
        call_id: str,
        name: str,
        number: str,
        palette: Palette,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.call_id = call_id
        self._decided = False
        self.setObjectName("incomingCall")
        self.setStyleSheet(stylesheet(palette))
        self.setWindowTitle(self.tr("Incoming call"))
        self.setModal(False)

        title = name or number
        self.avatar = Avatar(title, QColor(palette.accent_text))
        self.name_label = PlainLabel(title)
        self.name_label.setObjectName("callPeer")
        self.number_label = PlainLabel(number if name else "")
        self.number_label.setObjectName("callNumber")
        self.number_label.setVisible(bool(name))
        status = PlainLabel(self.tr("Incoming call…"))
        status.setObjectName("callStatus")
        for label in (self.name_label, self.number_label, status):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        on_colour = QColor(palette.on_colour)
        self.decline_button = round_button(
            "declineButton", "hangup", on_colour, self.tr("Decline the call")
        )
        self.answer_button = round_button(
            "answerButton", "call", on_colour, self.tr("Answer the call")
        )
        self.decline_button.clicked.connect(self.decline)
        self.answer_button.clicked.connect(self.answer)
        QShortcut(QKeySequence(ANSWER_SHORTCUT), self, self.answer)
        QShortcut(QKeySequence(DECLINE_SHORTCUT), self, self.decline)
        self.answer_button.setToolTip(f"{self.tr('Answer the call')} ({ANSWER_SHORTCUT})")
        self.decline_button.setToolTip(f"{self.tr('Decline the call')} ({DECLINE_SHORTCUT})")
        self.setAccessibleName(self.tr("Incoming call from %s") % title)

        buttons = QHBoxLayout()
        buttons.setSpacing(SPACING * 8)
        buttons.addStretch(1)
        buttons.addWidget(CaptionedButton(self.decline_button, self.tr("Decline")))
        buttons.addWidget(CaptionedButton(self.answer_button, self.tr("Answer")))
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 4, SPACING * 4, SPACING * 4, SPACING * 3)
        layout.setSpacing(SPACING)
        layout.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(SPACING)
        layout.addWidget(self.name_label)
        layout.addWidget(self.number_label)
        layout.addWidget(status)
        layout.addSpacing(SPACING * 3)
        layout.addLayout(buttons)
        self.setMinimumWidth(360)
        # No button takes the focus: a key pressed as the window pops up must neither
        # answer nor decline. Tab reaches both buttons.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFocus()

    def answer(self) -> None:
        if not self._decided:
            self._decided = True
            self.answer_requested.emit(self.call_id)
        self.accept()

    def decline(self) -> None:
        if not self._decided:
            self._decided = True
            self.decline_requested.emit(self.call_id)
        self.reject()

    def dismiss(self) -> None:
        """The call was answered elsewhere or ended: close without a decision."""
        self._decided = True
        self.done(QDialog.DialogCode.Rejected)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self._decided:
            self._decided = True
            self.decline_requested.emit(self.call_id)
        super().closeEvent(event)
