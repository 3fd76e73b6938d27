"""The audio contract between the call engine and whatever plays and captures sound."""

from __future__ import annotations

from typing import Protocol

SAMPLE_RATE = 16_000  # the conference bridge's clock: G.722 needs no resampling
FRAME_MS = 20
FRAME_SAMPLES = SAMPLE_RATE * FRAME_MS // 1000
FRAME_BYTES = FRAME_SAMPLES * 2  # 16-bit mono little-endian PCM
SILENCE = bytes(FRAME_BYTES)


class AudioEndpoint(Protocol):
    """Where call audio comes from and goes to (the sound card, a tone, a file).

    `capture_frame` and `play_frame` run on the media clock thread every 20 ms: they must
    return at once and never block on I/O.
    """

    def open(self) -> None:
        """Start the devices; called on the engine thread when the first call has audio."""

    def close(self) -> None:
        """Stop the devices; called on the engine thread when no call has audio any more."""

    def capture_frame(self) -> bytes:
        """The next FRAME_BYTES of microphone audio (silence when none is ready)."""
        ...

    def play_frame(self, frame: bytes) -> None:
        """FRAME_BYTES of far-end audio for the speaker."""
