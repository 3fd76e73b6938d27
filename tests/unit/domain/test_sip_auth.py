from __future__ import annotations

import pytest

from jego_desktop.domain.sip_auth import challenge_realm


def _response(*headers: str) -> str:
    return "SIP/2.0 401 Unauthorized\r\nVia: x\r\n" + "".join(h + "\r\n" for h in headers) + "\r\n"


@pytest.mark.parametrize(
    ("header", "realm"),
    [
        ('WWW-Authenticate: Digest realm="ims.example.org", nonce="n"', "ims.example.org"),
        ('Proxy-Authenticate: Digest nonce="n", realm="a\\"b"', 'a"b'),
        ("WWW-Authenticate: Digest realm=token.example, nonce=n", "token.example"),
        ('www-authenticate: DIGEST REALM="case"', "case"),
        ('WWW-Authenticate: Basic realm="web"', None),
        ('WWW-Authenticate: Digest nonce="n"', None),
        ('WWW-Authenticate: Digest realm=""', None),
    ],
)
def test_the_realm_of_a_digest_challenge(header: str, realm: str | None) -> None:
    assert challenge_realm(_response(header)) == realm


def test_no_challenge_no_realm() -> None:
    assert challenge_realm("SIP/2.0 403 Forbidden\r\n\r\n") is None
    assert challenge_realm("") is None
