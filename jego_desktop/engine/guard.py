"""Every pjsua2 callback is guarded: an exception escaping one keeps the object alive
past libDestroy (through the traceback), which then aborts the process."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

log = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Any])


def guarded(callback: F) -> F:
    @functools.wraps(callback)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return callback(*args, **kwargs)
        except BaseException:
            log.exception("pjsua2 callback %s failed", callback.__qualname__)
            return None

    return wrapper  # type: ignore[return-value]
