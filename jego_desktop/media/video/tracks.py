"""The video tracks a session sends: a switchable outgoing track, a test pattern.

Loop thread only (see loop.py).
"""

from __future__ import annotations

import asyncio
import fractions
import time
from collections.abc import Callable

import av
import numpy as np
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack

from jego_desktop.media.video.adaptation import sent_size
from jego_desktop.media.video.pattern import BAND_FRACTION, pattern_frame

CLOCK_RATE = 90_000
TIME_BASE = fractions.Fraction(1, CLOCK_RATE)
PLACEHOLDER_INTERVAL_S = 1.0  # with no camera: a dark frame a second keeps the stream up
PREVIEW_INTERVAL_S = 1 / 15
GRAIN_FIELDS = 7  # noise fields taken in turn (odd: never in step with the bar's 3 colours)

FrameCallback = Callable[[np.ndarray], None]


class PatternTrack(MediaStreamTrack):
    """Numbered test-pattern frames at `fps`; `on_sent(number, monotonic_time)` for each.

    `grain` adds up to ± that much random noise below the number bands, as a camera's
    sensor does: without it the pattern costs VP8 next to nothing at any size, which
    no camera does.
    """

    kind = "video"

    def __init__(
        self,
        width: int = 640,
        height: int = 480,
        fps: float = 30.0,
        on_sent: Callable[[int, float], None] | None = None,
        grain: int = 0,
    ) -> None:
        super().__init__()
        self.width, self.height, self.fps = width, height, fps
        self._on_sent = on_sent
        self._grain = grain
        self._random = np.random.default_rng()
        self._noise: list[np.ndarray] = []
        self._number = 0
        self._start: float | None = None

    async def recv(self) -> av.VideoFrame:
        if self.readyState != "live":
            raise MediaStreamError
        now = time.monotonic()
        if self._start is None:
            self._start = now
        due = self._start + self._number / self.fps
        if due > now:
            await asyncio.sleep(due - now)
        number = self._number
        self._number += 1
        frame = av.VideoFrame.from_ndarray(self._picture(number), format="rgb24")
        frame.pts = int(number * CLOCK_RATE / self.fps)
        frame.time_base = TIME_BASE
        if self._on_sent is not None:
            self._on_sent(number, time.monotonic())
        return frame

    def _picture(self, number: int) -> np.ndarray:
        image = pattern_frame(number, self.width, self.height)
        if self._grain:
            below = image[2 * (self.height // BAND_FRACTION) :]
            if not self._noise:  # made once: drawing noise every frame costs a core's tenth
                self._noise = [
                    self._random.integers(-self._grain, self._grain + 1, below.shape, np.int16)
                    for _ in range(GRAIN_FIELDS)
                ]
            below[:] = np.clip(below + self._noise[number % GRAIN_FIELDS], 0, 255)
        return image


class OutgoingVideo(MediaStreamTrack):
    """What a session sends: its current source, or a dark placeholder when it has none.

    The source can change during a session (camera on/off, another camera) without a
    new offer. Pictures go out within 640x480, halved `level` times (see adaptation.py);
    `sent_size` is the size of the last one. `on_preview` gets an RGB copy of the source
    picture, at most 15 times a second.
    """

    kind = "video"

    def __init__(self, width: int = 640, height: int = 480) -> None:
        super().__init__()
        self._source: MediaStreamTrack | None = None
        self._placeholder = np.full((height, width, 3), 24, dtype=np.uint8)
        self._start = time.monotonic()
        self._last_pts = -1
        self._last_preview = 0.0
        self.on_preview: FrameCallback | None = None
        self.frames_sent = 0
        self.level = 0
        self.sent_size = (0, 0)

    @property
    def source(self) -> MediaStreamTrack | None:
        return self._source

    def set_source(self, source: MediaStreamTrack | None) -> None:
        old, self._source = self._source, source
        if old is not None and old is not source:
            old.stop()

    async def recv(self) -> av.VideoFrame:
        if self.readyState != "live":
            raise MediaStreamError
        frame = await self._next_from_source()
        if frame is None:
            await asyncio.sleep(PLACEHOLDER_INTERVAL_S)
            frame = av.VideoFrame.from_ndarray(self._placeholder, format="rgb24")
        self._preview(frame)
        frame = self._scaled(frame)
        pts = int((time.monotonic() - self._start) * CLOCK_RATE)
        frame.pts = max(pts, self._last_pts + 1)
        frame.time_base = TIME_BASE
        self._last_pts = frame.pts
        self.frames_sent += 1
        self.sent_size = (frame.width, frame.height)
        return frame

    def _scaled(self, frame: av.VideoFrame) -> av.VideoFrame:
        width, height = sent_size(frame.width, frame.height, self.level)
        if (width, height) == (frame.width, frame.height):
            return frame
        return frame.reformat(width=width, height=height, format="yuv420p")

    async def _next_from_source(self) -> av.VideoFrame | None:
        source = self._source
        if source is None:
            return None
        try:
            frame = await source.recv()
        except MediaStreamError:
            if self._source is source:  # the camera went away: carry on without it
                self.set_source(None)
            return None
        return frame if isinstance(frame, av.VideoFrame) else None

    def _preview(self, frame: av.VideoFrame) -> None:
        callback = self.on_preview
        now = time.monotonic()
        if callback is None or now - self._last_preview < PREVIEW_INTERVAL_S:
            return
        self._last_preview = now
        callback(frame.to_ndarray(format="rgb24"))

    def stop(self) -> None:
        self.set_source(None)
        super().stop()
