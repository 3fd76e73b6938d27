"""Is-composing indications (RFC 3994): 'the peer is typing' and 'the peer stopped'."""

from __future__ import annotations

from dataclasses import dataclass

from jego_desktop.domain.message_formats import (
    MessageFormatError,
    child_text,
    local_name,
    namespace,
    parse_xml,
)

IS_COMPOSING_NAMESPACE = "urn:ietf:params:xml:ns:im-iscomposing"
DEFAULT_REFRESH_S = 120  # how long "active" lasts without a refresh (RFC 3994)
MAX_REFRESH_S = 3600


@dataclass(frozen=True)
class Composing:
    active: bool
    refresh_s: int | None = None  # the sender's promise to refresh "active" within this time
    content_type: str = ""


def build_is_composing(composing: Composing) -> str:
    from xml.sax.saxutils import escape  # here: it imports urllib.request (issue #15)

    state = "active" if composing.active else "idle"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<isComposing xmlns="{IS_COMPOSING_NAMESPACE}">',
        f"<state>{state}</state>",
    ]
    if composing.content_type:
        lines.append(f"<contenttype>{escape(composing.content_type)}</contenttype>")
    if composing.active and composing.refresh_s is not None:
        lines.append(f"<refresh>{int(composing.refresh_s)}</refresh>")
    lines.append("</isComposing>")
    return "\n".join(lines)


def parse_is_composing(text: str) -> Composing:
    """Read an `application/im-iscomposing+xml` body; MessageFormatError when it is not one."""
    root = parse_xml(text, "is-composing indication")
    if local_name(root) != "isComposing" or namespace(root) not in ("", IS_COMPOSING_NAMESPACE):
        raise MessageFormatError("the document is not an is-composing indication")
    state = (child_text(root, "state") or "").lower()
    if state not in ("active", "idle"):
        raise MessageFormatError(f"unknown composing state {state[:20]!r}")
    refresh_text = child_text(root, "refresh")
    refresh: int | None = None
    if refresh_text:
        # isascii: "²" and "١٢" are digits to isdigit() but not to int().
        if not refresh_text.isascii() or not refresh_text.isdigit() or len(refresh_text) > 6:
            raise MessageFormatError("the refresh interval is not a number of seconds")
        refresh = min(int(refresh_text), MAX_REFRESH_S)
    return Composing(
        active=state == "active",
        refresh_s=refresh,
        content_type=(child_text(root, "contenttype") or "")[:128],
    )
