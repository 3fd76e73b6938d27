"""A bounded queue of 20 ms frames between two threads whose clocks drift apart.

The producer (a PortAudio callback, or pjmedia's clock) and the consumer (the other one)
each run every 20 ms, but on different clocks: left alone the queue would slowly fill
(latency grows) or run dry (clicks). Depth is judged by the consumer: a queue that held two
or more frames at every read for a whole second carries latency nobody needs, so one frame
is dropped. A queue that is full drops its oldest frame. An empty one yields nothing and
the consumer plays or sends silence.

`collections.deque` appends and pops are atomic in CPython, so producer and consumer need
no lock; the streak counter and statistics belong to the consumer alone.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

TRIM_AFTER_READS = 50  # one second of 20 ms reads
TRIM_DEPTH = 2


@dataclass
class QueueStats:
    """What a queue has had to do so far (read them for diagnostics; not synchronised)."""

    overflows: int = 0  # frames lost because the queue was full
    trimmed: int = 0  # frames dropped to cut standing latency
    underruns: int = 0  # reads that found nothing


class FrameQueue(Generic[T]):
    """FIFO of at most `capacity` frames; `get()` trims standing latency (see module doc)."""

    def __init__(
        self,
        capacity: int = 8,
        trim_after: int = TRIM_AFTER_READS,
        trim_depth: int = TRIM_DEPTH,
    ) -> None:
        if capacity < trim_depth:
            raise ValueError("capacity must be at least trim_depth")
        self.capacity = capacity
        self._frames: deque[T] = deque(maxlen=capacity)
        self._trim_after = trim_after
        self._trim_depth = trim_depth
        self._deep_reads = 0
        self.stats = QueueStats()

    def __len__(self) -> int:
        return len(self._frames)

    def put(self, frame: T) -> None:
        """Producer side: append, losing the oldest frame when full."""
        frames = self._frames
        if len(frames) == self.capacity:
            self.stats.overflows += 1
        frames.append(frame)

    def get(self) -> T | None:
        """Consumer side: the oldest frame, or None when empty."""
        frames = self._frames
        if len(frames) >= self._trim_depth:
            self._deep_reads += 1
            if self._deep_reads >= self._trim_after:
                self._deep_reads = 0
                self.stats.trimmed += 1
                self._pop()
        else:
            self._deep_reads = 0
        frame = self._pop()
        if frame is None:
            self.stats.underruns += 1
        return frame

    def _pop(self) -> T | None:
        try:
            return self._frames.popleft()
        except IndexError:  # the producer may not have refilled it since len() was read
            return None

    def clear(self) -> None:
        """Consumer side (or while the producer is stopped): drop everything queued."""
        self._frames.clear()
        self._deep_reads = 0
