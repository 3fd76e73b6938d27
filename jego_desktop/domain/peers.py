"""The form of a peer's address that identifies a conversation."""

from __future__ import annotations

import re

MAX_PEER_LENGTH = 256
_TEL_VISUAL_SEPARATORS = re.compile(r"[\-.()]")


def normalise_peer_uri(uri: str) -> str:
    """One spelling per peer: 'Bob <SIP:+331@Example.COM;user=phone>' -> 'sip:+331@example.com'.

    Drops the display name, angle brackets, URI parameters and headers; lowercases the
    scheme and the host. The user part is case-sensitive in SIP and is kept as is.
    """
    text = uri.strip()
    if "<" in text:
        text = text[text.index("<") + 1 :].split(">", 1)[0].strip()
    scheme, sep, rest = text.partition(":")
    scheme = scheme.lower()
    if scheme == "tel":
        address = _TEL_VISUAL_SEPARATORS.sub("", rest.split(";", 1)[0].split("?", 1)[0])
    else:
        user, at, host = rest.rpartition("@")  # the user part may hold ';' and '?'
        address = f"{user}{at}{host.split(';', 1)[0].split('?', 1)[0].lower()}"
    normalised = f"{scheme}:{address}"
    if (
        not sep
        or not scheme.isalpha()
        or not address
        or address.endswith("@")
        or len(normalised) > MAX_PEER_LENGTH
        or any(ord(ch) < 0x21 or ord(ch) == 0x7F for ch in normalised)
    ):
        raise ValueError(f"{uri!r} is not a SIP or tel URI")
    return normalised
