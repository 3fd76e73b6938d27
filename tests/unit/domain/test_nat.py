"""NatTraversal: server names, default ports, and the servers in WebRTC's URL form."""

from __future__ import annotations

import pytest

from jego_desktop.domain.nat import NatTraversal, TurnTransport, server_error, with_port


@pytest.mark.parametrize("good", ["", "stun.example.org", "198.18.0.1:3478", "[2001:db8::1]:5"])
def test_good_servers(good: str) -> None:
    assert server_error(good) == ""


@pytest.mark.parametrize(
    ("bad", "why"),
    [
        ("stun example", "not a server name"),
        ("turn:host", "not a server name"),
        ("host/path", "not a server name"),
        (":3478", "not a server name"),
        ("host:0", "not a port"),
        ("host:70000", "not a port"),
    ],
)
def test_bad_servers(bad: str, why: str) -> None:
    assert server_error(bad) == why


def test_default_ports() -> None:
    assert with_port("stun.example.org", 3478) == "stun.example.org:3478"
    assert with_port("h:19302", 3478) == "h:19302"
    assert with_port("", 3478) == ""
    tls = NatTraversal(turn_server="t.example.org", turn_transport=TurnTransport.TLS)
    assert tls.turn_host_port() == "t.example.org:5349"


def test_urls_for_webrtc() -> None:
    nat = NatTraversal(
        stun_server="s.example.org",
        turn_server="t.example.org:3479",
        turn_transport=TurnTransport.TCP,
        turn_user="u",
        turn_password="p",
    )
    assert nat.ice_server_urls() == (
        ("stun:s.example.org:3478", "", ""),
        ("turn:t.example.org:3479?transport=tcp", "u", "p"),
    )
    tls = NatTraversal(turn_server="t", turn_transport=TurnTransport.TLS)
    assert tls.ice_server_urls() == (("turns:t:5349?transport=tcp", "", ""),)


def test_turn_needs_ice_and_a_server() -> None:
    assert NatTraversal(turn_server="t").turn
    assert not NatTraversal(turn_server="t", ice=False).turn
    assert not NatTraversal(turn_server=" ").turn
    assert NatTraversal(ice=False, turn_server="t").ice_server_urls() == ()


def test_the_password_stays_out_of_repr() -> None:
    assert "hunter2" not in repr(NatTraversal(turn_password="hunter2"))
