"""Many short video calls in a row between two Jego instances: does anything pile up?

Run: .venv/bin/pytest -p no:logging tests/bench/test_video_stress_bench.py -s -m bench
(JEGO_STRESS_CYCLES, default 30 in the test run, 150 for a real stress, and
JEGO_STRESS_MINUTES, default 25, bound it;
JEGO_STRESS_RUSH=1 dials again as soon as both sides saw the call end, after a random
pause, without waiting for the video to wind down, as a user redialling would).
Without `-p no:logging` Alice writes no debug log: pytest would keep every record.
Alice (this process) calls Bob (tests/integration/video_peer.py) through Kamailio,
starts video, waits for pictures both ways, hangs up, and waits for the video to end.
Printed per cycle: file descriptors, threads and resident memory of both processes,
Bob's UDP sockets and live RTCPeerConnections of both. A cycle that fails stops the
run and prints which step did not happen and what each side's video went through;
the video and ICE logs of both sides are in the files named at the start.
"""

from __future__ import annotations

import gc
import logging
import os
import random
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6

from jego_desktop.domain.accounts import AccountConfig
from jego_desktop.domain.calls import CallState
from jego_desktop.engine.refcount_workaround import protect_singletons
from tests.integration.engine_probe import EngineProbe, pump
from tests.integration.resources import (
    open_udp_ports,
    peer_connections,
    process_figures,
    python_objects,
    video_threads,
)
from tests.integration.test_video_calls import VideoPeerClient, Watcher, wait_until
from tests.peers.kamailio import Kamailio

CYCLES = int(os.environ.get("JEGO_STRESS_CYCLES", "30"))
MINUTES = float(os.environ.get("JEGO_STRESS_MINUTES", "25"))
WARM_UP = 10  # cycles left out of the growth figures
RUSH = os.environ.get("JEGO_STRESS_RUSH") == "1"
FRAMES = 5  # distinct pattern numbers each way before hanging up

pytestmark = [pytest.mark.bench, pytest.mark.peers, pytest.mark.timeout(int(MINUTES * 60) + 300)]


@pytest.fixture
def bob(tmp_path: Path, kamailio: Kamailio) -> Iterator[VideoPeerClient]:
    server = f"127.0.0.1:{kamailio.port('udp')}"
    peer = VideoPeerClient("bob", tmp_path, "bob", "secret-b", server)
    peer.argv.append("--video-log")
    peer.start()
    yield peer
    peer.stop()


@pytest.fixture
def alice_log(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Path | None]:
    if request.config.pluginmanager.has_plugin("logging"):
        # pytest would keep every debug record (and the RTP packets they name) in memory:
        # the growth figures would measure pytest.
        yield None
        return
    path = tmp_path / "alice-video.log"
    handler = logging.FileHandler(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(threadName)s %(name)s: %(message)s"))
    names = ("jego_desktop.media.video", "jego_desktop.models.video", "aiortc", "aioice")
    for name in names:
        logging.getLogger(name).setLevel(logging.DEBUG)
        logging.getLogger(name).addHandler(handler)
    yield path
    for name in names:
        logging.getLogger(name).removeHandler(handler)
        logging.getLogger(name).setLevel(logging.NOTSET)
    handler.close()


def test_repeated_video_calls_leave_nothing_behind(
    engine_factory: Any, kamailio: Kamailio, bob: VideoPeerClient, alice_log: Path | None
) -> None:
    protect_singletons()
    probe: EngineProbe = engine_factory(tone_hz=700.0)
    watching = Watcher(probe)
    account = AccountConfig(number="alice", server=f"127.0.0.1:{kamailio.port('udp')}")
    probe.register(account, "secret-a")
    print(f"\nlogs: {alice_log}  {bob.stderr_path}")
    print("cycle   s  | alice fds thr rss_kB pcs | bob fds thr rss_kB pcs udp | objects")
    rows: list[dict[str, Any]] = []
    began = time.monotonic()
    failure = ""
    types_then: Counter[str] = Counter()
    try:
        for cycle in range(1, CYCLES + 1):
            if time.monotonic() - began > MINUTES * 60:
                break
            step = "start"
            started = time.monotonic()
            watching.frames.clear()
            watching.states.clear()
            watching.signals.clear()
            since = bob.mark()
            try:
                step = "audio call up"
                call_id = probe.engine.make_call(kamailio.aor("bob"), account.key)
                probe.wait_call(call_id, CallState.ACTIVE)
                bob.wait("call", lambda e: e["state"] == CallState.ACTIVE.value, 10, since)
                step = "video offered"
                watching.video.start_video(call_id)
                step = "pictures from bob"
                wait_until(lambda: len({n for n in watching.frames if n}) >= FRAMES, 20, step)
                step = "pictures at bob"
                bob.wait("frame", lambda e: e["n"] is not None and e["n"] >= FRAMES, 20, since)
                if RUSH:
                    pump(random.uniform(0.2, 1.5))
                step = "hang up"
                probe.engine.hangup(call_id)
                probe.wait_call(call_id, CallState.ENDED)
                step = "bob's call ended"
                bob.wait("call", lambda e: e["state"] == CallState.ENDED.value, 10, since)
                if RUSH:
                    pump(random.uniform(0.0, 0.3))
                else:
                    step = "bob's video off"
                    bob.wait("video", lambda e: e["state"] == "off", 10, since)
                    step = "alice's video threads ending"
                    wait_until(lambda: video_threads() == [], 10, step)
            except AssertionError as error:
                failure = f"cycle {cycle}: step '{step}' failed: {error}"
                describe_failure(watching, bob, since, call_id if step != "audio call up" else "")
                break
            mark = bob.mark()
            bob.command("resources")
            peer = bob.wait("resources", since=mark)
            row = {
                "cycle": cycle,
                "seconds": time.monotonic() - started,
                "alice": process_figures(),
                "alice_pcs": peer_connections(),
                "alice_objects": python_objects(),
                "bob_objects": peer["objects"],
                "alice_udp": len(open_udp_ports()),
                "bob": process_figures(bob.pid),
                "bob_pcs": peer["peer_connections"],
                "bob_udp": len(peer["udp_ports"]),
                "bob_threads": peer["threads"],
            }
            rows.append(row)
            print_row(row)
            if cycle == WARM_UP:
                types_then = object_types()
    finally:
        watching.video.shutdown()
        shiboken6.delete(watching.video)
    print_growth(rows)
    if len(rows) > WARM_UP:
        grown = object_types()
        grown.subtract(types_then)
        print(f"alice: object types grown since cycle {WARM_UP}: {grown.most_common(8)}")
    if failure:
        print(failure)
    assert not failure, failure


def describe_failure(watching: Watcher, bob: VideoPeerClient, since: int, call_id: str) -> None:
    kinds = [s.kind.value for s in watching.signals]
    print(f"alice: video states {[s.value for s in watching.states]}, signals {kinds}")
    if call_id:
        print(f"alice: status now {watching.video.status(call_id)}")
    print(f"alice: video threads {video_threads()}, udp sockets {len(open_udp_ports())}")
    print(f"alice: frames read {watching.frames[:10]}")
    for event in bob.events()[since:]:
        if event["event"] != "frame":
            print(f"bob: {event}")


def object_types() -> Counter[str]:
    gc.collect()
    return Counter(type(o).__qualname__ for o in gc.get_objects())


def print_row(row: dict[str, Any]) -> None:
    a, b = row["alice"], row["bob"]
    print(
        f"{row['cycle']:5d} {row['seconds']:4.1f} | {a['fds']:9d} {a['threads']:3d} "
        f"{a['rss_kb']:6d} {row['alice_pcs']:3d} | {b['fds']:7d} {b['threads']:3d} "
        f"{b['rss_kb']:6d} {row['bob_pcs']:3d} {row['bob_udp']:3d} | "
        f"objects {row['alice_objects']} {row['bob_objects']}"
    )


def print_growth(rows: list[dict[str, Any]]) -> None:
    """Growth per cycle after a warm-up (the first calls load aiortc and its codecs),
    from the lowest figure of the first 20 cycles to that of the last 20: a session
    still closing at the moment of a sample adds noise a lowest figure leaves out."""
    warm = rows[WARM_UP:] if len(rows) > WARM_UP + 1 else rows
    if len(warm) < 2:
        return
    window = max(1, min(20, len(warm) // 3))
    early, late = warm[:window], warm[-window:]
    cycles = late[-1]["cycle"] - early[0]["cycle"]
    print(f"growth, cycles {early[0]['cycle']}-{early[-1]['cycle']} to ", end="")
    print(f"{late[0]['cycle']}-{late[-1]['cycle']} (lowest of each):")
    figures: dict[str, Any] = {
        f"{side} {key}": (lambda row, side=side, key=key: row[side][key])
        for side in ("alice", "bob")
        for key in ("fds", "threads", "rss_kb")
    }
    for key in ("alice_objects", "bob_objects", "alice_pcs", "bob_pcs", "alice_udp", "bob_udp"):
        figures[key] = lambda row, key=key: row[key]
    for name, figure in figures.items():
        was, now = min(map(figure, early)), min(map(figure, late))
        print(f"  {name}: {was} -> {now} ({(now - was) / cycles:+.2f}/cycle)")
