"""An audio endpoint without devices: sends a tone and keeps what it hears.

Used by the sound-free sound test and by tests that prove audio by content.
"""

from __future__ import annotations

import math
import threading
from collections import deque

import numpy as np

from jego_desktop.domain.audio import FRAME_SAMPLES, SAMPLE_RATE, SILENCE


class ToneAudio:
    """AudioEndpoint that captures a continuous sine and records received frames."""

    def __init__(
        self, tone_hz: float | None = 440.0, amplitude: float = 0.3, keep_seconds: float = 60.0
    ) -> None:
        self.tone_hz = tone_hz
        self._amplitude = amplitude
        self._phase = 0.0
        self._heard: deque[bytes] = deque(maxlen=int(keep_seconds * 1000 / 20))
        self._lock = threading.Lock()
        self.opened = 0
        self.closed = 0

    def open(self) -> None:
        self.opened += 1

    def close(self) -> None:
        self.closed += 1

    def capture_frame(self) -> bytes:
        if self.tone_hz is None:
            return SILENCE
        step = 2 * math.pi * self.tone_hz / SAMPLE_RATE
        phases = self._phase + step * np.arange(FRAME_SAMPLES)
        self._phase = float((phases[-1] + step) % (2 * math.pi))
        samples = (np.sin(phases) * self._amplitude * 32767).astype("<i2")
        return bytes(samples.tobytes())

    def play_frame(self, frame: bytes) -> None:
        with self._lock:
            self._heard.append(frame)

    def heard(self) -> np.ndarray:
        """Everything received so far, as 16 kHz mono float samples in [-1, 1]."""
        with self._lock:
            data = b"".join(self._heard)
        return np.frombuffer(data, dtype="<i2").astype(np.float32) / 32768.0

    def clear(self) -> None:
        with self._lock:
            self._heard.clear()
