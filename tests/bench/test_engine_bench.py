"""Call engine figures, printed next to baresip's where it does the same job.

Run: .venv/bin/pytest tests/bench/test_engine_bench.py -s
JEGO_BENCH_CALLS sets how many short calls the memory figure uses (default 80 in the test
run; the README's figure is of 200).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import statistics
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from jego_desktop.domain.accounts import AccountConfig
from jego_desktop.domain.calls import CallState
from jego_desktop.engine.memory import RELEASE_AFTER_S
from tests.integration.engine_probe import EngineProbe, pump
from tests.peers.baresip import Baresip
from tests.peers.kamailio import Kamailio

pytestmark = [pytest.mark.bench, pytest.mark.peers]

SETUP_SAMPLES = 20
PYTHON_HEAP_CALLS = 50


def rss_mb(pid: int | str = "self") -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in [
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        ]
    ]


def heap_in_use_mb() -> float:
    """Bytes glibc's malloc has handed out and not got back (mallinfo2, glibc >= 2.33)."""
    try:
        mallinfo2 = ctypes.CDLL(None).mallinfo2
    except (OSError, AttributeError):
        return float("nan")
    mallinfo2.restype = _MallInfo2
    info = mallinfo2()
    return float(info.uordblks + info.hblkhd) / 2**20


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


def short_calls(probe: EngineProbe, uri: str, account_key: str, count: int) -> None:
    """Dial, wait for the answer, hang up, `count` times (the probe forgets their events)."""
    for _ in range(count):
        since = probe.mark()
        call_id = probe.engine.make_call(uri, account_key)
        probe.wait_call(call_id, CallState.ACTIVE, since=since)
        probe.engine.hangup(call_id)
        probe.wait_call(call_id, CallState.ENDED, since=since)
        del probe.events[since:]  # the probe's record of events is not the engine's memory


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

    calls = int(os.environ.get("JEGO_BENCH_CALLS", "80"))
    rss_before, heap_before = rss_mb(), heap_in_use_mb()
    started = time.monotonic()
    short_calls(probe, kamailio.aor("bob"), account.key, calls)
    calls_s = time.monotonic() - started
    pump(1.0)
    rss_after, heap_after = rss_mb(), heap_in_use_mb()
    pump(RELEASE_AFTER_S + 2.0)  # SIP transactions expire; the idle engine trims the heap
    rss_released, heap_released = rss_mb(), heap_in_use_mb()
    tracemalloc.start()
    python_before = tracemalloc.get_traced_memory()[0]
    short_calls(probe, kamailio.aor("bob"), account.key, PYTHON_HEAP_CALLS)
    pump(1.0)
    python_per_call = (tracemalloc.get_traced_memory()[0] - python_before) / PYTHON_HEAP_CALLS
    tracemalloc.stop()

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
        f"RSS before/after {calls} short calls in {calls_s:.0f} s: {rss_before:.1f} / "
        f"{rss_after:.1f} MB (+{(rss_after - rss_before) * 1024 / calls:.0f} KB/call); "
        f"{RELEASE_AFTER_S + 3:.0f} s after the last call (heap trimmed): "
        f"{rss_released:.1f} MB ({rss_released - rss_before:+.1f} MB); malloc'd and not "
        f"freed: {heap_before:.1f} MB before, {heap_after:.1f} after the calls, "
        f"{heap_released:.1f} once their SIP transactions expired; "
        f"Python heap kept per call {python_per_call / 1024:.2f} KB "
        f"(tracemalloc, {PYTHON_HEAP_CALLS} calls); baresip RSS {rss_mb(bob.pid):.1f} MB"
    )
    assert len(engine_setup) == SETUP_SAMPLES
