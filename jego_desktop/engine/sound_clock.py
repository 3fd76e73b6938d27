"""When the conference bridge's clock (pjsua's null sound device) runs: during calls only.

Once opened, the null device ticks every 20 ms (about 1 % of a core) even with no call.
It stops a while after the last call's audio is gone, from the engine loop, never at
once inside a call's hang-up: pjmedia's bridge (2.15) takes ports out asynchronously,
on a later tick, and an ending call has just queued its stream's removal. Stopped there,
inside pjsua's hang-up, the process died once (a video call through TURN under load:
its log ends at "Closing null sound device.."). pjsua itself closes an idle sound device
only after 1 s (sndAutoCloseTime), from a timer.
"""

from __future__ import annotations

from collections.abc import Callable

Later = Callable[[float, Callable[[], None]], None]
IDLE_STOP_S = 1.0


class SoundClock:
    """`switch(True/False)` opens or closes the null device; `after(delay, action)` runs
    `action` on the engine loop later."""

    def __init__(
        self, switch: Callable[[bool], None], after: Later, idle_stop_s: float = IDLE_STOP_S
    ) -> None:
        self._switch = switch
        self._after = after
        self._idle_stop_s = idle_stop_s
        self.running = False
        self._needed = False
        self._releases = 0  # only the latest release's timer may stop the clock

    def start(self) -> None:
        self._needed = True
        if not self.running:
            self._switch(True)
            self.running = True

    def release(self) -> None:
        """Audio no longer needs the clock: it stops after the idle delay, unless started
        again meanwhile."""
        self._needed = False
        self._releases += 1
        release = self._releases
        self._after(self._idle_stop_s, lambda: self._stop_if_idle(release))

    def _stop_if_idle(self, release: int) -> None:
        if release == self._releases and not self._needed:
            self.stop_now()

    def stop_now(self) -> None:
        """At shutdown: the bridge must not tick while the port it calls is freed."""
        self._needed = False
        if self.running:
            self._switch(False)
            self.running = False
