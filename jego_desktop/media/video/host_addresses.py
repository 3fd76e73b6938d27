"""ICE host candidates on one chosen address (the `network/bind_address` setting).

Neither aiortc (RTCConfiguration) nor aioice (Connection's parameters) lets a caller
choose the addresses host candidates are gathered on: aioice's
`Connection.gather_candidates` asks the module function `aioice.ice.get_host_addresses`
for every interface's address and never offers 127.0.0.1. So this module wraps that one
function, once per process, and the wrapper answers with the bound address only while a
session's gathering runs inside `bound_to(address)`; everywhere else (no bind address,
any other code) aioice's own answer comes back unchanged. The context variable follows
the gathering into the tasks aiortc spawns for it (asyncio copies the context).

tests/unit/media/test_host_addresses.py fails if aioice stops gathering through that
function (a new aioice version), rather than letting video quietly use every interface.
"""

from __future__ import annotations

import contextlib
import contextvars
import ipaddress
import threading
from collections.abc import Callable, Iterator

import aioice.ice

_bound: contextvars.ContextVar[str] = contextvars.ContextVar("jego_ice_bind_address", default="")
_install_lock = threading.Lock()
_original: Callable[[bool, bool], list[str]] | None = None


def _host_addresses(use_ipv4: bool, use_ipv6: bool) -> list[str]:
    address = _bound.get()
    if address:
        version = ipaddress.ip_address(address).version
        return [address] if (use_ipv4 if version == 4 else use_ipv6) else []
    assert _original is not None
    return _original(use_ipv4, use_ipv6)


def install() -> None:
    """Put the wrapper in place of aioice's function (idempotent, any thread)."""
    global _original
    with _install_lock:
        if _original is None:
            _original = aioice.ice.get_host_addresses
            aioice.ice.get_host_addresses = _host_addresses


@contextlib.contextmanager
def bound_to(address: str) -> Iterator[None]:
    """ICE gathering started in this block (and its tasks) uses `address` only; "" = all."""
    if address:
        ipaddress.ip_address(address)  # a bad address is an error here, not a silent fallback
        install()
    token = _bound.set(address)
    try:
        yield
    finally:
        _bound.reset(token)
