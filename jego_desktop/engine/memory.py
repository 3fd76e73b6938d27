"""Handing memory freed after calls and messages back to the system.

Measured (tests/bench/test_engine_bench.py): each call leaves ~40-90 KB of pjsip memory
(its SIP transactions and dialog) alive for about 32 s after it ends, the time UDP
transactions wait for retransmissions (RFC 3261 timers D and J). An incoming MESSAGE's
server transaction lingers as long (timer J): 150 messages/s held ~40 MB of pjsip memory
(tests/bench/test_load_memory_bench.py). pjsip frees it then, but glibc keeps the freed
pages inside the process, so the resident size only grows after a burst of calls or
messages. Trimming the heap once SIP traffic has been quiet for longer than that
returns it. Caches that grew on the engine thread during the burst (the store writer's
SQLite pages, ~4.3 KB each) sit among pjsip's freed blocks and keep their pages; they
are emptied first (`add_step`), so the trim can hand those pages back too.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys
import time
from collections.abc import Callable

from jego_desktop.engine.guard import log_failure

log = logging.getLogger(__name__)

TRANSACTION_LINGER_S = 32.0
RELEASE_AFTER_S = TRANSACTION_LINGER_S + 3.0


def _malloc_trim() -> Callable[[int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim  # glibc only (not musl)
    except (OSError, AttributeError):
        return None
    return trim


_TRIM = _malloc_trim()


def release_free_memory() -> bool:
    """Give the heap's free pages back to the system; False where that is not possible."""
    if _TRIM is None:
        return False
    try:
        _TRIM(0)
    except Exception as error:  # a foreign allocator behind the symbol
        log.debug("malloc_trim failed: %s", error)
        return False
    return True


class QuietRelease:
    """Trims the heap once SIP traffic (a call ending, a message arriving) has been quiet
    for `RELEASE_AFTER_S` and no call is up; one engine timer at a time, whatever the
    burst's length. Engine thread only."""

    def __init__(
        self,
        after: Callable[[float, Callable[[], None]], None],
        busy: Callable[[], bool],
        release: Callable[[], bool] = release_free_memory,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._after = after
        self._busy = busy
        self._release = release
        self._clock = clock
        self._last_traffic = 0.0
        self._due = False
        self._steps: list[Callable[[], None]] = []

    def add_step(self, step: Callable[[], None]) -> None:
        """Run `step` (on the engine thread) just before each trim."""
        self._steps.append(step)

    def note_traffic(self) -> None:
        self._last_traffic = self._clock()
        if not self._due:
            self._due = True
            self._after(RELEASE_AFTER_S, self._when_quiet)

    def _when_quiet(self) -> None:
        quiet_s = self._clock() - self._last_traffic
        if quiet_s < RELEASE_AFTER_S:
            self._after(RELEASE_AFTER_S - quiet_s, self._when_quiet)
            return
        self._due = False
        if self._busy():
            return  # the call's end notes traffic again
        for step in self._steps:
            try:
                step()
            except Exception:
                log_failure(log, "freeing memory before the trim failed")
        self._release()
