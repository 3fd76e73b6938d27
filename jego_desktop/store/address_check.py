"""Resolving a download host once, checking every address, and keeping the result.

The caller connects to the address checked here, never to the host name again: a
second lookup could answer differently (DNS rebinding) and reach what was refused.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable

from jego_desktop.domain.fetch_rules import IpAddress

Resolver = Callable[[str, int], list[str]]  # host, port -> addresses as text


class AddressRefusedError(Exception):
    """The host resolves to an address that must not be reached; `str()` says which."""


class ResolveError(Exception):
    """The host name could not be resolved."""


def system_resolver(host: str, port: int) -> list[str]:
    try:
        answers = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as error:
        raise ResolveError(f"{host} cannot be resolved ({error})") from None
    return [str(answer[4][0]) for answer in answers]


def checked_addresses(
    host: str,
    port: int,
    allowed: Callable[[IpAddress], bool],
    resolver: Resolver = system_resolver,
) -> list[IpAddress]:
    """Every address `host` resolves to, in order, if `allowed` accepts each one.

    One refused address refuses them all: a name that mixes a public address with a
    private one is the shape of a rebinding attack.
    """
    found: list[IpAddress] = []
    for text in resolver(host, port):
        try:
            address = ipaddress.ip_address(text.split("%", 1)[0])
        except ValueError:
            raise ResolveError(f"{host} resolves to {text!r}, which is not an address") from None
        if not allowed(address):
            raise AddressRefusedError(f"{host} is at {address}, a local or private address")
        if address not in found:
            found.append(address)
    if not found:
        raise ResolveError(f"{host} has no address")
    return found
