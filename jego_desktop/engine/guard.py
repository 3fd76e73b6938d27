"""Every pjsua2 callback is guarded: an exception escaping one keeps the object alive
past libDestroy (through the traceback), which then aborts the process."""

from __future__ import annotations

import functools
import logging
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

log = logging.getLogger(__name__)

F = TypeVar("F", bound=Callable[..., Any])


def log_failure(logger: logging.Logger, message: str, *args: object) -> None:
    """Log the current exception with its traceback as text only.

    `logger.exception` would keep the traceback (and through its frames, pjsua2 objects)
    in every handler that stores records, such as pytest's; such an object then dies
    on whichever thread drops the record, which aborts the process.
    """
    logger.error(message + "\n%s", *args, traceback.format_exc())


def guarded(callback: F) -> F:
    @functools.wraps(callback)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return callback(*args, **kwargs)
        except BaseException:
            log_failure(log, "pjsua2 callback %s failed", callback.__qualname__)
            return None

    return wrapper  # type: ignore[return-value]
