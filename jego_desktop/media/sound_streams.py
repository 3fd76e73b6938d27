"""PortAudio streams that move 20 ms, 16 kHz mono frames to and from FrameQueues.

Each stream runs at the device's rate in blocks of exactly `block_ms` (10 or 20 ms;
PortAudio re-blocks for us when `blocksize` is given), so one frame is one or two
callbacks; a `BlockResampler` converts each block when the device does not run at 16 kHz.
Shorter blocks mean shorter device buffers: through ALSA and PulseAudio a stream holds two
blocks, so 10 ms blocks take ~40 ms off the round trip, for twice the callbacks (and twice
the work of PortAudio's ALSA thread and of libpulse's, which cost more than ours).

Microphone and speaker on the same device (the system default for both, or one headset)
share one duplex stream (`DuplexStream`): one PortAudio thread and one callback per block
instead of two. Otherwise, or when the device refuses a duplex stream, each has its own.

The callbacks run on PortAudio's threads: they touch only their queue and their own
preallocated buffers, and never raise.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Protocol

from jego_desktop.domain.audio import FRAME_MS, FRAME_SAMPLES, SAMPLE_RATE, SILENCE
from jego_desktop.media.frame_queue import FrameQueue
from jego_desktop.media.numpy_module import load_numpy
from jego_desktop.media.resample import BlockResampler

log = logging.getLogger(__name__)

BLOCK_MS = (10, 20)
# Device rates to try, best first, when the device refuses 16 kHz: each holds a whole
# number of samples in 10 ms, so blocks map onto frames exactly.
FALLBACK_RATES = (48000, 44100, 32000, 24000, 22050, 8000)


def block_of(rate: int, block_ms: int) -> int:
    """Device samples in one block."""
    return rate * block_ms // 1000


def fits(rate: int, block_ms: int) -> bool:
    """Whether `block_ms` at `rate` is a whole number of samples."""
    return rate * block_ms % 1000 == 0


def _parts(block_ms: int) -> int:
    if block_ms not in BLOCK_MS:
        raise ValueError(f"blocks of {block_ms} ms: only {BLOCK_MS} are supported")
    return FRAME_MS // block_ms


class DeviceSide(Protocol):
    """One direction on a device: a stream of its own or one side of a DuplexStream."""

    rate: int

    @property
    def latency(self) -> float: ...

    @property
    def callbacks(self) -> int: ...

    def start(self) -> None: ...

    def stop(self) -> None: ...


class _Stream:
    """Shared life cycle: start, stop, and noticing a stream that ended on its own."""

    def __init__(self, on_lost: Callable[[], None]) -> None:
        self._on_lost = on_lost
        self._stream: Any = None
        self._stopping = False

    def start(self) -> None:
        self._stream.start()

    def stop(self) -> None:
        """Abort (no draining: a call that ends should go quiet at once) and close."""
        stream, self._stream = self._stream, None
        if stream is None:
            return
        self._stopping = True
        try:
            stream.abort(ignore_errors=True)
        finally:
            stream.close(ignore_errors=True)

    def _finished(self) -> None:
        if not self._stopping:
            self._on_lost()


class _Capture:
    """Microphone side: device blocks -> 16 kHz frames (bytes) appended to `sink`."""

    def __init__(self, rate: int, block_ms: int, sink: FrameQueue[bytes]) -> None:
        self._np = np = load_numpy()  # bound once: the callbacks run every 10-20 ms
        self.rate = rate
        self._sink = sink
        self._parts = _parts(block_ms)
        self._block = block_of(rate, block_ms)
        self._piece = FRAME_SAMPLES // self._parts  # 16 kHz samples per block
        self._resampler = (
            None if rate == SAMPLE_RATE else BlockResampler(rate, SAMPLE_RATE, self._block)
        )
        self._frame = np.zeros(FRAME_SAMPLES, dtype=np.int16)
        self._filled = 0  # blocks of the current frame received so far
        self.callbacks = 0  # how many blocks moved (the clock thread reads it for watchdogs)
        self.errors = 0

    def take(self, indata: Any, frames: int) -> None:
        np = self._np
        try:
            if frames != self._block:
                self.errors += 1
                return
            if self._parts == 1 and self._resampler is None:
                self._sink.put(bytes(indata))
            else:
                start = self._filled * self._piece
                piece = self._frame[start : start + self._piece]
                samples = np.frombuffer(indata, dtype=np.int16)
                if self._resampler is None:
                    piece[:] = samples
                else:
                    self._resampler.process(samples, piece)
                self._filled += 1
                if self._filled == self._parts:
                    self._filled = 0
                    self._sink.put(self._frame.tobytes())
            self.callbacks += 1
        except Exception:
            self.errors += 1
            if self.errors == 1:
                log.exception("capture callback failed")


class _Playback:
    """Speaker side: 16 kHz frames taken from `source` -> device blocks.

    Every frame handed to the device (silence included) is also appended to `played`, the
    echo canceller's far-end reference, when one is given.
    """

    def __init__(
        self,
        rate: int,
        block_ms: int,
        source: FrameQueue[bytes],
        played: FrameQueue[bytes] | None,
    ) -> None:
        self._np = np = load_numpy()  # bound once: the callbacks run every 10-20 ms
        self.rate = rate
        self._source = source
        self.played = played
        self._parts = _parts(block_ms)
        self._block = block_of(rate, block_ms)
        self._piece = FRAME_SAMPLES // self._parts
        self._resampler = (
            None if rate == SAMPLE_RATE else BlockResampler(SAMPLE_RATE, rate, self._piece)
        )
        self._resampled = np.zeros(self._block, dtype=np.int16)
        self._frame = np.frombuffer(SILENCE, dtype=np.int16)
        self._part = 0  # which block of the current frame goes out next
        self._first = True
        self.callbacks = 0
        self.errors = 0

    def give(self, outdata: Any, frames: int) -> None:
        np = self._np
        try:
            if self._first:
                # Frames queued while the device was starting are stale: start from now.
                self._first = False
                self._source.clear()
            if self._part == 0:
                frame = self._next_frame()
                if self._parts == 1 and self._resampler is None and frames == self._block:
                    outdata[:] = frame
                    self.callbacks += 1
                    return
                self._frame = np.frombuffer(frame, dtype=np.int16)
            if frames != self._block:
                self.errors += 1
                outdata[:] = bytes(len(outdata))
                return
            start = self._part * self._piece
            piece = self._frame[start : start + self._piece]
            self._part = (self._part + 1) % self._parts
            out = np.frombuffer(outdata, dtype=np.int16)
            if self._resampler is None:
                out[:] = piece
            else:
                self._resampler.process(piece, self._resampled)
                out[:] = self._resampled
            self.callbacks += 1
        except Exception:
            self.errors += 1
            if self.errors == 1:
                log.exception("playback callback failed")

    def _next_frame(self) -> bytes:
        frame = self._source.get()
        if frame is None:
            frame = SILENCE
        played = self.played
        if played is not None:
            played.put(frame)
        return frame


class CaptureStream(_Stream, _Capture):
    """The microphone on a stream of its own."""

    def __init__(
        self,
        sd: Any,
        device: int | None,
        rate: int,
        block_ms: int,
        latency: str | float,
        sink: FrameQueue[bytes],
        on_lost: Callable[[], None],
    ) -> None:
        _Stream.__init__(self, on_lost)
        _Capture.__init__(self, rate, block_ms, sink)
        self._stream = sd.RawInputStream(
            samplerate=rate,
            blocksize=self._block,
            device=device,
            channels=1,
            dtype="int16",
            latency=latency,
            callback=self._callback,
            finished_callback=self._finished,
        )

    @property
    def latency(self) -> float:
        """PortAudio's estimate of the device's latency, in seconds."""
        return float(self._stream.latency) if self._stream is not None else 0.0

    def _callback(self, indata: Any, frames: int, time: Any, status: Any) -> None:
        self.take(indata, frames)


class PlaybackStream(_Stream, _Playback):
    """The speaker on a stream of its own."""

    def __init__(
        self,
        sd: Any,
        device: int | None,
        rate: int,
        block_ms: int,
        latency: str | float,
        source: FrameQueue[bytes],
        played: FrameQueue[bytes] | None,
        on_lost: Callable[[], None],
    ) -> None:
        _Stream.__init__(self, on_lost)
        _Playback.__init__(self, rate, block_ms, source, played)
        self._stream = sd.RawOutputStream(
            samplerate=rate,
            blocksize=self._block,
            device=device,
            channels=1,
            dtype="int16",
            latency=latency,
            callback=self._callback,
            finished_callback=self._finished,
        )

    @property
    def latency(self) -> float:
        return float(self._stream.latency) if self._stream is not None else 0.0

    def _callback(self, outdata: Any, frames: int, time: Any, status: Any) -> None:
        self.give(outdata, frames)


class DuplexStream(_Stream):
    """Microphone and speaker of one device on one PortAudio stream.

    `capture` and `playback` stand for the two sides where the bridge expects a
    CaptureStream and a PlaybackStream: starting either starts the stream, stopping
    either stops it. A stream that ends by itself costs both sides: each is told.
    """

    def __init__(
        self,
        sd: Any,
        device: int | None,
        rate: int,
        block_ms: int,
        latency: str | float,
        sink: FrameQueue[bytes],
        source: FrameQueue[bytes],
        played: FrameQueue[bytes] | None,
        lost: tuple[Callable[[], None], Callable[[], None]],
    ) -> None:
        super().__init__(self._lost_both)
        self._lost = lost
        self._capture = _Capture(rate, block_ms, sink)
        self._playback = _Playback(rate, block_ms, source, played)
        self.capture = _Side(self, self._capture, 0)
        self.playback = _Side(self, self._playback, 1)
        self._started = False
        self._stream = sd.RawStream(
            samplerate=rate,
            blocksize=block_of(rate, block_ms),
            device=(device, device),
            channels=1,
            dtype="int16",
            latency=latency,
            callback=self._callback,
            finished_callback=self._finished,
        )

    def _lost_both(self) -> None:
        for on_lost in self._lost:
            on_lost()

    def latency_of(self, side: int) -> float:
        return float(self._stream.latency[side]) if self._stream is not None else 0.0

    def start(self) -> None:
        if self._stream is None:
            raise RuntimeError("the duplex stream is closed")
        if not self._started:
            self._started = True
            super().start()

    def _callback(self, indata: Any, outdata: Any, frames: int, time: Any, status: Any) -> None:
        self._capture.take(indata, frames)
        self._playback.give(outdata, frames)


class _Side:
    """One direction of a DuplexStream, shaped like a CaptureStream or PlaybackStream."""

    def __init__(self, duplex: DuplexStream, mover: _Capture | _Playback, side: int) -> None:
        self._duplex = duplex
        self._mover = mover
        self._side = side
        self.rate = mover.rate

    @property
    def latency(self) -> float:
        return self._duplex.latency_of(self._side)

    @property
    def callbacks(self) -> int:
        return self._mover.callbacks

    def start(self) -> None:
        self._duplex.start()

    def stop(self) -> None:
        self._duplex.stop()
