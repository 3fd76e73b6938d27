"""A video jitter buffer that holds at most half a second of pictures.

aiortc's receiver keeps up to 512 video packets waiting for a missing one, and asks
for it (NACK) only once. When that retransmission is lost too, nothing is decoded
until 512 more packets have arrived: 17 s at 30 packets a second, the rate of a
small picture on a narrow link (measured through tests/peers/shaped_link.py at
120 kbit/s: 0 fps for 10-12 s at a time). And it hands out one frame per packet
received, so at one packet a picture a late packet's delay never drains.

Here, once the buffer holds more than half a second of pictures, everything before
the newest picture is dropped and the receiver asks for a key frame (PLI), as aiortc
does when its buffer overflows: a short freeze instead of a long one, and the delay
back to normal.

aiortc makes its buffers from the name JitterBuffer in its receiver module when a
receiver starts, so use_patient_jitter_buffer() replaces that name;
tests/unit/media/test_jitter.py fails if aiortc stops working that way.
"""

from __future__ import annotations

import aiortc.rtcrtpreceiver
from aiortc.jitterbuffer import JitterBuffer, JitterFrame
from aiortc.rtp import RtpPacket

VIDEO_CLOCK_HZ = 90_000
LONGEST_WAIT_S = 0.5


class PatientJitterBuffer(JitterBuffer):
    def add(self, packet: RtpPacket) -> tuple[bool, JitterFrame | None]:
        ask_for_key_frame, frame = super().add(packet)
        if self._is_video and self._holds_too_long(packet.timestamp):
            self._drop_before(packet.timestamp)
            ask_for_key_frame = True
        return ask_for_key_frame, frame

    def _held(self) -> list[tuple[int, RtpPacket]]:
        """(offset from the head, packet) of every packet held, oldest first."""
        if self._origin is None:
            return []
        found = []
        for offset in range(self._capacity):
            held = self._packets[(self._origin + offset) % self._capacity]
            if held is not None:
                found.append((offset, held))
        return found

    def _holds_too_long(self, newest_timestamp: int) -> bool:
        held = self._held()
        if not held:
            return False
        waited = (newest_timestamp - held[0][1].timestamp) % (1 << 32)
        return LONGEST_WAIT_S * VIDEO_CLOCK_HZ < waited < (1 << 31)

    def _drop_before(self, timestamp: int) -> None:
        for offset, held in self._held():
            if held.timestamp == timestamp:
                self.remove(offset)
                return


def use_patient_jitter_buffer() -> None:
    aiortc.rtcrtpreceiver.JitterBuffer = PatientJitterBuffer  # type: ignore[attr-defined]
