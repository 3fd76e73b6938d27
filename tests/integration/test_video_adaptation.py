"""Video over a link that narrows and widens again: the picture gets smaller, keeps moving,
and comes back to full size.

Two video sessions on one VideoLoop, each sending the numbered 640x480 test pattern at
30 fps, talk through tests/peers/shaped_link.py (a rate-limited UDP relay on 127.0.0.1,
the same bottleneck both ways). aiortc's congestion control lowers the bit rate; the
resolution policy (media/video/adaptation.py) lowers the size. The receiving side reads
the frame number out of every picture, so "moving" means numbers going up, not frames
counted.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import numpy as np
import pytest

from jego_desktop.media.video.loop import VideoLoop
from jego_desktop.media.video.pattern import read_pattern
from jego_desktop.media.video.session import VideoSession, VideoStats
from jego_desktop.media.video.tracks import PatternTrack
from tests.peers.shaped_link import ShapedLink

NARROW_BPS = 120_000  # below aiortc's own 250 kbit/s floor, well below 640x480
NARROW_S = 10
WIDTH, HEIGHT, FPS = 640, 480, 30


@dataclass
class Side:
    name: str
    lock: threading.Lock = field(default_factory=threading.Lock)
    pictures: list[tuple[float, int | None, tuple[int, int]]] = field(default_factory=list)
    stats: list[tuple[float, VideoStats]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    def read_since(self, since: float) -> list[tuple[int, tuple[int, int]]]:
        with self.lock:
            return [(n, size) for t, n, size in self.pictures if t >= since and n is not None]

    def sent_sizes_since(self, since: float) -> set[tuple[int, int]]:
        with self.lock:
            return {(s.sent_width, s.sent_height) for t, s in self.stats if t >= since}


class Wiring:
    """The listener of both sessions: hands descriptions across the shaped link."""

    def __init__(self, link: ShapedLink, source: Callable[[], PatternTrack] | None = None) -> None:
        self.link = link
        self.source = source or pattern  # what b sends
        self.sides = {"a": Side("a"), "b": Side("b")}
        self.sessions: dict[str, VideoSession] = {}

    def on_description(self, session: VideoSession, kind: str, sdp: str) -> None:
        if kind == "offer":
            self.sessions["b"].answer(self.link.offer_for_b(sdp), self.source)
        else:
            self.sessions["a"].accept_answer(self.link.answer_for_a(sdp))

    def on_connection(self, session: VideoSession, state: str) -> None:
        pass

    def on_remote_frame(self, session: VideoSession, image: np.ndarray) -> None:
        side = self.sides[session.session_id]
        size = (image.shape[1], image.shape[0])
        with side.lock:
            side.pictures.append((time.monotonic(), read_pattern(image), size))

    def on_local_frame(self, session: VideoSession, image: np.ndarray) -> None:
        pass

    def on_stats(self, session: VideoSession, stats: VideoStats) -> None:
        side = self.sides[session.session_id]
        with side.lock:
            side.stats.append((time.monotonic(), stats))

    def on_failure(self, session: VideoSession, message: str) -> None:
        self.sides[session.session_id].failures.append(message)


def pattern() -> PatternTrack:
    return PatternTrack(WIDTH, HEIGHT, FPS)


def wait_for(check: Callable[[], bool], timeout: float) -> float:
    """Seconds it took; fails after `timeout`."""
    start = time.monotonic()
    while not check():
        assert time.monotonic() - start < timeout, f"not within {timeout:.0f} s"
        time.sleep(0.2)
    return time.monotonic() - start


@pytest.fixture
def wiring() -> Iterator[Wiring]:
    link = ShapedLink()
    loop = VideoLoop("test-video-adaptation")
    loop.start()
    wiring = Wiring(link)
    for name in ("a", "b"):
        wiring.sessions[name] = VideoSession(loop, name, wiring, WIDTH, HEIGHT, "127.0.0.1")
    try:
        yield wiring
    finally:
        for session in wiring.sessions.values():
            session.close().result(timeout=10)
        loop.stop()
        link.close()


def full_size_and_moving(side: Side, since: float) -> bool:
    read = [n for n, size in side.read_since(since) if size == (WIDTH, HEIGHT)]
    return len(read) >= 30 and read == sorted(read)


def sent_sizes(side: Side) -> list[tuple[int, int]]:
    """The sizes the side sent, in order, repeats collapsed."""
    with side.lock:
        sizes = [(s.sent_width, s.sent_height) for _, s in side.stats if s.sent_width]
    return [size for i, size in enumerate(sizes) if i == 0 or sizes[i - 1] != size]


def test_the_picture_shrinks_on_a_narrow_link_keeps_moving_and_grows_back(
    wiring: Wiring,
) -> None:
    a, b = wiring.sides["a"], wiring.sides["b"]
    wiring.sessions["a"].offer(pattern)
    start = time.monotonic()
    wait_for(lambda: full_size_and_moving(a, start) and full_size_and_moving(b, start), 20)

    narrowed = time.monotonic()
    wiring.link.set_rate(NARROW_BPS)
    down_s = wait_for(
        lambda: all(
            any(size[0] <= WIDTH // 2 for _, size in side.read_since(narrowed)) for side in (a, b)
        ),
        25,
    )
    smaller = time.monotonic()
    time.sleep(NARROW_S)  # the narrow link for a while: pictures must keep coming
    for side in (a, b):
        numbers = [n for n, _ in side.read_since(smaller)]
        assert len(numbers) >= NARROW_S * 10, f"{side.name}: {len(numbers)} in {NARROW_S} s"
        assert numbers == sorted(numbers), f"{side.name}: pictures out of order"
    narrow_fps = min(len(side.read_since(smaller)) for side in (a, b)) / NARROW_S
    counts = wiring.link.counts()
    assert counts["a_to_b_dropped"] + counts["b_to_a_dropped"] > 0, "the link never filled"

    widened = time.monotonic()
    wiring.link.set_rate(0)
    up_s = wait_for(
        lambda: full_size_and_moving(a, widened) and full_size_and_moving(b, widened), 75
    )
    for side in (a, b):
        sizes = sent_sizes(side)
        assert sizes[0] == (WIDTH, HEIGHT) and sizes[-1] == (WIDTH, HEIGHT), sizes
        assert {(320, 240), (160, 120)} & set(sizes), sizes
    assert not a.failures and not b.failures, (a.failures, b.failures)
    print(
        f"video on a {NARROW_BPS // 1000} kbit/s link: smaller pictures after {down_s:.1f} s, "
        f"{narrow_fps:.0f} readable pictures/s while narrow, full size {up_s:.1f} s after "
        f"the link widened; sizes sent by a: {sent_sizes(a)}, by b: {sent_sizes(b)}"
    )
