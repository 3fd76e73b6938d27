"""A UDP socket on 127.0.0.1 that keeps every G.711 A-law RTP packet sent to it, with
its arrival time: what a caller really put on the wire, decoded for tests/peers/tones.py.
"""

from __future__ import annotations

import socket
import struct
import threading
import time
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from tests.peers.ports import LOOPBACK

PCMA = 8
RTP_HEADER = 12


@dataclass(frozen=True)
class RtpPacket:
    arrived: float  # time.monotonic()
    payload_type: int
    sequence: int
    payload: bytes


def alaw_to_float(data: bytes) -> npt.NDArray[np.float64]:
    """G.711 A-law bytes to samples in -1..1 (ITU-T G.711 expansion)."""
    code = np.frombuffer(data, dtype=np.uint8).astype(np.int64) ^ 0x55
    segment = (code >> 4) & 0x7
    mantissa = code & 0xF
    magnitude = np.where(
        segment == 0, (mantissa << 4) + 8, ((mantissa << 4) + 0x108) << np.maximum(segment - 1, 0)
    )
    signed = np.where(code & 0x80, magnitude, -magnitude)
    return signed.astype(np.float64) / 32768.0


class RtpSink:
    """Bind at construction (`port`), `start()` receiving, `stop()`; packets in `packets`."""

    def __init__(self) -> None:
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._sock.bind((LOOPBACK, 0))
        self._sock.settimeout(0.1)
        self.port: int = self._sock.getsockname()[1]
        self._lock = threading.Lock()
        self._packets: list[RtpPacket] = []
        self._running = False
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._running = True
        self._thread = threading.Thread(target=self._receive, name="rtp-sink", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._running = False
        if self._thread is not None:
            self._thread.join(2)
        self._sock.close()

    def _receive(self) -> None:
        while self._running:
            try:
                data = self._sock.recv(2048)
            except TimeoutError:
                continue
            except OSError:
                return
            if len(data) < RTP_HEADER or data[0] >> 6 != 2:
                continue  # not RTP version 2
            count = data[0] & 0x0F
            payload_type = data[1] & 0x7F
            (sequence,) = struct.unpack("!H", data[2:4])
            packet = RtpPacket(
                time.monotonic(), payload_type, sequence, data[RTP_HEADER + 4 * count :]
            )
            with self._lock:
                self._packets.append(packet)

    @property
    def packets(self) -> list[RtpPacket]:
        with self._lock:
            return list(self._packets)

    def audio(self, start: float, end: float) -> npt.NDArray[np.float64]:
        """The PCMA audio of the packets that arrived in [start, end), in sequence order."""
        chosen = [p for p in self.packets if start <= p.arrived < end and p.payload_type == PCMA]
        chosen.sort(key=lambda p: p.sequence)  # no wrap within a test's few seconds
        if not chosen:
            return np.zeros(0)
        return np.concatenate([alaw_to_float(p.payload) for p in chosen])
