"""An account: the bound number registered with the operator's SIP service."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Transport(enum.Enum):
    UDP = "udp"
    TCP = "tcp"
    TLS = "tls"


class SrtpMode(enum.Enum):
    DISABLED = "disabled"
    OPTIONAL = "optional"
    MANDATORY = "mandatory"


class RegistrationState(enum.Enum):
    UNREGISTERED = "unregistered"
    REGISTERING = "registering"
    REGISTERED = "registered"
    FAILED = "failed"


@dataclass(frozen=True)
class AccountConfig:
    """What the app needs to register one number. Never holds the password."""

    number: str  # E.164 ("+8613800138000") or a plain SIP user name
    server: str  # "host" or "host:port" of the registrar/proxy
    transport: Transport = Transport.UDP
    username: str = ""  # digest user name; the number when empty
    display_name: str = ""
    srtp: SrtpMode = SrtpMode.DISABLED
    register_expires: int = 300

    @property
    def key(self) -> str:
        """Stable identity of the account (also its keyring entry name)."""
        return f"{self.number}@{self.server}"

    @property
    def auth_username(self) -> str:
        return self.username or self.number

    @property
    def domain(self) -> str:
        return split_host_port(self.server)[0]

    @property
    def aor(self) -> str:
        return f"sip:{self.number}@{self.domain}"

    def server_uri(self) -> str:
        """The registrar/proxy as a SIP URI with the chosen transport."""
        host, port = split_host_port(self.server)
        hostport = f"{host}:{port}" if port else host
        return f"sip:{hostport};transport={self.transport.value}"

    def identity(self) -> str:
        if self.display_name:
            name = self.display_name.replace('"', "")
            return f'"{name}" <{self.aor}>'
        return f"<{self.aor}>"


def split_host_port(server: str) -> tuple[str, int | None]:
    """'host', 'host:5060', '[::1]:5060' -> (host, port or None)."""
    server = server.strip()
    if server.startswith("["):
        host, _, rest = server[1:].partition("]")
        port = rest.lstrip(":")
        return f"[{host}]", int(port) if port else None
    host, sep, port = server.rpartition(":")
    if sep and port.isdigit():
        return host, int(port)
    return server, None


# The key of the engine's account-less local address (direct IP calls and messages), in
# the engine's commands and events and in the store alike.
DIRECT_ACCOUNT_KEY = "direct"
