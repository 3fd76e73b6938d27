"""Handing memory freed after calls back to the system.

Measured (tests/bench/test_engine_bench.py): each call leaves ~40-90 KB of pjsip memory
(its SIP transactions and dialog) alive for about 32 s after it ends, the time UDP
transactions wait for retransmissions (RFC 3261 timers D and J). pjsip frees it then,
but glibc keeps the freed pages inside the process, so the resident size only grows
after a burst of calls. Trimming the heap once the engine has been without calls for
longer than that returns it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys
from collections.abc import Callable

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
