"""Freed heap memory goes back to the system after the trim (glibc on Linux)."""

from __future__ import annotations

import ctypes
import sys

import pytest

from jego_desktop.engine.memory import release_free_memory


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
