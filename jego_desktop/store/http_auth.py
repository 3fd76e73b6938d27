"""HTTP digest authentication (RFC 7616), client side, as file-transfer servers ask for it.

Linphone's file-transfer server challenges with the SIP account's realm and accepts the
SIP credentials; MD5 and SHA-256 (and their `-sess` forms) are supported, with `qop=auth`
or without qop (RFC 2069).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

_PARAMETER = re.compile(r'\s*([A-Za-z0-9_-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^,\s]*)\s*,?')
_HASHES = {"MD5": "md5", "SHA-256": "sha256"}  # hashlib's names


class DigestError(ValueError):
    """A challenge this client cannot answer."""


@dataclass(frozen=True)
class Credentials:
    """The SIP account's user name and password, which the file server accepts."""

    username: str
    password: str

    def __repr__(self) -> str:  # never log the password
        return f"Credentials(username={self.username!r})"


@dataclass(frozen=True)
class DigestChallenge:
    realm: str
    nonce: str
    algorithm: str = "MD5"
    qop: str = ""  # "auth" when the server offers it, "" for RFC 2069
    opaque: str | None = None


def parse_challenge(header: str) -> DigestChallenge:
    """The digest challenge in a WWW-Authenticate header value."""
    scheme, _, rest = header.strip().partition(" ")
    if scheme.lower() != "digest":
        raise DigestError(f"the server asks for {scheme or 'an unknown'} authentication")
    values: dict[str, str] = {}
    for match in _PARAMETER.finditer(rest):
        raw = match.group(2)
        if raw.startswith('"'):
            raw = re.sub(r"\\(.)", r"\1", raw[1:-1])
        values[match.group(1).lower()] = raw
    if "realm" not in values or "nonce" not in values:
        raise DigestError("the digest challenge has no realm or nonce")
    algorithm = values.get("algorithm", "MD5").upper()
    if _base_algorithm(algorithm) not in _HASHES:
        raise DigestError(f"digest algorithm {algorithm} is not supported")
    offered = [q.strip().lower() for q in values.get("qop", "").split(",") if q.strip()]
    if offered and "auth" not in offered:
        raise DigestError("the server wants digest integrity protection (auth-int)")
    return DigestChallenge(
        realm=values["realm"],
        nonce=values["nonce"],
        algorithm=algorithm,
        qop="auth" if offered else "",
        opaque=values.get("opaque"),
    )


def digest_response(
    challenge: DigestChallenge,
    credentials: Credentials,
    method: str,
    uri: str,
    nonce_count: int = 1,
    cnonce: str | None = None,
) -> str:
    """The Authorization header value answering `challenge` for one request."""
    import hashlib  # OpenSSL's, with the first transfer that asks for a password

    hasher = _HASHES[_base_algorithm(challenge.algorithm)]

    def h(text: str) -> str:
        return hashlib.new(hasher, text.encode("utf-8")).hexdigest()

    cnonce = cnonce or os.urandom(8).hex()
    nc = f"{nonce_count:08x}"
    ha1 = h(f"{credentials.username}:{challenge.realm}:{credentials.password}")
    if challenge.algorithm.upper().endswith("-SESS"):
        ha1 = h(f"{ha1}:{challenge.nonce}:{cnonce}")
    ha2 = h(f"{method}:{uri}")
    if challenge.qop:
        response = h(f"{ha1}:{challenge.nonce}:{nc}:{cnonce}:{challenge.qop}:{ha2}")
    else:
        response = h(f"{ha1}:{challenge.nonce}:{ha2}")
    fields = [
        f'username="{_quote(credentials.username)}"',
        f'realm="{_quote(challenge.realm)}"',
        f'nonce="{_quote(challenge.nonce)}"',
        f'uri="{_quote(uri)}"',
        f"algorithm={challenge.algorithm}",
        f'response="{response}"',
    ]
    if challenge.qop:
        fields += [f"qop={challenge.qop}", f"nc={nc}", f'cnonce="{cnonce}"']
    if challenge.opaque is not None:
        fields.append(f'opaque="{_quote(challenge.opaque)}"')
    return "Digest " + ", ".join(fields)


def _base_algorithm(algorithm: str) -> str:
    upper = algorithm.upper()
    return upper[: -len("-SESS")] if upper.endswith("-SESS") else upper


def _quote(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')
