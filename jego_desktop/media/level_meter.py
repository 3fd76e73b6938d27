"""How loud the microphone is, for the settings view's level meter.

A stream of its own on the chosen input device, opened only while someone looks at the
meter (never during a call: the call's bridge owns the devices then). The PortAudio
callback keeps the peak of what it heard; `take_level()` reads and resets it.
"""

from __future__ import annotations

import logging
import math
import threading
from types import ModuleType
from typing import Any

from jego_desktop.domain.reasons import reason
from jego_desktop.media import devices
from jego_desktop.media.numpy_module import load_numpy

log = logging.getLogger(__name__)

_RATES = (16_000, 48_000, 44_100, 8_000)
_FLOOR_DB = -60.0


def level_from_peak(peak: int) -> float:
    """0.0 (at or below -60 dBFS) to 1.0 (full scale) on a dB scale, as meters show sound."""
    if peak <= 0:
        return 0.0
    db = 20 * math.log10(min(peak, 32768) / 32768)
    return max(0.0, min(1.0, 1 - db / _FLOOR_DB))


class LevelMeter:
    """Opens the microphone with `start(name)`, closes it with `stop()`. Never raises."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stream: Any = None
        self._peak = 0
        self._np: ModuleType | None = None
        self.problem = ""
        self.device_name = ""

    @property
    def running(self) -> bool:
        return self._stream is not None

    def start(self, input_name: str = "") -> bool:
        """Listen to `input_name` ("" = the system default); False and `problem` if it fails."""
        self.stop()
        try:
            sd = devices._load_sounddevice()
            status = devices.audio_status()
            choice = devices.choose_device(status, input_name, "input")
            self._np = load_numpy()  # bound before the callback runs, 50 times a second
            if not status.inputs:
                self.problem = choice.problem or status.problem or reason("no microphone was found")
                return False
            with devices.portaudio_lock():
                stream = self._open(sd, choice.index)
                stream.start()
                devices.stream_opened()
        except Exception as error:  # PortAudioError, OSError: no meter, but no failure
            self.problem = reason("the microphone cannot be opened (%1)", error)
            log.warning("level meter: %s", self.problem)
            return False
        self._stream = stream
        self.device_name = choice.name
        self.problem = choice.problem
        return True

    def _open(self, sd: Any, index: int | None) -> Any:
        last: Exception | None = None
        for rate in _RATES:
            try:
                return sd.RawInputStream(
                    samplerate=rate,
                    blocksize=rate // 50,
                    channels=1,
                    dtype="int16",
                    device=index,
                    callback=self._on_block,
                    finished_callback=None,
                )
            except Exception as error:  # this rate is refused: try the next
                last = error
        raise last if last is not None else RuntimeError(reason("no sample rate accepted"))

    def _on_block(self, data: Any, _frames: int, _time: Any, _status: Any) -> None:
        peak = peak_of(bytes(data), self._np)
        with self._lock:
            self._peak = max(self._peak, peak)

    def take_level(self) -> float:
        """The loudest moment since the last call, 0.0 to 1.0."""
        with self._lock:
            peak, self._peak = self._peak, 0
        return level_from_peak(peak)

    def stop(self) -> None:
        stream, self._stream = self._stream, None
        if stream is None:
            return
        with devices.portaudio_lock():
            try:
                stream.abort()
                stream.close()
            except Exception as error:
                log.warning("closing the level meter's stream failed: %s", error)
            devices.stream_closed()
        with self._lock:
            self._peak = 0


def peak_of(pcm: bytes, np: ModuleType | None = None) -> int:
    """The largest absolute sample of 16-bit PCM (0 for none). Callbacks pass the numpy
    module they bound when their stream opened; other callers may leave it out."""
    if np is None:
        np = load_numpy()
    samples = np.frombuffer(pcm, dtype=np.int16)
    return int(np.max(np.abs(samples.astype(np.int32)))) if samples.size else 0
