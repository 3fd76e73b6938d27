"""Every spelling of a peer's address gives the same conversation key."""

from __future__ import annotations

import pytest

from jego_desktop.domain.peers import address_part, normalise_peer_uri


@pytest.mark.parametrize(
    ("uri", "expected"),
    [
        ("sip:bob@example.com", "sip:bob@example.com"),
        ("SIP:Bob@Example.COM", "sip:Bob@example.com"),
        ('"Bob" <sip:bob@example.com;tag=1>', "sip:bob@example.com"),
        ("<sip:+33612345678@example.com;user=phone>", "sip:+33612345678@example.com"),
        ("sip:bob@example.com:5061;transport=tls?subject=x", "sip:bob@example.com:5061"),
        ("sips:bob@[::1]:5061", "sips:bob@[::1]:5061"),
        ("sip:a;b?c@example.com", "sip:a;b?c@example.com"),
        ("sip:example.com;transport=tcp", "sip:example.com"),
        ("tel:+33-6-12-34-56-78;phone-context=x", "tel:+33612345678"),
        ("  sip:bob@example.com  ", "sip:bob@example.com"),
    ],
)
def test_normalised_forms(uri: str, expected: str) -> None:
    assert normalise_peer_uri(uri) == expected


@pytest.mark.parametrize(
    "uri",
    [
        "",
        "bob",
        "sip:",
        "sip:bob@",
        ":bob@x",
        "sip:bo b@x",
        "sip:\x00@x",
        "1:2",
        "sip:" + "x" * 300,
    ],
)
def test_what_is_not_an_address(uri: str) -> None:
    with pytest.raises(ValueError):
        normalise_peer_uri(uri)


@pytest.mark.parametrize(
    ("name_addr", "address"),
    [
        ('"a<b" <sip:bob@example.org>', "sip:bob@example.org"),
        ('"x>y<z" <sip:bob@example.org>;tag=9', "sip:bob@example.org"),
        ('"esc \\" <" <sip:bob@example.org>', "sip:bob@example.org"),
        ("Bob <sip:bob@example.org>", "sip:bob@example.org"),
        ("sip:bob@example.org", "sip:bob@example.org"),
    ],
)
def test_the_address_follows_a_quoted_display_name(name_addr: str, address: str) -> None:
    assert address_part(name_addr) == address
    assert normalise_peer_uri(name_addr) == address
