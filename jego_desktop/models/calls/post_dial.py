"""Digits to key in once a call is answered: the extension of `tel:…;ext=123`.

An IVR or a company switchboard answers first and then listens for the extension, so
the digits go out as DTMF a short moment after the call becomes active, never before:
the way the settings name (RFC 4733 unless SIP INFO is chosen; the engine falls back
to SIP INFO on a call without telephone-event). A "," in the digits waits `pause_ms`
more before the digits after it (the usual pause key of phones).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance, Slot

from jego_desktop.domain.calls import CallState
from jego_desktop.models.calls.dial_pad import DialPadModel, sanitise

if TYPE_CHECKING:
    from jego_desktop.domain.engine_events import CallChanged
    from jego_desktop.domain.links import DialRequest

PAUSE = ","
_POST_DIAL = re.compile(r"^[0-9*#A-Da-d,]{1,64}$")
SendDtmf = Callable[[str, str], None]  # (call id, digits)


@dataclass(frozen=True)
class Extension:
    """A call's extension as the user should see it: the digits and how far they went."""

    digits: str  # as given, "," pauses included
    dialled: bool  # every digit has been handed to the engine
    started: bool = False  # some digits went out, more follow after a pause


def offer_applies(request: DialRequest | None, dialled: str) -> bool:
    """Whether calling `dialled` from the dial pad takes the link's extension with it."""
    return (
        request is not None
        and bool(request.extension)
        and sanitise(dialled) == sanitise(request.target)
    )


class PostDial(QObject):
    """Sends each call's pending digits once it is active; forgets them when it ends.

    Connect `on_call_changed` to the engine's `call_changed`.

    Signals:
        digits_sent(str, str): call id and the digits just handed to the engine.
        extension_changed(str): this call's `extension()` changed (expected, sent, gone).
    """

    digits_sent = Signal(str, str)
    extension_changed = Signal(str)

    def __init__(
        self,
        send_dtmf: SendDtmf,
        delay_ms: int = 1000,
        pause_ms: int = 2000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._send_dtmf = send_dtmf
        self._delay_ms = delay_ms
        self._pause_ms = pause_ms
        self._pending: dict[str, list[str]] = {}  # call id -> groups still to send
        self._timers: dict[str, QTimer] = {}  # calls whose groups are going out
        self._extensions: dict[str, Extension] = {}  # until the call ends
        self._offer: DialRequest | None = None

    def expect(self, call_id: str, digits: str) -> None:
        """Key in `digits` once `call_id` is active (digits, *, #, A-D; "," pauses)."""
        if not _POST_DIAL.match(digits):
            raise ValueError(f"{digits!r} cannot be keyed in after the call connects")
        self._pending[call_id] = digits.split(PAUSE)
        self._set_extension(call_id, Extension(digits, dialled=False))

    def offer(self, request: DialRequest) -> None:
        """A link now waits in the dial pad: its extension goes with the call if the user
        places it unchanged (`claim_offer`)."""
        self._offer = request if request.extension else None

    def claim_offer(self, call_id: str, dialled: str) -> None:
        """The dial pad placed `call_id` to `dialled`; a waiting link's extension follows
        it when the number is the link's. Any call from the dial pad uses up the offer."""
        offer, self._offer = self._offer, None
        if offer is not None and offer_applies(offer, dialled):
            self.expect(call_id, offer.extension)

    def pending(self, call_id: str) -> str:
        return PAUSE.join(self._pending.get(call_id, []))

    def extension(self, call_id: str) -> Extension | None:
        """The extension keyed in (or to be keyed in) on `call_id`, None when it has none."""
        return self._extensions.get(call_id)

    def _set_extension(self, call_id: str, extension: Extension | None) -> None:
        if extension is None:
            if self._extensions.pop(call_id, None) is None:
                return
        else:
            self._extensions[call_id] = extension
        self.extension_changed.emit(call_id)

    @Slot(object)
    def on_call_changed(self, event: CallChanged) -> None:
        if event.state is CallState.ENDED:
            self._pending.pop(event.call_id, None)
            self._set_extension(event.call_id, None)
            timer = self._timers.pop(event.call_id, None)
            if timer is not None:
                timer.stop()
                # Python's to delete now: deleteLater() on a child whose owner then goes
                # before the event loop runs again crashed PySide 6.12 later on.
                timer.setParent(None)
        elif (
            event.state is CallState.ACTIVE
            and event.call_id in self._pending
            and event.call_id not in self._timers
        ):
            self._start(event.call_id)

    def _start(self, call_id: str) -> None:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: self._next_group(call_id))
        self._timers[call_id] = timer
        timer.start(self._delay_ms)

    def _next_group(self, call_id: str) -> None:
        groups = self._pending.get(call_id)
        timer = self._timers.get(call_id)
        if not groups or timer is None:
            return
        digits = groups.pop(0)
        if digits:
            self._send_dtmf(call_id, digits)
            self.digits_sent.emit(call_id, digits)
        extension = self._extensions.get(call_id)
        if groups:
            timer.start(self._pause_ms)
        else:
            del self._pending[call_id]  # the timer stays until the call ends: sent once
        if extension is not None:
            done = not groups
            self._set_extension(call_id, Extension(extension.digits, done, started=not done))


def connect_dial_pad(
    dial_pad: DialPadModel,
    make_call: Callable[[str, str], str],
    post_dial: PostDial,
    *,
    video: bool = False,
) -> None:
    """Calls from the dial pad go to `make_call` (uri, account key) -> call id; a link
    waiting there keeps its extension when its number is called unchanged. With `video`,
    the dial pad's video calls go there instead of its plain calls."""
    requested: SignalInstance = dial_pad.video_call_requested if video else dial_pad.call_requested
    requested.connect(
        lambda uri, key: post_dial.claim_offer(make_call(uri, key), dial_pad.last_dialled)
    )
