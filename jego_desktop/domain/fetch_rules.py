"""What a download address named by someone else may reach, and what it may be sent.

A received file description names any URL its sender likes. The rules, pure and
checked before any byte leaves:

* the account's credentials go only to the configured file server's origin (scheme,
  host, port), and only over https; plain http to a loopback address is allowed for
  tests, by an explicit setting, and nowhere else;
* an address named by a message may resolve to public addresses only: loopback,
  private, link-local, shared (CGNAT), multicast and reserved ranges are refused
  unless the URL is the configured server's own origin. IPv6 forms that carry an IPv4
  address (mapped, 6to4, Teredo) are judged by that IPv4 address.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from urllib.parse import urlsplit

IpAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True)
class Origin:
    scheme: str
    host: str
    port: int


def origin_of(url: str) -> Origin | None:
    """The (scheme, host, port) of an http(s) URL; None for anything else."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    return Origin(scheme, parts.hostname.lower().rstrip("."), port or _DEFAULT_PORTS[scheme])


def embedded_ipv4(address: IpAddress) -> IpAddress:
    """The IPv4 address an IPv6 address stands for (mapped, 6to4, Teredo), else itself."""
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return address.ipv4_mapped
        if address.sixtofour is not None:
            return address.sixtofour
        if address.teredo is not None:
            return address.teredo[1]
    return address


def is_public_address(address: IpAddress) -> bool:
    """True for an address on the public internet; False for loopback, LAN and the like."""
    judged = embedded_ipv4(address)
    return judged.is_global and not judged.is_multicast and not address.is_multicast


def is_loopback_address(address: IpAddress) -> bool:
    return embedded_ipv4(address).is_loopback


@dataclass(frozen=True)
class FileServerTrust:
    """The configured file server, and whether it may be reached by plain http on loopback.

    `server_url` is the address in the settings ("" when none is set).
    """

    server_url: str = ""
    plain_http_loopback: bool = False

    def is_server(self, url: str) -> bool:
        """True when `url` has the configured server's origin."""
        mine = origin_of(self.server_url) if self.server_url.strip() else None
        return mine is not None and origin_of(url) == mine

    def may_send_credentials(self, url: str, address: IpAddress) -> bool:
        """Credentials for `url`, connected at `address` (already resolved and checked)."""
        origin = origin_of(url)
        if origin is None or not self.is_server(url):
            return False
        if origin.scheme == "https":
            return True
        return self.plain_http_loopback and is_loopback_address(address)

    def may_connect(self, url: str, address: IpAddress) -> bool:
        """Whether `address`, one of those `url`'s host resolves to, may be reached."""
        return self.is_server(url) or is_public_address(address)


def download_host(url: str | None) -> str:
    """The host a download address points at, as the user should see it ("" if none)."""
    origin = origin_of(url or "")
    if origin is None:
        return ""
    default = _DEFAULT_PORTS[origin.scheme]
    host = f"[{origin.host}]" if ":" in origin.host else origin.host
    return host if origin.port == default else f"{host}:{origin.port}"
