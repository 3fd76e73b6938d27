"""The call's STUN and TURN servers (domain/nat.py) for aiortc: video crosses the same
routers as the sound, through the same servers."""

from __future__ import annotations

from aiortc import RTCConfiguration, RTCIceServer

from jego_desktop.domain.nat import NatTraversal


def rtc_configuration(nat: NatTraversal) -> RTCConfiguration:
    """No servers when ICE is off or none is set: host candidates only."""
    if not nat.ice:
        return RTCConfiguration(iceServers=[])
    servers = [
        RTCIceServer(urls=url, username=user or None, credential=password or None)
        for url, user, password in nat.ice_server_urls()
    ]
    return RTCConfiguration(iceServers=servers)
