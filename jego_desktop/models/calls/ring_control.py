"""Decides what rings: the ringtone, the ringback or the call-waiting beep."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Slot

from jego_desktop.domain.calls import CallState
from jego_desktop.media.ringer import Pattern

if TYPE_CHECKING:
    from jego_desktop.domain.engine_events import CallChanged


class RingerLike(Protocol):
    playing: Pattern | None

    def play(self, pattern: Pattern, device_name: str = "") -> None: ...
    def stop(self) -> None: ...


class RingControl(QObject):
    """Connect `on_call_changed` to the engine's `call_changed` signal."""

    def __init__(
        self,
        ringer: RingerLike,
        ringer_device: str = "",
        output_device: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._ringer = ringer
        self.ringer_device = ringer_device
        self.output_device = output_device
        self._states: dict[str, CallState] = {}
        self._early_media: set[str] = set()  # ringing out with the far end's sound

    @Slot(object)
    def on_call_changed(self, event: CallChanged) -> None:
        if event.state is CallState.ENDED:
            self._states.pop(event.call_id, None)
        else:
            self._states[event.call_id] = event.state
        if event.early_media and event.state is not CallState.ENDED:
            self._early_media.add(event.call_id)
        else:
            self._early_media.discard(event.call_id)
        wanted = self.wanted_pattern()
        if wanted is None:
            if self._ringer.playing is not None:
                self._ringer.stop()
        elif wanted is not self._ringer.playing:
            device = self.ringer_device if wanted is Pattern.RINGTONE else self.output_device
            self._ringer.play(wanted, device)

    def wanted_pattern(self) -> Pattern | None:
        states = set(self._states.values())
        talking = CallState.ACTIVE in states or CallState.CONNECTING in states
        if CallState.RINGING_IN in states:
            return Pattern.CALL_WAITING if talking else Pattern.RINGTONE
        ringing_out = {c for c, s in self._states.items() if s is CallState.RINGING_OUT}
        # the far end's early media (an announcement, its own ringback) replaces ours
        if ringing_out - self._early_media and not talking:
            return Pattern.RINGBACK
        return None
