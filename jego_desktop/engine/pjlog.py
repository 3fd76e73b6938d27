"""pjsip's log into Python logging, with credentials removed."""

from __future__ import annotations

import contextlib
import ctypes
import logging
import re

import pjsua2 as pj

log = logging.getLogger("pjsip")
_CREDENTIALS = re.compile(r"^((?:Proxy-)?Authorization:).*$", re.IGNORECASE | re.MULTILINE)

# pjlib's `void pj_log_func(int level, const char *data, int len)`.
_PjLogFunc = ctypes.CFUNCTYPE(None, ctypes.c_int, ctypes.c_char_p, ctypes.c_int)


def redact(text: str) -> str:
    return _CREDENTIALS.sub(r"\1 <redacted>", text)


def _write(level: int, text: str, quiet: int = logging.DEBUG) -> None:
    log.log(logging.WARNING if level <= 2 else quiet, "%s", redact(text.rstrip()))


class PjLogWriter(pj.LogWriter):  # type: ignore[misc]
    """Runs on whichever thread pjsip logs from; Python logging is thread-safe."""

    def write(self, entry: pj.LogEntry) -> None:
        with contextlib.suppress(Exception):  # an exception must never escape into pjsip
            _write(entry.level, entry.msg)


def _early_line(level: int, data: bytes | None, length: int) -> None:
    try:
        text = (data or b"")[: max(length, 0)].decode("utf-8", "replace")
        _write(level, text, quiet=logging.INFO)  # a handful, once: kept without -v
    except Exception:  # an exception must never escape into pjsip
        pass


_early_writer = _PjLogFunc(_early_line)  # alive for the process: pjlib keeps the pointer


def route_startup_lines() -> bool:
    """Send what pjsip logs before `libInit` (its start-up lines) to the log, not stdout.

    pjsua2 installs our `PjLogWriter` only in `libInit`; `libCreate` logs half a dozen
    lines before that through pjlib's default writer, which prints them on stdout. pjlib
    exports `pj_log_set_log_func`, which works before `pj_init`; `libInit` replaces our
    function with pjsua's. False where the library does not export it (then pjsip
    prints as before).
    """
    try:
        library = ctypes.CDLL(pj._pjsua2.__file__)
        set_log_func = library.pj_log_set_log_func
    except (AttributeError, OSError) as error:
        log.debug("pjsip's start-up lines stay on stdout: %s", error)
        return False
    set_log_func.argtypes = [_PjLogFunc]
    set_log_func.restype = None
    set_log_func(_early_writer)
    return True
