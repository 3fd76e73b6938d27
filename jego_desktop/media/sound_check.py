"""Trying the sound devices without a call: hear yourself, or record and play back.

A SoundCheck drives a SoundBridge the way pjmedia does in a call: a thread of its own calls
`capture_frame` and `play_frame` every 20 ms, so the check goes through exactly the path a
call uses (queues, resampling, echo cancellation). A call that starts meanwhile takes the
devices over: the bridge stops the check first.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from jego_desktop.domain.audio import FRAME_BYTES, FRAME_MS
from jego_desktop.domain.reasons import reason

if TYPE_CHECKING:
    from jego_desktop.media.sound_bridge import SoundBridge

Tick = Callable[[], bool]  # one 20 ms step; False ends the check

_PERIOD_S = FRAME_MS / 1000
_FIRST_CALLBACK_TIMEOUT_S = 2.0


class SoundBusyError(RuntimeError):
    """The devices are in use by a call (or by another check)."""


class SoundCheck:
    """Loopback (microphone to speaker), recording and playback through a SoundBridge.

    `start_loopback`/`stop` return at once; `record` and `play` block until done (run them
    off the GUI thread) and return early when stopped or when a call takes the devices.
    """

    def __init__(self, bridge: SoundBridge) -> None:
        self._bridge = bridge
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._lock = threading.Lock()

    @property
    def running(self) -> bool:
        thread = self._thread
        return thread is not None and thread.is_alive()

    def start_loopback(self) -> None:
        """Play what the microphone hears, until `stop()`. Raises SoundBusyError."""
        bridge = self._bridge

        def tick() -> bool:
            bridge.play_frame(bridge.capture_frame())
            return True

        self._start(tick)

    def stop(self) -> None:
        """End whatever runs and release the devices (idempotent)."""
        with self._lock:
            thread, self._thread = self._thread, None
            if thread is None:
                return
            self._stop.set()
            if thread is not threading.current_thread():
                thread.join()
            self._bridge.close_for_check()

    def record(self, seconds: float) -> bytes:
        """Record the microphone: 16 kHz mono 16-bit PCM. Raises SoundBusyError."""
        wanted = round(seconds * 1000 / FRAME_MS)
        frames: list[bytes] = []
        bridge = self._bridge

        def tick() -> bool:
            frames.append(bridge.capture_frame())
            return len(frames) < wanted

        self._start(tick, wait_for="capture")
        self._wait()
        self.stop()
        return b"".join(frames)

    def play(self, pcm: bytes) -> None:
        """Play 16 kHz mono 16-bit PCM on the speaker, to its end. Raises SoundBusyError."""
        bridge = self._bridge
        chunks = [pcm[i : i + FRAME_BYTES] for i in range(0, len(pcm), FRAME_BYTES)]
        if chunks and len(chunks[-1]) < FRAME_BYTES:
            chunks[-1] = chunks[-1].ljust(FRAME_BYTES, b"\0")
        position = 0

        def tick() -> bool:
            nonlocal position
            bridge.capture_frame()  # keep the microphone queue drained, as a call does
            if position < len(chunks):
                bridge.play_frame(chunks[position])
                position += 1
                return True
            return bridge.speaker_backlog() > 0

        self._start(tick, wait_for="playback")
        self._wait()
        # What the queue released is still in the device's buffers.
        time.sleep(bridge.stats().output_latency_s)
        self.stop()

    # ----- the clock -------------------------------------------------------------------------

    def _start(self, tick: Tick, wait_for: str = "") -> None:
        with self._lock:
            if self._thread is not None:
                raise SoundBusyError(reason("a sound check is already running"))
            if not self._bridge.open_for_check(self._preempted):
                raise SoundBusyError(reason("a call is using the sound devices"))
            self._stop.clear()
            self._wait_first_callback(wait_for)
            self._thread = threading.Thread(
                target=self._run, args=(tick,), name="jego-sound-check", daemon=True
            )
            self._thread.start()

    def _wait_first_callback(self, which: str) -> None:
        """Frames played before the speaker runs are flushed; wait until it does."""
        deadline = time.monotonic() + _FIRST_CALLBACK_TIMEOUT_S
        while which and time.monotonic() < deadline:
            stats = self._bridge.stats()
            count = stats.capture_callbacks if which == "capture" else stats.playback_callbacks
            if count or not stats.is_open:
                return
            time.sleep(0.005)

    def _run(self, tick: Tick) -> None:
        next_at = time.monotonic()
        while not self._stop.is_set():
            next_at += _PERIOD_S
            delay = next_at - time.monotonic()
            if delay > 0:
                self._stop.wait(delay)
            elif delay < -10 * _PERIOD_S:
                next_at = time.monotonic()  # asleep far too long: start afresh
            if self._stop.is_set() or not tick():
                return

    def _wait(self) -> None:
        thread = self._thread
        if thread is not None:
            thread.join()

    def _preempted(self) -> None:
        self.stop()
