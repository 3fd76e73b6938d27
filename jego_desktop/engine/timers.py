"""The engine thread's timers: actions due after a delay, run between event polls."""

from __future__ import annotations

import heapq
import itertools
import logging
import time
from collections.abc import Callable

from jego_desktop.engine.guard import log_failure

log = logging.getLogger(__name__)


class Timers:
    """`after(delay, action)` runs `action` from `run_due()` once `delay` seconds passed,
    in the order they fall due. An action that raises is logged and the others still run:
    one failing retry must not end the engine thread, and with it every call."""

    def __init__(self) -> None:
        self._due: list[tuple[float, int, Callable[[], None]]] = []
        self._order = itertools.count()

    def after(self, delay_s: float, action: Callable[[], None]) -> None:
        heapq.heappush(self._due, (time.monotonic() + delay_s, next(self._order), action))

    def run_due(self, now: float) -> None:
        while self._due and self._due[0][0] <= now:
            _, _, action = heapq.heappop(self._due)
            try:
                action()
            except Exception:
                log_failure(log, "an engine timer failed")

    def next_due(self) -> float | None:
        return self._due[0][0] if self._due else None

    def clear(self) -> None:
        self._due.clear()
