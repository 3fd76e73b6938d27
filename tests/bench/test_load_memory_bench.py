"""The app's memory after a day's load: many short calls and a flood of messages, then idle.

Issue #15's last figure: RSS after 200 calls and 10,000 messages, then 60 s idle, should
be at most the RSS before the load + 30 MB. The real app runs (offscreen, one account
registered at Kamailio); half the calls it places to baresip (auto-answering), half
baresip places to it and it answers; SIPp floods it with MESSAGEs through Kamailio.
Printed, not asserted; asserted is only that the load happened (every call ended, every
message stored).

Run: .venv/bin/pytest tests/bench/test_load_memory_bench.py -s
JEGO_BENCH_CALLS (default 200), JEGO_BENCH_MESSAGES (default 10000) and
JEGO_BENCH_IDLE_S (default 60) set the load and the idle time.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from jego_desktop.platform.single_instance import forward, server_name
from tests.bench.test_engine_bench import registered, rss_mb
from tests.integration.app_process import AppProcess
from tests.integration.test_command_line import bind
from tests.peers.baresip import Baresip
from tests.peers.kamailio import Kamailio
from tests.peers.sipp import message_flood

pytestmark = [pytest.mark.bench, pytest.mark.peers, pytest.mark.timeout(900)]

CALLS = int(os.environ.get("JEGO_BENCH_CALLS", "200"))
MESSAGES = int(os.environ.get("JEGO_BENCH_MESSAGES", "10000"))
IDLE_S = float(os.environ.get("JEGO_BENCH_IDLE_S", "60"))
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


def test_memory_after_calls_and_messages_then_idle(
    tmp_path: Path, kamailio: Kamailio, baresip_factory: Callable[..., Baresip]
) -> None:
    bob = registered(baresip_factory, kamailio, "bob", "secret-b")
    app = AppProcess(tmp_path / "alice", tmp_path / "keyring.json", verbose=False)
    bind(app, kamailio, "alice", "secret-a")
    app.start()
    try:
        remote = Remote(app)
        remote.wait(lambda s: bool(s["accounts"]) and s["accounts"][0]["registered"])
        time.sleep(SETTLE_S)
        start_mb = rss_mb(app.pid)

        started = time.monotonic()
        for number in range(CALLS):
            short_call(remote, bob, kamailio, outgoing=number % 2 == 0)
        calls_s = time.monotonic() - started
        calls_mb = rss_mb(app.pid)

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
        messages_s = time.monotonic() - started
        loaded_mb = rss_mb(app.pid)

        time.sleep(IDLE_S)
        idle_mb = rss_mb(app.pid)
        assert remote.status()["unread"] == MESSAGES
    finally:
        app.stop()
    growth = idle_mb - start_mb
    print("\n--- the app's memory after a day's load (offscreen, one account, RSS) ---")
    print(f"start (registered, {SETTLE_S:.0f} s settled): {start_mb:.0f} MB")
    print(f"after {CALLS} short calls ({calls_s:.0f} s): {calls_mb:.0f} MB")
    print(
        f"after {MESSAGES} messages received ({messages_s:.0f} s, "
        f"{MESSAGE_RATE:.0f}/s offered): {loaded_mb:.0f} MB"
    )
    print(f"after {IDLE_S:.0f} s idle: {idle_mb:.0f} MB")
    print(
        f"  growth {growth:+.0f} MB vs start (target <= +{TARGET_GROWTH_MB:.0f} MB, "
        f"{'met' if growth <= TARGET_GROWTH_MB else 'missed'})"
    )
