"""Figures of a video call between two Jego instances (640x480 at 30 fps, VP8).

Run: .venv/bin/pytest tests/bench/test_video_bench.py -s -m bench
Alice (this process: engine + VideoCalls) and Bob (tests/integration/video_peer.py)
call each other through Kamailio and both send the numbered test pattern. Printed:
CPU of each process with the audio call alone and with video added, and the end-to-end
latency of Alice's frames at Bob (from the moment the pattern is made to the moment
the decoded picture reaches Bob's GUI thread; one machine, one monotonic clock).
JEGO_BENCH_VIDEO_S sets each measured stretch (default 10 s). Nothing here asserts a time.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from jego_desktop.domain.accounts import AccountConfig
from jego_desktop.domain.calls import CallState
from jego_desktop.engine.refcount_workaround import protect_singletons
from jego_desktop.media.video.tracks import PatternTrack
from jego_desktop.models.video.video_call import VideoCalls
from jego_desktop.models.video.video_sources import CameraSources
from tests.integration.engine_probe import EngineProbe, pump
from tests.integration.test_video_calls import VideoPeerClient, wait_until
from tests.peers.kamailio import Kamailio

pytestmark = [pytest.mark.bench, pytest.mark.peers, pytest.mark.timeout(240)]

VIDEO_S = float(os.environ.get("JEGO_BENCH_VIDEO_S", "10"))
AUDIO_S = 5.0
FPS = 30.0
TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int | str = "self") -> float:
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


def cpu_percent(pids: list[int | str], seconds: float) -> list[float]:
    start = [cpu_seconds(pid) for pid in pids]
    began = time.monotonic()
    pump(seconds)
    span = time.monotonic() - began
    return [100 * (cpu_seconds(pid) - s) / span for pid, s in zip(pids, start, strict=False)]


@pytest.fixture
def bob(tmp_path: Path, kamailio: Kamailio) -> Iterator[VideoPeerClient]:
    server = f"127.0.0.1:{kamailio.port('udp')}"
    peer = VideoPeerClient("bob", tmp_path, "bob", "secret-b", server, fps=FPS)
    peer.start()
    yield peer
    peer.stop()


def test_video_call_cpu_and_frame_latency(
    engine_factory: Any, kamailio: Kamailio, bob: VideoPeerClient
) -> None:
    protect_singletons()
    probe: EngineProbe = engine_factory(tone_hz=700.0)
    sent: dict[int, float] = {}

    def track() -> PatternTrack:
        return PatternTrack(640, 480, FPS, on_sent=sent.__setitem__)

    video = VideoCalls(
        probe.engine, CameraSources(override=track), bind_address=probe.engine.config.bind_address
    )
    assert probe.engine.config.bind_address == "127.0.0.1"  # video on loopback, as SIP
    video.connect_engine(probe.engine)
    try:
        account = AccountConfig(number="alice", server=f"127.0.0.1:{kamailio.port('udp')}")
        probe.register(account, "secret-a")
        call_id = probe.engine.make_call(kamailio.aor("bob"), account.key)
        probe.wait_call(call_id, CallState.ACTIVE)
        pump(1.0)
        audio_cpu = cpu_percent(["self", bob.pid], AUDIO_S)
        video.start_video(call_id)
        shown = lambda: [e for e in bob.events("frame") if e["n"] is not None]  # noqa: E731
        wait_until(lambda: len(shown()) > 0, 20, "Alice's first frame at Bob")
        pump(2.0)  # past the first key frames and the bitrate ramp
        mark = bob.mark()
        video_cpu = cpu_percent(["self", bob.pid], VIDEO_S)
        frames = [e for e in bob.events("frame")[mark:] if e["n"] is not None]
        stats = video.status(call_id).stats
        probe.engine.hangup(call_id)
        probe.wait_call(call_id, CallState.ENDED)
        wait_until(lambda: not video.status(call_id).stats, 5, "video ending")
    finally:
        video.shutdown()
    latencies = sorted(1000 * (e["t"] - sent[e["n"]]) for e in frames if e["n"] in sent)
    assert latencies, "no frame of Alice's was read at Bob"
    p95 = latencies[int(0.95 * (len(latencies) - 1))]
    print(f"video call 640x480 at {FPS:g} fps, VP8, both ways, through Kamailio ({VIDEO_S:g} s)")
    print(
        f"  CPU, audio call only:  Alice {audio_cpu[0]:.1f} %  Bob {audio_cpu[1]:.1f} % of a core"
    )
    print(
        f"  CPU, audio + video:    Alice {video_cpu[0]:.1f} %  Bob {video_cpu[1]:.1f} % of a core"
    )
    print(
        f"  frames of Alice shown at Bob: {len(frames) / VIDEO_S:.1f} per s "
        f"(Bob's GUI takes the newest when it lags)"
    )
    print(
        f"  end-to-end frame latency: median {statistics.median(latencies):.0f} ms, "
        f"p95 {p95:.0f} ms, max {latencies[-1]:.0f} ms"
    )
    if stats is not None:
        print(
            f"  Alice receives {stats.received_fps:.1f} fps, {stats.received_kbps:.0f} kbit/s; "
            f"sends {stats.sent_kbps:.0f} kbit/s"
        )
