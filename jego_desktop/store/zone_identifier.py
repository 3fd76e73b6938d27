"""The "downloaded from the Internet" mark Windows keeps beside a received file.

Windows records where a file came from in an alternate data stream named
`Zone.Identifier` (the "mark of the web"); SmartScreen, Office's Protected View and
Explorer's "this file came from another computer" warning read it. Browsers write it on
every download; the app writes it on every received file. Other systems have no such
stream: nothing is written there.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

INTERNET_ZONE = 3  # URLZONE_INTERNET
STREAM = "Zone.Identifier"


def zone_identifier_path(path: Path) -> str:
    """Where the mark goes: the file's `Zone.Identifier` alternate data stream."""
    return f"{path}:{STREAM}"


def zone_identifier_text(host_url: str = "") -> str:
    lines = ["[ZoneTransfer]", f"ZoneId={INTERNET_ZONE}"]
    if host_url and host_url.isprintable() and len(host_url) <= 2048:
        lines.append(f"HostUrl={host_url}")
    return "\r\n".join(lines) + "\r\n"


def _write(target: str, text: str) -> None:
    with open(target, "w", encoding="utf-8", newline="") as stream:
        stream.write(text)


def mark_from_internet(
    path: Path,
    host_url: str = "",
    *,
    windows: bool = sys.platform == "win32",
    write: Callable[[str, str], None] = _write,
) -> bool:
    """Mark the received file at `path` as coming from the Internet (Windows only);
    False when nothing was written (another system, or a file system without streams)."""
    if not windows:
        return False
    try:
        write(zone_identifier_path(path), zone_identifier_text(host_url))
    except OSError as error:  # FAT32 and network shares have no alternate streams
        log.info("the Zone.Identifier mark cannot be written beside %s: %s", path.name, error)
        return False
    return True
