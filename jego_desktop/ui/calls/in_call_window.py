"""The window of a call in progress: who, how long, and what can be done to the call."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jego_desktop.domain.calls import CallState
from jego_desktop.domain.engine_events import CallChanged, CallStats
from jego_desktop.models.calls.call_outcome import answered_end_text, end_reason_text
from jego_desktop.models.calls.call_time import format_duration
from jego_desktop.models.calls.calls import CallRole, CallsModel
from jego_desktop.models.calls.dial_pad import DIAL_KEYS
from jego_desktop.models.contacts.peer_text import display_number
from jego_desktop.ui.avatar import Avatar
from jego_desktop.ui.calls.call_quality_mark import CallQualityMark
from jego_desktop.ui.calls.keypad import Keypad
from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.round_button import CaptionedButton, round_button
from jego_desktop.ui.style import SPACING, Palette, faded, stylesheet

if TYPE_CHECKING:
    from jego_desktop.models.calls.post_dial import Extension, PostDial

_TALKING = (CallState.CONNECTING, CallState.ACTIVE)


class InCallWindow(QWidget):
    """Shows one call of a CallsModel and asks for commands on it; never runs them.

    Signals:
        mute_requested(str, bool): call id, muted.
        hold_requested(str, bool): call id, held.
        dtmf_requested(str, str): call id, digits.
        transfer_requested(str, str): call id, the target as the user typed it.
        conference_requested(list): ids of every call to mix together.
        record_requested(str, bool): call id, recording.
        hangup_requested(str): call id.
    """

    mute_requested = Signal(str, bool)
    hold_requested = Signal(str, bool)
    dtmf_requested = Signal(str, str)
    transfer_requested = Signal(str, str)
    conference_requested = Signal(list)
    record_requested = Signal(str, bool)
    hangup_requested = Signal(str)

    def __init__(
        self,
        model: CallsModel,
        palette: Palette,
        home_region: str = "",
        parent: QWidget | None = None,
        names: Callable[[str], str] = lambda _uri: "",
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("inCallWindow")
        self.setStyleSheet(stylesheet(palette))
        self.setWindowTitle(self.tr("Call"))
        self._model = model
        self._home_region = home_region
        self._names = names
        self.call_id = ""
        self.ended: CallChanged | None = None  # the last snapshot of the call shown, once over
        self._sent_digits = ""

        self.avatar = Avatar("", QColor(palette.accent_text))
        self.peer_label = self._label("callPeer")
        self.number_label = self._label("callNumber")
        self.status_label = self._label("callStatus")
        self.quality_row = CallQualityMark(palette)
        self.quality_label = self.quality_row.label
        self.details_button = self.quality_row.details_button
        self.stats_label = self.quality_row.details
        self.extension_label = self._label("callNumber")
        self.extension_label.setVisible(False)
        self._extensions: PostDial | None = None
        self.others_label = self._label("callNumber")
        self.problem_label = self._label("dialMessage")
        self.digits_label = self._label("callNumber")
        self.keypad = Keypad()
        self.keypad.setVisible(False)
        self.digits_label.setVisible(False)
        self.problem_label.setVisible(False)
        self.others_label.setVisible(False)
        # The window itself takes the keyboard: digits become DTMF, and no button
        # shows a focus ring it did not ask for.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._make_buttons(palette)
        self._lay_out()

        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._refresh_status)
        self._connect()
        self.retranslate()
        for change in (model.dataChanged, model.rowsInserted, model.rowsRemoved, model.modelReset):
            change.connect(self.refresh)

    @staticmethod
    def _label(object_name: str) -> QLabel:
        label = PlainLabel()
        label.setObjectName(object_name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        return label

    def _make_buttons(self, palette: Palette) -> None:
        ink = QColor(palette.text)
        on = QColor(palette.accent_text)
        off = faded(palette)

        def action(icon_name: str, checked: QColor | None = None) -> QToolButton:
            return round_button("callAction", icon_name, ink, "", checked, off)

        self.mute_button = action("mic_off", on)
        self.hold_button = action("hold", on)
        self.keypad_button = action("dialpad", on)
        self.transfer_button = action("transfer")
        self.conference_button = action("conference")
        self.record_button = action("record", on)
        self.hangup_button = round_button("hangupButton", "hangup", QColor(palette.on_colour), "")

    def _button_texts(self) -> list[tuple[QToolButton, str, str, str]]:
        """(button, accessible name, shortcut, caption) in the current language."""
        return [
            (self.mute_button, self.tr("Mute"), "Ctrl+Shift+M", self.tr("Mute")),
            (self.hold_button, self.tr("Hold"), "", self.tr("Hold")),
            (self.keypad_button, self.tr("Keypad"), "", self.tr("Keypad")),
            (self.transfer_button, self.tr("Transfer"), "", self.tr("Transfer")),
            (self.conference_button, self.tr("Merge calls"), "", self.tr("Merge")),
            (self.record_button, self.tr("Record"), "", self.tr("Record")),
            (self.hangup_button, self.tr("Hang up"), "Ctrl+Shift+H", self.tr("Hang up")),
        ]

    def retranslate(self) -> None:
        for button, name, shortcut, caption in self._button_texts():
            button.setAccessibleName(name)
            button.setToolTip(f"{name} ({shortcut})" if shortcut else name)
            self._captions[button].caption.setText(caption)
        self._retranslate_hangup()
        self.setWindowTitle(self.tr("Call"))
        if shiboken6.isValid(self._model):  # a window outliving its model (tests) keeps still
            self.refresh()
            self._refresh_stats()
            self._refresh_extension()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _lay_out(self) -> None:
        grid = QGridLayout()
        grid.setHorizontalSpacing(SPACING * 4)
        grid.setVerticalSpacing(SPACING * 2)
        self._captions = {
            button: CaptionedButton(button, "") for button, *_ in self._button_texts()
        }
        tiles = [self.mute_button, self.hold_button, self.keypad_button]
        tiles += [self.transfer_button, self.conference_button, self.record_button]
        for position, button in enumerate(tiles):
            grid.addWidget(self._captions[button], position // 3, position % 3)
        self.action_grid = QWidget()
        self.action_grid.setLayout(grid)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 4, SPACING * 4, SPACING * 4, SPACING * 3)
        layout.setSpacing(SPACING)
        layout.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(SPACING)
        for label in (self.peer_label, self.number_label, self.status_label):
            layout.addWidget(label)
        layout.addWidget(self.quality_row)
        layout.addWidget(self.extension_label)
        layout.addWidget(self.others_label)
        layout.addWidget(self.problem_label)
        layout.addSpacing(SPACING * 2)
        layout.addWidget(self.action_grid, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.digits_label)
        layout.addWidget(self.keypad, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        layout.addWidget(self.stats_label)
        layout.addSpacing(SPACING)
        layout.addWidget(self._captions[self.hangup_button])
        self.setMinimumWidth(400)

    def _connect(self) -> None:
        self.mute_button.clicked.connect(lambda on: self.mute_requested.emit(self.call_id, on))
        self.hold_button.clicked.connect(lambda on: self.hold_requested.emit(self.call_id, on))
        self.record_button.clicked.connect(lambda on: self.record_requested.emit(self.call_id, on))
        self.keypad_button.toggled.connect(self._show_keypad)
        self.keypad.key_pressed.connect(self.send_digits)
        self.transfer_button.clicked.connect(self._on_transfer)
        self.conference_button.clicked.connect(self._on_conference)
        self.hangup_button.clicked.connect(self.hang_up)
        # Microsoft Teams' keys: a hang-up that needs no mouse, and mute without aiming.
        QShortcut(QKeySequence("Ctrl+Shift+H"), self, self.hang_up)
        QShortcut(QKeySequence("Ctrl+Shift+M"), self, self.mute_button.click)

    # ----- what is shown --------------------------------------------------------------

    def show_call(self, call_id: str) -> None:
        if call_id != self.call_id:
            self.call_id = call_id
            self._sent_digits = ""
            self.digits_label.clear()
            self.show_problem("")
            self.ended = None
        self.refresh()

    def show_ended(self, call: CallChanged) -> None:
        """The call shown has ended: say how, and offer nothing more to do with it."""
        if call.call_id == self.call_id:
            self.ended = call
            self.refresh()

    def set_names(self, names: Callable[[str], str]) -> None:
        """How contacts' names are found for a peer's address (PeerNames.name_for)."""
        self._names = names
        self.refresh()

    def who(self, call: CallChanged) -> tuple[str, str]:
        """(name, number): the contact's name first, then the name the caller sent; the
        name is "" when neither is known."""
        number = display_number(call.peer, self._home_region)
        name = self._names(call.peer) or call.peer_name
        return (name, number) if name and name != number else ("", number)

    def current(self) -> CallChanged | None:
        return self._model.call(self.call_id) if self.call_id else None

    def refresh(self) -> None:
        call = self.current()
        if call is None:
            self._ticker.stop()
            if self.ended is not None and self.ended.call_id == self.call_id:
                self._show_ended_state(self.ended)
            return
        self._show_peer(call)
        talking = call.state in _TALKING
        self._show_hangup_as_close(False)
        for button in (self.mute_button, self.hold_button, self.keypad_button):
            button.setEnabled(talking)
        self.transfer_button.setEnabled(call.state is CallState.ACTIVE)
        self.record_button.setEnabled(call.state is CallState.ACTIVE)
        self.mute_button.setChecked(call.muted)
        self.hold_button.setChecked(call.local_hold)
        self.record_button.setChecked(call.recording)
        self.conference_button.setEnabled(len(self._conference_ids()) >= 2)
        self._refresh_others()
        self._refresh_stats()
        self._refresh_status()
        self._refresh_extension()
        if call.state is CallState.ACTIVE and not self._ticker.isActive():
            self._ticker.start()

    def _show_ended_state(self, call: CallChanged) -> None:
        self._show_peer(call)
        for button, *_ in self._button_texts():
            button.setEnabled(button is self.hangup_button)
        self._show_hangup_as_close(True)
        self.keypad_button.setChecked(False)
        # A call coming in now takes the window at once: naming it here first would
        # grow the window for a moment, and a window never shrinks back by itself.
        self.others_label.setVisible(False)
        self._refresh_stats()
        self.status_label.setText(self.ended_text(call))
        self.status_label.setAccessibleName(self.status_label.text())

    def _show_hangup_as_close(self, ended: bool) -> None:
        """Once the call is over the red button only closes the window, and says so."""
        button = self.hangup_button
        button.setEnabled(True)
        if button.property("ended") == ended:
            return
        button.setProperty("ended", ended)
        button.style().unpolish(button)
        button.style().polish(button)
        self._retranslate_hangup()

    def _retranslate_hangup(self) -> None:
        button = self.hangup_button
        if button.property("ended"):
            name = caption = self.tr("Close")
            button.setToolTip(name)
        else:
            name, caption = self.tr("Hang up"), self.tr("Hang up")
            button.setToolTip(f"{name} (Ctrl+Shift+H)")
        button.setAccessibleName(name)
        self._captions[button].caption.setText(caption)

    def ended_text(self, call: CallChanged) -> str:
        """After a talk "Call ended · 1:05"; otherwise why the call did not go through."""
        if call.answered_at is not None:
            talked = format_duration((call.ended_at or call.answered_at) - call.answered_at)
            why = answered_end_text(call.reason)
            if why is not None:
                return f"{why} · {talked}"
            return self.tr("Call ended · %s") % talked
        return end_reason_text(call.reason)

    def _show_peer(self, call: CallChanged) -> None:
        name, number = self.who(call)
        self.avatar.set_name(name or number)
        self.peer_label.setText(name or number)
        self.number_label.setText(number if name else "")
        self.number_label.setVisible(bool(name))
        self.setWindowTitle(self.tr("Call with %s") % (name or number))

    def _refresh_status(self) -> None:
        call = self.current()
        if call is None:
            return
        self.status_label.setText(self.status_text(call))
        self.status_label.setAccessibleName(self.status_label.text())

    def status_text(self, call: CallChanged, now: float | None = None) -> str:
        if call.state is CallState.DIALING:
            return self.tr("Calling…")
        if call.state is CallState.RINGING_OUT:
            return self.tr("Ringing…")
        if call.state is CallState.RINGING_IN:
            return self.tr("Incoming call…")
        if call.state is CallState.CONNECTING or call.answered_at is None:
            return self.tr("Connecting…")
        elapsed = format_duration((now if now is not None else time.time()) - call.answered_at)
        if call.local_hold:
            return self.tr("On hold · %s") % elapsed
        if call.remote_hold:
            return self.tr("Held by the other side · %s") % elapsed
        return elapsed

    def _refresh_stats(self) -> None:
        row = self._model.row_of(self.call_id) if self.ended is None else -1
        stats = self._model.index(row, 0).data(CallRole.STATS) if row >= 0 else None
        self.quality_row.show_stats(stats if isinstance(stats, CallStats) else None)

    def follow_extensions(self, extensions: PostDial) -> None:
        """Name the extension a link asked for and whether it has been keyed in yet."""
        self._extensions = extensions
        extensions.extension_changed.connect(self._on_extension_changed)
        self._refresh_extension()

    def _on_extension_changed(self, call_id: str) -> None:
        if call_id == self.call_id:
            self._refresh_extension()

    def _refresh_extension(self) -> None:
        extension = self._extensions.extension(self.call_id) if self._extensions else None
        text = self.extension_text(extension) if extension is not None else ""
        self.extension_label.setText(text)
        self.extension_label.setAccessibleName(text)
        self.extension_label.setVisible(bool(text))

    def extension_text(self, extension: Extension) -> str:
        if extension.dialled:
            return self.tr("Extension %s dialled") % extension.digits
        if extension.started:
            return self.tr("Dialling extension %s…") % extension.digits
        return self.tr("Extension %s will be dialled") % extension.digits

    def _refresh_others(self) -> None:
        others = [c for c in self._model.calls() if c.call_id != self.call_id]
        parts = []
        for call in others:
            name, number = self.who(call)
            who = name or number
            if call.state is CallState.RINGING_IN:
                parts.append(self.tr("%s (ringing)") % who)
            elif call.local_hold:
                parts.append(self.tr("%s (on hold)") % who)
            else:
                parts.append(who)
        self.others_label.setText(
            self.tr("Also on the line: %s") % ", ".join(parts) if parts else ""
        )
        self.others_label.setVisible(bool(parts))

    def _conference_ids(self) -> list[str]:
        return [c.call_id for c in self._model.calls() if c.state is CallState.ACTIVE]

    def show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setAccessibleName(text)
        self.problem_label.setVisible(bool(text))

    # ----- actions --------------------------------------------------------------------

    def send_digits(self, digits: str) -> None:
        call = self.current()
        if call is None or call.state is not CallState.ACTIVE:
            return
        self._sent_digits += digits
        self.digits_label.setText(self._sent_digits)
        self.dtmf_requested.emit(self.call_id, digits)

    def hang_up(self) -> None:
        if self.current() is not None:
            self.hangup_requested.emit(self.call_id)
        elif self.ended is not None:
            self.close()

    def _show_keypad(self, shown: bool) -> None:
        self.keypad.setVisible(shown)
        self.digits_label.setVisible(shown)
        self.adjustSize()

    def ask_transfer_target(self) -> str:
        """Ask where to transfer the call; "" when the user cancels."""
        text, ok = QInputDialog.getText(
            self,
            self.tr("Transfer the call"),
            self.tr("Number or SIP address to transfer the call to:"),
            QLineEdit.EchoMode.Normal,
        )
        return text.strip() if ok else ""

    def _on_transfer(self) -> None:
        call_id = self.call_id
        target = self.ask_transfer_target()
        if target and self._model.call(call_id) is not None:
            self.transfer_requested.emit(call_id, target)

    def _on_conference(self) -> None:
        ids = self._conference_ids()
        if len(ids) >= 2:
            self.conference_requested.emit(ids)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        """Digits send DTMF; Esc closes the keypad (never the call)."""
        text = event.text()
        if text and text in DIAL_KEYS and text != "+":
            self.send_digits(text)
        elif event.key() == Qt.Key.Key_Escape:
            self.keypad_button.setChecked(False)
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        """Closing the window is hanging up, as on a phone."""
        if self.current() is not None:
            self.hangup_requested.emit(self.call_id)
        super().closeEvent(event)
