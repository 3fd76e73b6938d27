"""The realm of a registrar's digest challenge, the only realm the account answers.

pjsua answers a 401/407 with the first credentials whose realm matches, "*" matching
any; with "*" a stranger's challenge to a request the app sends would be answered too
(issue #13). The account's credentials carry the registrar's realm instead: first
guessed to be the SIP domain, then learned from the registrar's own challenge to our
REGISTER when that guess was wrong.
"""

from __future__ import annotations

import re

from jego_desktop.domain.sip_headers import sip_header

_REALM = re.compile(r'realm\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,]+))', re.IGNORECASE)
MAX_REALM_LENGTH = 256


def challenge_realm(response: str) -> str | None:
    """The realm of the digest challenge in a 401 or 407 response, or None."""
    for name in ("WWW-Authenticate", "Proxy-Authenticate"):
        value = sip_header(response, name)
        scheme, _, params = value.partition(" ")
        if scheme.lower() != "digest":
            continue
        found = _REALM.search(params)
        if found is None:
            continue
        quoted, token = found.groups()
        realm = re.sub(r"\\(.)", r"\1", quoted) if quoted is not None else token
        if realm and len(realm) <= MAX_REALM_LENGTH and realm.isprintable():
            return realm
    return None
