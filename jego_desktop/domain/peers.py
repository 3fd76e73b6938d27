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
    text = address_part(uri)
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


def sender_peer_uri(uri: str) -> str:
    """`normalise_peer_uri` for an address from the network: only sip, sips and tel name
    someone ("group:<id>" names a group's conversation here). Raises ValueError."""
    peer = normalise_peer_uri(uri)
    if peer.partition(":")[0] not in _SENDER_SCHEMES:
        raise ValueError(f"{uri[:100]!r} is not a SIP or tel URI")
    return peer


_SENDER_SCHEMES = frozenset({"sip", "sips", "tel"})


def address_part(name_addr: str) -> str:
    """The URI of a From/To value: 'Bob <sip:b@h>' and '"a<b>" <sip:b@h>' -> 'sip:b@h'.

    A quoted display name may hold '<' and '>' (RFC 3261 quoted-string, with backslash
    escapes): the address is the first '<' after it. Without brackets, the whole text.
    """
    text = name_addr.strip()
    start = 0
    if text.startswith('"'):
        index = 1
        while index < len(text) and text[index] != '"':
            index += 2 if text[index] == "\\" else 1
        start = index + 1
    opening = text.find("<", start)
    if opening < 0:
        return text[start:].strip() if start else text
    return text[opening + 1 :].split(">", 1)[0].strip()
