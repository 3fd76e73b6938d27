"""The conference-bridge port that carries call audio to and from an AudioEndpoint.

Its two callbacks run on pjmedia's clock thread every 20 ms. Frames are copied through
the vector's own memory: `bytes(frame.buf)` walks the vector element by element and
costs ~1 ms a frame, which matters 50 times a second each way. The clock thread keeps its
Python thread state between callbacks (engine/thread_state.py); whoever stops the clock
calls `forget_clock_thread` once the thread has ended.
"""

from __future__ import annotations

import ctypes
import logging

import pjsua2 as pj

from jego_desktop.domain.audio import FRAME_BYTES, FRAME_MS, SAMPLE_RATE, AudioEndpoint
from jego_desktop.engine.guard import log_failure
from jego_desktop.engine.thread_state import PinnedThreadState

log = logging.getLogger(__name__)


def _vector_data(vector: pj.ByteVector) -> int:
    # A std::vector starts with the pointer to its first element (libstdc++, libc++, MSVC).
    return int(ctypes.c_void_p.from_address(int(vector.this)).value or 0)


def read_vector(vector: pj.ByteVector, size: int) -> bytes:
    address = _vector_data(vector)
    return ctypes.string_at(address, size) if address else b""


def write_vector(vector: pj.ByteVector, data: bytes) -> None:
    if vector.size() != len(data):
        vector.resize(len(data))
    ctypes.memmove(_vector_data(vector), data, len(data))


def fast_copy_works() -> bool:
    """Check once that the memory layout assumption holds on this platform."""
    probe = pj.ByteVector(b"jego-probe")
    if read_vector(probe, probe.size()) != b"jego-probe":
        return False
    write_vector(probe, b"0123456789ab")
    return bytes(probe) == b"0123456789ab"


class BridgePort(pj.AudioMediaPort):  # type: ignore[misc]
    """16 kHz mono 20 ms port: frames pulled from and pushed to an AudioEndpoint."""

    def __init__(self, audio: AudioEndpoint) -> None:
        super().__init__()
        self._audio = audio
        self._fast = fast_copy_works()
        self._clock_thread = PinnedThreadState()
        if not self._fast:
            log.warning("fast frame copy unavailable; using the slow path")

    def create(self) -> None:
        fmt = pj.MediaFormatAudio()
        fmt.init(pj.PJMEDIA_FORMAT_PCM, SAMPLE_RATE, 1, FRAME_MS * 1000, 16)
        self.createPort("jego-audio", fmt)

    def forget_clock_thread(self) -> None:
        """After the clock's thread has ended (pjsua joins it when the device closes)."""
        self._clock_thread.forget()

    def onFrameRequested(self, frame: pj.MediaFrame) -> None:  # noqa: N802 - pjsua2 API
        try:
            self._clock_thread.pin()
            data = self._audio.capture_frame()
            if self._fast:
                write_vector(frame.buf, data)
            else:
                frame.buf = pj.ByteVector(data)
            frame.size = len(data)
            frame.type = pj.PJMEDIA_FRAME_TYPE_AUDIO
        except Exception:
            log_failure(log, "capture frame failed")

    def onFrameReceived(self, frame: pj.MediaFrame) -> None:  # noqa: N802 - pjsua2 API
        try:
            self._clock_thread.pin()
            if frame.type != pj.PJMEDIA_FRAME_TYPE_AUDIO or frame.size != FRAME_BYTES:
                return
            data = read_vector(frame.buf, frame.size) if self._fast else bytes(frame.buf)
            self._audio.play_frame(data)
        except Exception:
            log_failure(log, "playback frame failed")
