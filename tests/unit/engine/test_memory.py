"""Freed heap memory goes back to the system after the trim (glibc on Linux), once after
any burst of calls or messages."""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

import pytest

from jego_desktop.engine.memory import RELEASE_AFTER_S, QuietRelease, release_free_memory


def rss_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise AssertionError("no VmRSS")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_freed_small_blocks_are_returned_by_the_trim() -> None:
    libc = ctypes.CDLL(None)
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    libc.memset.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_size_t]
    # like pjsip's pools after a burst of calls: many blocks below malloc's mmap
    # threshold, freed, with a live block above them keeping the heap from shrinking
    blocks = [libc.malloc(4000) for _ in range(20_000)]
    for block in blocks:
        libc.memset(block, 1, 4000)
    pin = libc.malloc(64)
    for block in blocks:
        libc.free(block)
    held = rss_kb()
    assert release_free_memory()
    released = held - rss_kb()
    libc.free(pin)
    assert released > 40_000, f"only {released} KB returned of ~80 MB freed"


class FakeTimers:
    """The engine's `after` and clock, run by the test."""

    def __init__(self) -> None:
        self.now = 0.0
        self.pending: list[tuple[float, Callable[[], None]]] = []

    def after(self, delay_s: float, action: Callable[[], None]) -> None:
        self.pending.append((self.now + delay_s, action))

    def advance(self, seconds: float) -> None:
        end = self.now + seconds
        while due := sorted((item for item in self.pending if item[0] <= end), key=lambda i: i[0]):
            self.pending.remove(due[0])
            self.now = due[0][0]
            due[0][1]()
        self.now = end


def quiet_release(busy: list[bool]) -> tuple[QuietRelease, FakeTimers, list[float]]:
    timers = FakeTimers()
    trims: list[float] = []

    def release() -> bool:
        trims.append(timers.now)
        return True

    memory = QuietRelease(timers.after, lambda: busy[0], release, clock=lambda: timers.now)
    return memory, timers, trims


def test_a_burst_of_messages_is_followed_by_one_trim_once_quiet() -> None:
    memory, timers, trims = quiet_release(busy=[False])
    for _ in range(10_000):  # 150 messages a second for ~67 s
        memory.note_traffic()
        timers.advance(1 / 150)
    assert trims == [] and len(timers.pending) == 1  # one timer, however long the burst
    burst_end = timers.now
    timers.advance(RELEASE_AFTER_S + 1)
    assert trims == [pytest.approx(burst_end + RELEASE_AFTER_S, abs=0.01)]
    timers.advance(600)
    assert len(trims) == 1 and not timers.pending  # nothing more until new traffic


def test_no_trim_while_a_call_is_up_then_one_after_it() -> None:
    busy = [True]
    memory, timers, trims = quiet_release(busy)
    memory.note_traffic()  # a message during the call
    timers.advance(RELEASE_AFTER_S * 3)
    assert trims == []
    busy[0] = False
    memory.note_traffic()  # the call's end
    timers.advance(RELEASE_AFTER_S + 1)
    assert len(trims) == 1


def test_caches_are_emptied_just_before_each_trim_even_when_one_fails() -> None:
    memory, timers, trims = quiet_release(busy=[False])
    emptied: list[tuple[str, int]] = []

    def broken() -> None:
        raise RuntimeError("the database is closed")

    memory.add_step(lambda: emptied.append(("writer", len(trims))))
    memory.add_step(broken)
    memory.add_step(lambda: emptied.append(("other", len(trims))))
    memory.note_traffic()
    timers.advance(RELEASE_AFTER_S / 2)
    assert emptied == []  # not while traffic is recent
    timers.advance(RELEASE_AFTER_S)
    assert emptied == [("writer", 0), ("other", 0)] and len(trims) == 1
