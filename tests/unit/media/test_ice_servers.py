"""Video sessions get the call's STUN and TURN servers as aiortc RTCIceServers."""

from __future__ import annotations

from jego_desktop.domain.nat import NatTraversal, TurnTransport
from jego_desktop.media.video.ice_servers import rtc_configuration


def test_stun_and_turn_become_ice_servers() -> None:
    config = rtc_configuration(
        NatTraversal(
            stun_server="198.18.0.1",
            turn_server="198.18.0.1:3478",
            turn_transport=TurnTransport.UDP,
            turn_user="u",
            turn_password="p",
        )
    )
    servers = config.iceServers or []
    assert [(s.urls, s.username, s.credential) for s in servers] == [
        ("stun:198.18.0.1:3478", None, None),
        ("turn:198.18.0.1:3478?transport=udp", "u", "p"),
    ]


def test_none_set_or_ice_off_gathers_host_candidates_only() -> None:
    assert rtc_configuration(NatTraversal()).iceServers == []
    off = NatTraversal(ice=False, stun_server="s", turn_server="t")
    assert rtc_configuration(off).iceServers == []


def test_aioice_accepts_the_urls() -> None:
    """aiortc hands the URLs to aioice, which parses them at gathering: parse them now."""
    from aiortc.rtcicetransport import connection_kwargs

    nat = NatTraversal(
        stun_server="s.example.org",
        turn_server="t.example.org",
        turn_transport=TurnTransport.TLS,
        turn_user="u",
        turn_password="p",
    )
    kwargs = connection_kwargs(rtc_configuration(nat).iceServers or [])
    assert kwargs["stun_server"] == ("s.example.org", 3478)
    assert kwargs["turn_server"] == ("t.example.org", 5349)
    assert kwargs["turn_ssl"] is True and kwargs["turn_transport"] == "tcp"
