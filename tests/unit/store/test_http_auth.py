from __future__ import annotations

import hashlib

import pytest

from jego_desktop.store.http_auth import (
    Credentials,
    DigestChallenge,
    DigestError,
    digest_response,
    parse_challenge,
)


def test_parse_a_typical_challenge() -> None:
    challenge = parse_challenge(
        'Digest realm="sip.example.org", nonce="abc\\"def", qop="auth,auth-int",'
        ' algorithm=MD5, opaque="xyz"'
    )
    assert challenge == DigestChallenge("sip.example.org", 'abc"def', "MD5", "auth", "xyz")


@pytest.mark.parametrize(
    "header",
    [
        'Basic realm="x"',
        'Digest nonce="n"',
        'Digest realm="r", nonce="n", algorithm=SHA-512-256',
        'Digest realm="r", nonce="n", qop="auth-int"',
    ],
)
def test_challenges_we_cannot_answer(header: str) -> None:
    with pytest.raises(DigestError):
        parse_challenge(header)


def test_rfc_2617_example() -> None:
    # RFC 2617 section 3.5
    challenge = DigestChallenge(
        "testrealm@host.com", "dcd98b7102dd2f0e8b11d0f600bfb0c093", qop="auth"
    )
    header = digest_response(
        challenge,
        Credentials("Mufasa", "Circle Of Life"),
        "GET",
        "/dir/index.html",
        nonce_count=1,
        cnonce="0a4f113b",
    )
    assert 'response="6629fae49393a05397450978507c4ef1"' in header
    assert "nc=00000001" in header and 'cnonce="0a4f113b"' in header


def test_sha256_and_no_qop() -> None:
    challenge = DigestChallenge("r", "n", "SHA-256")
    header = digest_response(challenge, Credentials("u", "p"), "POST", "/up")

    def h(text: str) -> str:
        return hashlib.sha256(text.encode()).hexdigest()

    assert f'response="{h(h("u:r:p") + ":n:" + h("POST:/up"))}"' in header
    assert "qop" not in header


def test_credentials_never_show_the_password() -> None:
    assert "secret" not in repr(Credentials("alice", "secret"))
