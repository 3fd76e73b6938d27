"""Echo cancellation and noise suppression of microphone frames (WebRTC's audio processing).

The processing comes from `pywebrtc-audio` (Apache-2.0; WebRTC's AEC3, noise suppression
and AGC2 compiled into a 1 MB wheel for Linux, macOS and Windows, Python 3.10 and later).
Without it the bridge still works, unprocessed, and says why.

Echo cancellation needs, for every microphone frame, the frame that went to the speaker
at the same moment (the "far end" reference); the canceller finds the delay between the
two by itself, a hint (`stream_delay_ms`) only speeds it up. It does nothing against pure
tones: its delay estimator needs a broadband signal such as speech.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from jego_desktop.domain.audio import FRAME_SAMPLES, SAMPLE_RATE
from jego_desktop.domain.reasons import reason
from jego_desktop.media.numpy_module import load_numpy

if TYPE_CHECKING:  # numpy loads with the first call's sound, not at start
    import numpy as np
    import numpy.typing as npt

    Int16Array = npt.NDArray[np.int16]


@dataclass(frozen=True)
class VoiceSettings:
    """Which processing the microphone signal gets."""

    echo_cancellation: bool = True
    noise_suppression: bool = True
    auto_gain: bool = False

    @property
    def any(self) -> bool:
        return self.echo_cancellation or self.noise_suppression or self.auto_gain


def _load_backend() -> Any:
    import pywebrtc_audio  # optional: absent on Python < 3.10

    return pywebrtc_audio


class VoiceProcessor:
    """One WebRTC audio-processing pipeline for 16 kHz mono int16 frames.

    Not thread-safe: feed it from one thread at a time (the bridge holds a lock).
    """

    def __init__(self, settings: VoiceSettings, stream_delay_ms: int = 0) -> None:
        backend = _load_backend()
        self.settings = settings
        # Bound here, when the call's streams open, not in the 20 ms path.
        self._np = np = load_numpy()
        self._silence = np.zeros(FRAME_SAMPLES, dtype=np.int16)
        self._processor = backend.AudioProcessor(
            sample_rate=SAMPLE_RATE,
            num_channels=1,
            echo_cancellation=settings.echo_cancellation,
            noise_suppression=settings.noise_suppression,
            high_pass_filter=True,
            auto_gain_control=settings.auto_gain,
            stream_delay_ms=max(0, stream_delay_ms),
        )

    @property
    def wants_reference(self) -> bool:
        return self.settings.echo_cancellation

    @property
    def stream_delay_ms(self) -> int:
        return int(self._processor.stream_delay_ms)

    @stream_delay_ms.setter
    def stream_delay_ms(self, value: int) -> None:
        self._processor.stream_delay_ms = max(0, int(value))

    def process(self, near: Int16Array, far: Int16Array | None) -> Int16Array:
        """The cleaned microphone frame; `far` is what the speaker played meanwhile."""
        if not self.settings.echo_cancellation:
            far = None
        result: Int16Array = self._processor.process(near, far)
        return result

    def process_frame(self, near: bytes, far: bytes | None) -> bytes:
        """`process` for one 20 ms frame as bytes; no `far` frame counts as silence."""
        np = self._np
        near_samples = np.frombuffer(near, dtype=np.int16)
        far_samples = self._silence if far is None else np.frombuffer(far, dtype=np.int16)
        return bytes(self.process(near_samples, far_samples).tobytes())

    def reset(self) -> None:
        self._processor.reset()


def create_processor(
    settings: VoiceSettings, stream_delay_ms: int = 0
) -> tuple[VoiceProcessor | None, str]:
    """A processor for `settings` (None when none is wanted), or None and the reason."""
    if not settings.any:
        return None, ""
    try:
        return VoiceProcessor(settings, stream_delay_ms), ""
    except ImportError:
        return None, reason(
            "echo cancellation is unavailable: the pywebrtc-audio package is missing"
        )
    except Exception as error:  # a broken native library must not cost the call its sound
        return None, reason("echo cancellation failed to start (%1)", error)
