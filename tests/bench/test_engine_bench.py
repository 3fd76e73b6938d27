"""Call engine figures, printed next to baresip's where it does the same job.

Run: .venv/bin/pytest tests/bench/test_engine_bench.py -s
JEGO_BENCH_CALLS sets how many short calls the memory figure uses (default 200).
"""

from __future__ import annotations

import contextlib
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from jego_desktop.domain.accounts import AccountConfig
from jego_desktop.domain.calls import CallState
from tests.integration.engine_probe import EngineProbe, pump
from tests.peers.baresip import Baresip
from tests.peers.kamailio import Kamailio

pytestmark = [pytest.mark.bench, pytest.mark.peers]

SETUP_SAMPLES = 20


def rss_mb(pid: int | str = "self") -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid: int | str = "self") -> float:
    with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_seconds_off_main_thread() -> float:
    """CPU of every thread but the test's own (the engine's and pjmedia's)."""
    total = 0.0
    for task in Path("/proc/self/task").iterdir():
        if int(task.name) != os.getpid():
            with contextlib.suppress(FileNotFoundError, ProcessLookupError):  # thread ended
                total += cpu_seconds(f"self/task/{task.name}")
    return total


def registered(factory: Callable[..., Baresip], kamailio: Kamailio, user: str, pw: str) -> Baresip:
    agent = factory(user, tone_hz=900.0, sip_trace=False)
    agent.add_account(kamailio.aor(user), password=pw, registrar=kamailio.uri("udp"))
    agent.start()
    return agent


def test_call_setup_cpu_and_memory(
    engine_factory: Callable[..., EngineProbe],
    kamailio: Kamailio,
    baresip_factory: Callable[..., Baresip],
) -> None:
    bob = registered(baresip_factory, kamailio, "bob", "secret-b")
    carol = registered(baresip_factory, kamailio, "carol", "secret-c")

    peer_setup = []
    for _ in range(SETUP_SAMPLES):
        since, bob_since = carol.mark(), bob.mark()
        started = time.perf_counter()
        carol.dial(kamailio.aor("bob"))
        carol.wait_call_established(since=since)
        peer_setup.append((time.perf_counter() - started) * 1000)
        carol.hangup()
        bob.wait_call_closed(since=bob_since)

    probe = engine_factory(tone_hz=700.0)
    account = AccountConfig(number="alice", server=f"127.0.0.1:{kamailio.udp_port}")
    probe.register(account, "secret-a")
    pump(1.5)  # let the null sound device close

    idle_window = 10.0
    before = cpu_seconds_off_main_thread()
    time.sleep(idle_window)  # events queue up meanwhile; nobody needs them now
    idle_cpu = (cpu_seconds_off_main_thread() - before) / idle_window * 100

    engine_setup = []
    for _ in range(SETUP_SAMPLES):
        pump(0.1)  # the engine spaces new calls 50 ms apart; measure set-up, not that pause
        since = probe.mark()
        started = time.perf_counter()
        call_id = probe.engine.make_call(kamailio.aor("bob"), account.key)
        probe.wait_call(call_id, CallState.ACTIVE, since=since)
        engine_setup.append((time.perf_counter() - started) * 1000)
        probe.engine.hangup(call_id)
        probe.wait_call(call_id, CallState.ENDED, since=since)

    call_id = probe.engine.make_call(kamailio.aor("bob"), account.key)
    probe.wait_call(call_id, CallState.ACTIVE)
    window = 10.0
    before, bob_before = cpu_seconds_off_main_thread(), cpu_seconds(bob.pid)
    time.sleep(window)
    call_cpu = (cpu_seconds_off_main_thread() - before) / window * 100
    bob_call_cpu = (cpu_seconds(bob.pid) - bob_before) / window * 100
    probe.engine.hangup(call_id)
    probe.wait_call(call_id, CallState.ENDED)

    calls = int(os.environ.get("JEGO_BENCH_CALLS", "200"))
    rss_before = rss_mb()
    for _ in range(calls):
        since = probe.mark()
        call_id = probe.engine.make_call(kamailio.aor("bob"), account.key)
        probe.wait_call(call_id, CallState.ACTIVE, since=since)
        probe.engine.hangup(call_id)
        probe.wait_call(call_id, CallState.ENDED, since=since)
    pump(1.0)
    rss_after = rss_mb()

    print("\n--- call engine benchmark (through Kamailio on 127.0.0.1, UDP, G.722) ---")
    print(
        f"call set-up dial->active, median of {SETUP_SAMPLES}: "
        f"Jego {statistics.median(engine_setup):.1f} ms, "
        f"baresip->baresip {statistics.median(peer_setup):.1f} ms"
    )
    print(
        f"CPU idle, registered, no call: engine threads {idle_cpu:.2f} % of a core (target < 0.3 %)"
    )
    print(
        f"CPU in a call (tone source, no sound card): Jego engine+media threads {call_cpu:.2f} %, "
        f"baresip callee {bob_call_cpu:.2f} % of a core"
    )
    print(
        f"RSS before/after {calls} short calls: {rss_before:.1f} / {rss_after:.1f} MB "
        f"(+{rss_after - rss_before:.1f} MB); baresip RSS {rss_mb(bob.pid):.1f} MB"
    )
    assert len(engine_setup) == SETUP_SAMPLES
