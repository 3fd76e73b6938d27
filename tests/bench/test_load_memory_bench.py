"""The app's memory after a day's load: many short calls and a flood of messages, then idle.

Issue #15's last figure: RSS after 200 calls and 10,000 messages, then 60 s idle, should
be at most the RSS before the load + 30 MB. The real app runs (offscreen, one account
registered at Kamailio, a PulseAudio server with null devices as its sound); half the
calls it places to baresip (auto-answering), half baresip places to it and it answers;
SIPp floods it with MESSAGEs through Kamailio. Printed, not asserted; asserted is only
that the load happened (every call ended, every message stored).

The first calls load what every call needs once (PortAudio, numpy, the echo canceller);
after them the growth per call and per message is what a day's load would multiply, so
the default load is smaller than the issue's and the figures are also printed scaled to
200 calls and 10,000 messages. The idle time must pass RELEASE_AFTER_S after the last
message: the engine hands freed memory back then (engine/memory.py).

Run: .venv/bin/pytest tests/bench/test_load_memory_bench.py -s
JEGO_BENCH_CALLS (default 60), JEGO_BENCH_MESSAGES (default 3000) and
JEGO_BENCH_IDLE_S (default 40) set the load and the idle time.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from jego_desktop.engine.memory import RELEASE_AFTER_S
from jego_desktop.platform.single_instance import forward, server_name
from tests.bench.test_engine_bench import registered, rss_mb
from tests.integration.app_process import AppProcess
from tests.integration.test_command_line import bind
from tests.peers.baresip import Baresip
from tests.peers.kamailio import Kamailio
from tests.peers.pulse import VirtualAudio
from tests.peers.sipp import message_flood

pytestmark = [pytest.mark.bench, pytest.mark.peers, pytest.mark.timeout(900)]

CALLS = int(os.environ.get("JEGO_BENCH_CALLS", "60"))
MESSAGES = int(os.environ.get("JEGO_BENCH_MESSAGES", "3000"))
IDLE_S = float(os.environ.get("JEGO_BENCH_IDLE_S", str(RELEASE_AFTER_S + 5)))
FIRST_CALLS = 2  # what every call needs is loaded by these
DAY_CALLS, DAY_MESSAGES = 200, 10_000  # the load, for the scaled figures
MESSAGE_RATE = 150.0  # at 400/s the app fell behind and Kamailio answered for it (msilo)
SETTLE_S = 5.0  # after registration, before the first RSS figure
TARGET_GROWTH_MB = 30.0


class Remote:
    """Commands handed to the running app over its instance socket, without a new process."""

    def __init__(self, app: AppProcess) -> None:
        self._name = server_name(app.profile)

    def run(self, *argv: str) -> str:
        reply = forward(self._name, argv)
        assert reply is not None and reply.exit_code == 0, reply
        return reply.output

    def status(self) -> dict[str, Any]:
        status: dict[str, Any] = json.loads(self.run("status", "--json"))
        return status

    def wait(self, predicate: Callable[[dict[str, Any]], bool], timeout: float = 15) -> None:
        deadline = time.monotonic() + timeout
        while not predicate(status := self.status()):
            assert time.monotonic() < deadline, f"status never matched: {status}"
            time.sleep(0.05)


def call_states(status: dict[str, Any]) -> list[str]:
    return [call["state"] for call in status["calls"]]


def short_call(remote: Remote, bob: Baresip, kamailio: Kamailio, outgoing: bool) -> None:
    """One call answered then hung up by the caller; returns once the app has no call."""
    since = bob.mark()
    if outgoing:
        remote.run("call", kamailio.aor("bob"))
        remote.wait(lambda s: call_states(s) == ["active"])
        remote.run("hangup")
    else:
        bob.dial(kamailio.aor("alice"))
        remote.wait(lambda s: call_states(s) == ["ringing_in"])
        remote.run("answer")
        remote.wait(lambda s: call_states(s) == ["active"])
        bob.hangup()
    bob.wait_call_closed(since=since)
    remote.wait(lambda s: not s["calls"])


def anonymous_mb(pid: int) -> float:
    """Private memory (heap, arenas, Python objects): what a leak grows."""
    for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
        if line.startswith("Anonymous:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def test_memory_after_calls_and_messages_then_idle(
    tmp_path: Path,
    kamailio: Kamailio,
    baresip_factory: Callable[..., Baresip],
    virtual_audio: VirtualAudio,
) -> None:
    assert CALLS > FIRST_CALLS
    bob = registered(baresip_factory, kamailio, "bob", "secret-b")
    app = AppProcess(tmp_path / "alice", tmp_path / "keyring.json", verbose=False)
    app.env.update(virtual_audio.env)  # a desktop's sound server
    bind(app, kamailio, "alice", "secret-a")
    app.start()
    figures: list[tuple[str, float, float, float]] = []  # what, seconds, RSS, anonymous

    def note(what: str, started: float) -> None:
        seconds = time.monotonic() - started
        figures.append((what, seconds, rss_mb(app.pid), anonymous_mb(app.pid)))

    try:
        remote = Remote(app)
        remote.wait(lambda s: bool(s["accounts"]) and s["accounts"][0]["registered"])
        time.sleep(SETTLE_S)
        note(f"start (registered, {SETTLE_S:.0f} s settled)", time.monotonic())

        started = time.monotonic()
        for number in range(CALLS):
            short_call(remote, bob, kamailio, outgoing=number % 2 == 0)
            if number + 1 == FIRST_CALLS:
                note(f"after the first {FIRST_CALLS} calls", started)
                started = time.monotonic()
        note(f"after {CALLS - FIRST_CALLS} more calls", started)

        started = time.monotonic()
        flood = message_flood(
            kamailio.uri("udp"),
            tmp_path / "sipp",
            sender=("bob", "secret-b"),
            recipient="alice",
            count=MESSAGES,
            rate=MESSAGE_RATE,
            timeout=MESSAGES / MESSAGE_RATE + 60,
        )
        assert flood.successful == MESSAGES, flood.log
        remote.wait(lambda s: s["unread"] >= MESSAGES, timeout=120)
        note(f"after {MESSAGES} messages ({MESSAGE_RATE:.0f}/s offered)", started)

        started = time.monotonic()
        time.sleep(IDLE_S)
        note(f"after {IDLE_S:.0f} s idle", started)
        assert remote.status()["unread"] == MESSAGES
    finally:
        app.stop()
    print("\n--- the app's memory after a day's load (offscreen, one account, PulseAudio) ---")
    for what, seconds, rss, anonymous in figures:
        print(f"{what:42} {seconds:4.0f} s  RSS {rss:4.0f} MB  anonymous {anonymous:4.0f} MB")
    start_mb, first_mb, calls_mb, _, idle_mb = (f[2] for f in figures)
    print(
        "  the first calls' one-time cost (PortAudio, numpy, the canceller): "
        f"{first_mb - start_mb:+.0f} MB"
    )
    print(
        f"  per call, before pjsip frees the calls' transactions: "
        f"{(calls_mb - first_mb) * 1024 / (CALLS - FIRST_CALLS):+.1f} KB"
    )
    # Once idle, the rest of the growth is a * calls + b * messages; scaled to the issue's
    # load it is at most that rest times the larger of the two ratios.
    rest_mb = idle_mb - first_mb
    scale = max((DAY_CALLS - FIRST_CALLS) / (CALLS - FIRST_CALLS), DAY_MESSAGES / MESSAGES)
    day_mb = first_mb - start_mb + max(0.0, rest_mb) * scale
    growth = idle_mb - start_mb
    print(
        f"  once idle: {rest_mb:+.1f} MB beyond the one-time cost for {CALLS - FIRST_CALLS} calls "
        f"and {MESSAGES} messages ({rest_mb * 1024 / MESSAGES:+.2f} KB a message at most)"
    )
    print(
        f"  growth {growth:+.0f} MB vs start; for {DAY_CALLS} calls and {DAY_MESSAGES} "
        f"messages at most {day_mb:+.0f} MB (target <= +{TARGET_GROWTH_MB:.0f} MB, "
        f"{'met' if day_mb <= TARGET_GROWTH_MB else 'missed'})"
    )
