"""Ringtone, ringback and the call-waiting beep, played on a chosen output device.

A separate PortAudio stream from the call's: the ringtone goes to the *ringer* device
(a laptop's speakers while the headset is on), and nothing here depends on a call's audio.
"""

from __future__ import annotations

import enum
import logging
import threading
from typing import TYPE_CHECKING, Any

from jego_desktop.media.devices import (
    audio_status,
    choose_device,
    portaudio_lock,
    stream_closed,
    stream_opened,
)

if TYPE_CHECKING:  # numpy loads with the first ring, not at start
    import numpy as np

log = logging.getLogger(__name__)

RATE = 48_000


class Pattern(enum.Enum):
    RINGTONE = "ringtone"  # an incoming call
    RINGBACK = "ringback"  # the far end is ringing
    CALL_WAITING = "call_waiting"  # a second call arrives while talking


def _tone(freqs: tuple[float, ...], seconds: float, level: float = 0.25) -> np.ndarray:
    import numpy as np

    t = np.arange(int(RATE * seconds)) / RATE
    wave = sum(np.sin(2 * np.pi * f * t) for f in freqs) / len(freqs)
    fade = min(len(t) // 2, int(RATE * 0.01))  # 10 ms ramps: no clicks
    envelope = np.ones(len(t))
    envelope[:fade] = np.linspace(0, 1, fade)
    envelope[len(t) - fade :] = np.linspace(1, 0, fade)
    return np.asarray(wave * envelope * level, dtype=np.float32)


def _silence(seconds: float) -> np.ndarray:
    import numpy as np

    return np.zeros(int(RATE * seconds), dtype=np.float32)


def pattern_samples(pattern: Pattern) -> np.ndarray:
    """One period of the pattern, looped while it plays (48 kHz mono float32)."""
    import numpy as np

    if pattern is Pattern.RINGBACK:  # ITU-T E.180: 425 Hz, 1 s on, 4 s off
        parts = [_tone((425.0,), 1.0, 0.2), _silence(4.0)]
    elif pattern is Pattern.CALL_WAITING:  # two short beeps every 3 s
        parts = [_tone((440.0,), 0.2, 0.2), _silence(0.2), _tone((440.0,), 0.2, 0.2), _silence(2.4)]
    else:  # a bright two-note chime twice, then a pause
        note_a, note_b = _tone((880.0, 1320.0), 0.25), _tone((660.0, 990.0), 0.25)
        parts = [note_a, note_b, _silence(0.1), note_a, note_b, _silence(1.9)]
    return np.concatenate(parts)


class Ringer:
    """Plays one pattern at a time, looped, until `stop()`. Never raises for sound trouble.

    `problem` says why nothing can be heard (no device, device gone), "" otherwise.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stream: Any = None
        self._samples: np.ndarray | None = None  # set by play(), before any stream opens
        self._position = 0
        self._np: Any = None  # numpy, bound by play() before any stream opens
        self.playing: Pattern | None = None
        self.problem = ""
        self.ringtone_volume = 1.0  # 0.0 (silent) to 1.0; the ringtone only, from its next ring

    def play(self, pattern: Pattern, device_name: str = "") -> None:
        import numpy as np

        if self.playing is pattern:
            return
        self.stop()
        if pattern is Pattern.RINGTONE and self.ringtone_volume <= 0:
            self.playing = pattern  # asked for and "playing": silently
            return
        gain = self.ringtone_volume if pattern is Pattern.RINGTONE else 1.0
        with self._lock:
            self._np = np  # for `_fill`, on PortAudio's thread
            self._samples = pattern_samples(pattern) * np.float32(min(1.0, gain))
            self._position = 0
        try:
            self._open(device_name)
        except Exception as error:  # PortAudioError, OSError: no sound, but no failure
            self.problem = f"the {pattern.value} cannot be played: {error}"
            log.warning("%s", self.problem)
            return
        self.playing = pattern

    def _open(self, device_name: str) -> None:
        import sounddevice

        with portaudio_lock():  # no re-scan between choosing the index and opening it
            choice = choose_device(audio_status(), device_name, "output")
            self.problem = choice.problem
            stream = sounddevice.OutputStream(
                samplerate=RATE,
                channels=1,
                dtype="float32",
                device=choice.index,
                callback=self._fill,
                latency="high",
            )
            stream.start()
            stream_opened()
        self._stream = stream

    def _fill(self, out: np.ndarray, frames: int, _time: Any, _status: Any) -> None:
        np = self._np
        with self._lock:
            samples, position = self._samples, self._position
            assert samples is not None  # play() set them before opening the stream
            length = len(samples)
            indices = (position + np.arange(frames)) % length
            out[:, 0] = samples[indices]
            self._position = (position + frames) % length

    def stop(self) -> None:
        stream, self._stream = self._stream, None
        self.playing = None
        if stream is None:
            return
        with portaudio_lock():
            try:
                stream.stop()
                stream.close()
            except Exception as error:
                log.warning("closing the ringer stream failed: %s", error)
            stream_closed()
        with self._lock:  # no more `_fill`: the samples (0.6-1 MB) go until the next ring
            self._samples = None
