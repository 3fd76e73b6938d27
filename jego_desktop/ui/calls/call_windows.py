"""Opens and closes the incoming-call dialogs and the in-call window as calls come and go."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer

from jego_desktop.domain.calls import CallState
from jego_desktop.models.contacts.peer_text import display_number
from jego_desktop.ui.calls.in_call_window import InCallWindow
from jego_desktop.ui.calls.incoming_call import IncomingCallDialog

if TYPE_CHECKING:
    from jego_desktop.domain.engine_events import CallChanged
    from jego_desktop.models.calls.call_commands import CallCommands
    from jego_desktop.models.calls.calls import CallsModel
    from jego_desktop.models.calls.dtmf_failures import DtmfFailures
    from jego_desktop.ui.style import Palette

TargetResolver = Callable[[str], "tuple[str | None, str]"]

# How long the window stays after its call ended by itself: long enough to read why a
# call did not go through, shorter after a talk the other side ended.
FAILED_CALL_SHOWN_MS = 4000
ENDED_CALL_SHOWN_MS = 2000


class CallWindows(QObject):
    """Follows a CallsModel: one IncomingCallDialog per ringing call, one InCallWindow
    for the other calls; turns what the user asks in them into engine commands.

    `resolve_target` turns a typed transfer target into a SIP URI, or says why not
    (DialPadModel.uri_for). Recordings go to `recordings_dir`; without one the record
    button stays disabled. `names` finds a contact's name for a peer's address.

    A call that ends by itself (refused, unanswered, hung up by the other side) stays
    in the window with the reason for a few seconds, or until the user closes it; a
    call the user hung up leaves at once.
    """

    def __init__(
        self,
        commands: CallCommands,
        calls: CallsModel,
        palette: Palette,
        resolve_target: TargetResolver,
        recordings_dir: Path | None = None,
        home_region: str = "",
        parent: QObject | None = None,
        names: Callable[[str], str] = lambda _uri: "",
        shown_after_end_ms: tuple[int, int] = (FAILED_CALL_SHOWN_MS, ENDED_CALL_SHOWN_MS),
    ) -> None:
        super().__init__(parent)
        self._commands = commands
        self._calls = calls
        self._palette = palette
        self._resolve_target = resolve_target
        self._recordings_dir = recordings_dir
        self._home_region = home_region
        self.incoming: dict[str, IncomingCallDialog] = {}
        self._dtmf_failures: DtmfFailures | None = None
        self._call_problem = ("", "")  # the call and the text show_call_problem put up
        self._known: set[str] = set()
        self._names = names
        self._shown_after_end_ms = shown_after_end_ms
        self._hung_up: set[str] = set()  # calls the user ended: they leave the window at once
        self.end_timer = QTimer(self)
        self.end_timer.setSingleShot(True)
        self.end_timer.timeout.connect(self._close_ended)
        self.window = InCallWindow(calls, palette, home_region, names=names)
        self._connect_window(self.window)
        calls.call_ended.connect(self._on_call_ended)
        for change in (calls.dataChanged, calls.rowsInserted, calls.rowsRemoved, calls.modelReset):
            change.connect(self.sync)

    def _connect_window(self, window: InCallWindow) -> None:
        commands = self._commands
        window.mute_requested.connect(commands.mute)
        window.hold_requested.connect(
            lambda call_id, held: commands.hold(call_id) if held else commands.resume(call_id)
        )
        window.dtmf_requested.connect(commands.send_dtmf)
        window.transfer_requested.connect(self._on_transfer)
        window.conference_requested.connect(commands.conference)
        window.record_requested.connect(self._on_record)
        window.hangup_requested.connect(self._hung_up.add)
        window.hangup_requested.connect(commands.hangup)

    def sync(self) -> None:
        calls = self._calls.calls()
        ringing = {c.call_id: c for c in calls if c.state is CallState.RINGING_IN}
        for call_id in [i for i in self.incoming if i not in ringing]:
            self.incoming.pop(call_id).dismiss()
        for call_id, call in ringing.items():
            if call_id not in self.incoming:
                self._open_incoming(call_id, call.peer_name, call.peer)

        others = [c.call_id for c in calls if c.state is not CallState.RINGING_IN]
        new = [call_id for call_id in others if call_id not in self._known]
        self._known = set(others)
        if not others:
            if not self.end_timer.isActive():
                self._put_away()
            return
        self.end_timer.stop()
        if new:
            self.window.show_call(new[-1])
        elif self.window.call_id not in self._known:
            self.window.show_call(others[-1])
        else:
            self.window.refresh()
        if not self.window.isVisible():
            self.window.show()
            self.window.raise_()
            self.window.setFocus()

    def set_names(self, names: Callable[[str], str]) -> None:
        self._names = names
        self.window.set_names(names)

    def _on_call_ended(self, call: CallChanged) -> None:
        hung_up_here = call.call_id in self._hung_up
        self._hung_up.discard(call.call_id)
        window = self.window
        if hung_up_here or call.call_id != window.call_id or not window.isVisible():
            return
        others = [c for c in self._calls.calls() if c.call_id != call.call_id]
        if any(c.state is not CallState.RINGING_IN for c in others):
            return  # the window moves on to the next call
        window.show_ended(call)
        failed_ms, ended_ms = self._shown_after_end_ms
        self.end_timer.start(ended_ms if call.answered_at is not None else failed_ms)

    def _close_ended(self) -> None:
        if self.window.ended is not None and self.window.current() is None:
            self._put_away()

    def _put_away(self) -> None:
        """Hide the window until the next call, letting go of what only its showing needs:
        its native window and the picture of its contents (400 x 620 pixels, four bytes each
        and per device pixel: ~1 MB, ~4 MB at 2x). Qt makes them again when it is shown."""
        window = self.window
        window.call_id = ""
        window.hide()
        if window.testAttribute(Qt.WidgetAttribute.WA_WState_Created):
            window.destroy()

    def _open_incoming(self, call_id: str, name: str, peer: str) -> None:
        number = display_number(peer, self._home_region)
        name = self._names(peer) or name
        dialog = IncomingCallDialog(call_id, name, number, self._palette)
        dialog.answer_requested.connect(self._commands.answer)
        dialog.decline_requested.connect(self._commands.decline)
        dialog.finished.connect(lambda _: self.incoming.pop(call_id, None))
        self.incoming[call_id] = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _on_transfer(self, call_id: str, target: str) -> None:
        uri, problem = self._resolve_target(target)
        if uri is None:
            self.window.show_problem(problem)
            return
        self._commands.transfer(call_id, uri)

    def _on_record(self, call_id: str, on: bool) -> None:
        if not on:
            self._commands.stop_recording(call_id)
            return
        folder = self._recordings_dir
        if folder is None:
            self.window.show_problem(self.tr("Recording needs a profile folder."))
            self.window.refresh()
            return
        folder.mkdir(parents=True, exist_ok=True)
        name = f"call-{time.strftime('%Y%m%d-%H%M%S')}-{call_id}.wav"
        self._commands.start_recording(call_id, str(folder / name))

    def follow_dtmf_failures(self, failures: DtmfFailures) -> None:
        """Say which keypad tones the far end never got; said again in a new language."""
        self._dtmf_failures = failures
        failures.problem.connect(self.show_call_problem)
        self.window.installEventFilter(self)

    def show_call_problem(self, call_id: str, text: str) -> None:
        """A problem of one call (keypad tones lost...), shown while that call is on screen."""
        if call_id and call_id == self.window.call_id:
            self.window.show_problem(text)
            self._call_problem = (call_id, text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            call_id, text = self._call_problem
            failures = self._dtmf_failures
            if failures is not None and text and self.window.problem_label.text() == text:
                self.show_call_problem(call_id, failures.text(call_id))
        return False

    def close_all(self) -> None:
        for dialog in list(self.incoming.values()):
            dialog.dismiss()
        self.incoming.clear()
        self.end_timer.stop()
        self.window.hide()
