"""How calls cross home routers and carriers' NAT: STUN, ICE, TURN, keep-alives.

One value for SIP and RTP (the engine) and for video (aiortc): both use the same
servers. No Qt, no I/O.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from jego_desktop.domain.accounts import split_host_port

STUN_PORT = 3478
TURNS_PORT = 5349
DEFAULT_KEEPALIVE_S = 15  # pjsua's own: UDP bindings in home routers last 30 s or more


class TurnTransport(enum.Enum):
    UDP = "udp"
    TCP = "tcp"
    TLS = "tls"


@dataclass(frozen=True)
class NatTraversal:
    """`stun_server` and `turn_server` are "host" or "host:port" ("" for none)."""

    stun_server: str = ""
    ice: bool = True
    turn_server: str = ""
    turn_transport: TurnTransport = TurnTransport.UDP
    turn_user: str = ""
    turn_password: str = field(default="", repr=False)  # from the keyring, never logged
    keepalive_s: int = DEFAULT_KEEPALIVE_S  # SIP keep-alive (CRLF over UDP); 0: none
    rewrite_addresses: bool = True  # Contact, Via and SDP follow the address the server saw

    @property
    def turn(self) -> bool:
        """TURN is used: it needs ICE and a server."""
        return self.ice and bool(self.turn_server.strip())

    def stun_host_port(self) -> str:
        return with_port(self.stun_server, STUN_PORT)

    def turn_host_port(self) -> str:
        default = TURNS_PORT if self.turn_transport is TurnTransport.TLS else STUN_PORT
        return with_port(self.turn_server, default)

    def ice_server_urls(self) -> tuple[tuple[str, str, str], ...]:
        """(url, user, password) per server in WebRTC's form (RFC 7064, RFC 7065)."""
        servers: list[tuple[str, str, str]] = []
        if self.stun_server.strip():
            servers.append((f"stun:{self.stun_host_port()}", "", ""))
        if self.turn:
            scheme = "turns" if self.turn_transport is TurnTransport.TLS else "turn"
            transport = "udp" if self.turn_transport is TurnTransport.UDP else "tcp"
            url = f"{scheme}:{self.turn_host_port()}?transport={transport}"
            servers.append((url, self.turn_user, self.turn_password))
        return tuple(servers)


def with_port(server: str, default_port: int) -> str:
    """'host' -> 'host:3478'; a port given stays; '' stays ''."""
    host, port = split_host_port(server)
    if not host:
        return ""
    return f"{host}:{port or default_port}"


def server_error(server: str) -> str:
    """'' when `server` is empty or "host[:port]" with a port from 1 to 65535; else what is
    wrong, in plain English (the settings translate their own messages)."""
    text = server.strip()
    if not text:
        return ""
    if any(c.isspace() or c in "/@?#;" for c in text):
        return "not a server name"
    host, port = split_host_port(text)
    if not host.strip("[]") or host.endswith(":") or (":" in host.strip("[]") and "[" not in host):
        return "not a server name"
    if port is not None and not 1 <= port <= 65535:
        return "not a port"
    return ""
