"""How a reply travels to a peer without CPIM: the quoted line as text above it.

> Bob: are you coming on Sunday?
Yes, at noon.
"""

from __future__ import annotations

from jego_desktop.domain.peers import address_part

MAX_QUOTE_CHARACTERS = 80


def quoted_for_plain_text(author: str, first_line: str, body: str) -> str:
    """`body` under a one-line quote of the original (cut to MAX_QUOTE_CHARACTERS)."""
    line = first_line if len(first_line) <= MAX_QUOTE_CHARACTERS else first_line[:79] + "…"
    return f"> {author}: {line}\n{body}" if author else f"> {line}\n{body}"


def author_of(uri: str) -> str:
    """'sip:+8613800138000@example.com;transport=tcp' -> '+8613800138000'."""
    address = address_part(uri)
    scheme, _, rest = address.partition(":")
    user = rest if scheme.lower() in ("sip", "sips", "tel") else address
    return user.split("@", 1)[0].split(";", 1)[0]
