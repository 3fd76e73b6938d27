"""pjsip's log into Python logging, with credentials removed."""

from __future__ import annotations

import logging
import re

import pjsua2 as pj

log = logging.getLogger("pjsip")
_CREDENTIALS = re.compile(r"^((?:Proxy-)?Authorization:).*$", re.IGNORECASE | re.MULTILINE)


def redact(text: str) -> str:
    return _CREDENTIALS.sub(r"\1 <redacted>", text)


class PjLogWriter(pj.LogWriter):  # type: ignore[misc]
    """Runs on whichever thread pjsip logs from; Python logging is thread-safe."""

    def write(self, entry: pj.LogEntry) -> None:
        try:
            level = logging.WARNING if entry.level <= 2 else logging.DEBUG
            log.log(level, "%s", redact(entry.msg.rstrip()))
        except Exception:  # an exception must never escape into pjsip
            pass
