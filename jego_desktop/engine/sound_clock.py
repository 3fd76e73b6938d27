"""When the conference bridge's clock (pjsua's null sound device) runs: during calls only.

Once opened, the null device ticks every 20 ms (about 1 % of a core) even with no call.
It stops 1 s after calls last needed sound, from the engine loop (as pjsua closes an idle
sound device, sndAutoCloseTime), not inside the hang-up.

It also pauses while pjsua destroys a call's stream (`pause`): a bridge tick under way,
slow when it waits for the GIL in our port's Python callbacks, otherwise still sends into
the stream after its ICE transport is gone, and the clock thread crashes in
pj_ice_strans_sendto2 (caught under gdb: a video call through TURN, both cores busy).
"""

from __future__ import annotations

from collections.abc import Callable

Later = Callable[[float, Callable[[], None]], None]
IDLE_STOP_S = 1.0
RESUME_AFTER_PAUSE_S = 0.1  # in case no call event follows a paused stream's end


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

    @property
    def needed(self) -> bool:
        """Audio wants the clock: between `start()` and `release()` (or `stop_now()`),
        paused or not."""
        return self._needed

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

    def pause(self) -> None:
        """Stop now (a tick under way ends first) and start again on the next `start()`,
        or shortly by itself if audio still needs the clock."""
        if self.running:
            self._switch(False)
            self.running = False
            self._after(RESUME_AFTER_PAUSE_S, self._resume_if_needed)

    def _resume_if_needed(self) -> None:
        if self._needed and not self.running:
            self.start()

    def _stop_if_idle(self, release: int) -> None:
        if release == self._releases and not self._needed:
            self.stop_now()

    def stop_now(self) -> None:
        """At shutdown: the bridge must not tick while the port it calls is freed."""
        self._needed = False
        if self.running:
            self._switch(False)
            self.running = False
