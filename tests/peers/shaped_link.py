"""A narrow network link between two peers on 127.0.0.1: a rate-limited UDP relay.

Each side is told (by rewriting its peer's SDP) that the peer lives at one of the
relay's two sockets; whatever arrives there is forwarded to the real peer from the
other socket, through a bottleneck per direction: a queue drained at `rate_bps`
and holding at most `max_delay_s` worth of packets (the rest is dropped), like a
congested uplink. `set_rate()` changes it while traffic flows. ICE sees the relay
as a peer-reflexive address; DTLS and SRTP pass untouched.

Test code only; bounded: one thread, two sockets, stopped by close().
"""

from __future__ import annotations

import collections
import re
import select
import socket
import threading
import time
from dataclasses import dataclass, field

_CANDIDATE = re.compile(r"^(a=candidate:\S+ \d+ udp \d+ )(\S+) (\d+)( typ host.*)$", re.I)


@dataclass
class _Direction:
    out: socket.socket
    to: tuple[str, int] | None = None
    queue: collections.deque[tuple[float, bytes]] = field(default_factory=collections.deque)
    queued_bits: int = 0
    next_free: float = 0.0
    passed: int = 0
    dropped: int = 0


class ShapedLink:
    def __init__(self, rate_bps: float = 0.0, max_delay_s: float = 0.3) -> None:
        self._rate = rate_bps  # 0: no limit
        self._max_delay = max_delay_s
        self._lock = threading.Lock()
        self._side_a = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self._side_b = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        for sock in (self._side_a, self._side_b):
            sock.bind(("127.0.0.1", 0))
            sock.setblocking(False)
        # Packets A sends arrive on side_a and leave from side_b towards B, and back.
        self._a_to_b = _Direction(out=self._side_b)
        self._b_to_a = _Direction(out=self._side_a)
        self._running = True
        self._thread = threading.Thread(target=self._run, name="shaped-link", daemon=True)
        self._thread.start()

    def set_rate(self, rate_bps: float) -> None:
        with self._lock:
            self._rate = rate_bps

    def offer_for_b(self, sdp_from_a: str) -> str:
        """A's description as B must see it: A's candidates point at the relay."""
        sdp, self._b_to_a.to = _rewrite(sdp_from_a, self._side_b.getsockname()[1])
        return sdp

    def answer_for_a(self, sdp_from_b: str) -> str:
        sdp, self._a_to_b.to = _rewrite(sdp_from_b, self._side_a.getsockname()[1])
        return sdp

    def counts(self) -> dict[str, int]:
        with self._lock:
            return {
                "a_to_b_passed": self._a_to_b.passed,
                "a_to_b_dropped": self._a_to_b.dropped,
                "b_to_a_passed": self._b_to_a.passed,
                "b_to_a_dropped": self._b_to_a.dropped,
            }

    def close(self) -> None:
        self._running = False
        self._thread.join(timeout=5)
        self._side_a.close()
        self._side_b.close()

    def _run(self) -> None:
        inbound = {self._side_a: self._a_to_b, self._side_b: self._b_to_a}
        while self._running:
            readable, _, _ = select.select(list(inbound), [], [], 0.002)
            now = time.monotonic()
            for sock in readable:
                self._take(sock, inbound[sock], now)
            for direction in inbound.values():
                self._release(direction, time.monotonic())

    def _take(self, sock: socket.socket, direction: _Direction, now: float) -> None:
        for _ in range(64):
            try:
                data, _ = sock.recvfrom(65536)
            except BlockingIOError:
                return
            with self._lock:
                rate = self._rate
                bits = len(data) * 8
                backlog = direction.queued_bits / rate if rate else 0.0
                if rate and backlog > self._max_delay:
                    direction.dropped += 1
                    continue
                direction.queue.append((now, data))
                direction.queued_bits += bits

    def _release(self, direction: _Direction, now: float) -> None:
        while direction.queue and direction.to is not None:
            with self._lock:
                rate = self._rate
            if rate and direction.next_free > now:
                return
            _, data = direction.queue.popleft()
            direction.queued_bits -= len(data) * 8
            start = max(direction.next_free, now)
            direction.next_free = start + (len(data) * 8 / rate if rate else 0.0)
            try:
                direction.out.sendto(data, direction.to)
                direction.passed += 1
            except OSError:
                direction.dropped += 1


def _rewrite(sdp: str, relay_port: int) -> tuple[str, tuple[str, int] | None]:
    """Point every host candidate of `sdp` at the relay; the real address it had."""
    real: tuple[str, int] | None = None
    lines = []
    for line in sdp.split("\r\n"):
        match = _CANDIDATE.match(line)
        if match:
            real = (match.group(2), int(match.group(3)))
            line = f"{match.group(1)}127.0.0.1 {relay_port}{match.group(4)}"
        elif line.startswith("m=video "):
            parts = line.split(" ")
            parts[1] = str(relay_port)
            line = " ".join(parts)
        lines.append(line)
    return "\r\n".join(lines), real
