"""Reading a header from a whole SIP message, as pjsua hands it over as text."""

from __future__ import annotations

MAX_HEAD_CHARACTERS = 64 * 1024


def sip_header(message: str, name: str, compact: str = "") -> str:
    """The first value of header `name` (or its compact form), stripped; '' when absent.

    Folded continuation lines (starting with white space) are joined to their header.
    """
    head = message[:MAX_HEAD_CHARACTERS]
    for separator in ("\r\n\r\n", "\n\n"):
        end = head.find(separator)
        if end >= 0:
            head = head[:end]
            break
    wanted = {name.lower(), compact.lower()} - {""}
    found: str | None = None
    for line in head.replace("\r\n", "\n").split("\n")[1:]:
        if found is not None:
            if line[:1] in (" ", "\t"):
                found += " " + line.strip()
                continue
            return found
        header, sep, value = line.partition(":")
        if sep and header.strip().lower() in wanted:
            found = value.strip()
    return found or ""
