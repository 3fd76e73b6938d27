"""Video over a narrow link: aiortc as shipped against Jego's adaptation.

Run: .venv/bin/pytest tests/bench/test_video_link_bench.py -s -m bench
Two video sessions in this process send each other the numbered 640x480 pattern at
30 fps, with camera-like grain, through tests/peers/shaped_link.py narrowed to
120 kbit/s each way. "aiortc as shipped" puts back its 250 kbit/s bit-rate floor and
its 512-packet jitter buffer and keeps the picture size; "Jego" is what the app runs
(media/video/adaptation.py, vp8_rate.py, jitter.py). Printed for what b receives from
a over NARROW_S seconds: readable pictures a second, the longest stretch without a
new readable picture, and the delay from a picture being made to being read. Nothing
here asserts a time.
"""

from __future__ import annotations

import itertools
import statistics
import threading
import time
from collections.abc import Iterator

import aiortc.codecs.vpx
import aiortc.jitterbuffer
import aiortc.rtcrtpreceiver
import pytest

from jego_desktop.media.video.adaptation import ResolutionPolicy
from jego_desktop.media.video.loop import VideoLoop
from jego_desktop.media.video.session import VideoSession
from jego_desktop.media.video.tracks import PatternTrack
from tests.integration.test_video_adaptation import (
    FPS,
    GRAIN,
    HEIGHT,
    WIDTH,
    Wiring,
    wait_for,
)
from tests.peers.shaped_link import ShapedLink

pytestmark = [pytest.mark.bench, pytest.mark.timeout(180)]

NARROW_BPS = 120_000
NARROW_S = 10.0


class SendTimes:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.at: dict[int, float] = {}

    def __call__(self, number: int, when: float) -> None:
        with self.lock:
            self.at[number % (1 << 16)] = when


@pytest.fixture
def loop() -> Iterator[VideoLoop]:
    started = VideoLoop("bench-video-link")
    started.start()
    yield started
    started.stop()


def run(loop: VideoLoop, stock: bool, monkeypatch: pytest.MonkeyPatch) -> str:
    link = ShapedLink()
    sent = SendTimes()
    wiring = Wiring(link)
    for name in ("a", "b"):
        wiring.sessions[name] = VideoSession(loop, name, wiring, WIDTH, HEIGHT, "127.0.0.1")
    if stock:  # after the sessions were made: they install Jego's changes
        monkeypatch.setattr(aiortc.codecs.vpx, "MIN_BITRATE", 250_000)
        monkeypatch.setattr(aiortc.rtcrtpreceiver, "JitterBuffer", aiortc.jitterbuffer.JitterBuffer)
        monkeypatch.setattr(ResolutionPolicy, "observe", lambda self, sample: 0)
    try:
        wiring.sessions["a"].offer(
            lambda: PatternTrack(WIDTH, HEIGHT, FPS, on_sent=sent, grain=GRAIN)
        )
        b = wiring.sides["b"]
        start = time.monotonic()
        wait_for(lambda: len(b.read_since(start)) >= 30, 20)
        link.set_rate(NARROW_BPS)
        narrowed = time.monotonic()
        time.sleep(NARROW_S)
        with b.lock:
            seen = [(t, n) for t, n, _ in b.pictures if t >= narrowed and n is not None]
        with sent.lock:
            delays = [t - sent.at[n] for t, n in seen if n in sent.at]
        times = [narrowed] + [t for t, _ in seen] + [narrowed + NARROW_S]
        freeze = max(later - earlier for earlier, later in itertools.pairwise(times))
        sizes = sorted({size for t, _, size in b.pictures if t >= narrowed})
        delay = (
            f"delay median {statistics.median(delays) * 1000:.0f} ms, "
            f"p95 {statistics.quantiles(delays, n=20)[-1] * 1000:.0f} ms"
            if len(delays) >= 20
            else "too few pictures for a delay"
        )
        return (
            f"{len(seen) / NARROW_S:.1f} readable pictures/s, longest freeze {freeze:.1f} s, "
            f"{delay}, sizes {sizes}"
        )
    finally:
        for session in wiring.sessions.values():
            session.close().result(timeout=10)
        link.close()


def test_video_on_a_narrow_link(loop: VideoLoop, monkeypatch: pytest.MonkeyPatch) -> None:
    stock = run(loop, True, monkeypatch)
    monkeypatch.undo()
    jego = run(loop, False, monkeypatch)
    print(f"video 640x480 30 fps over {NARROW_BPS // 1000} kbit/s for {NARROW_S:.0f} s")
    print(f"  aiortc as shipped: {stock}")
    print(f"  Jego:              {jego}")
