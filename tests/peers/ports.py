"""Free loopback ports chosen at run time."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from itertools import count

LOOPBACK = "127.0.0.1"

_handed_out: set[int] = set()


def _is_free(port: int) -> bool:
    for kind in (socket.SOCK_DGRAM, socket.SOCK_STREAM):
        with socket.socket(socket.AF_INET, kind) as probe:
            try:
                probe.bind((LOOPBACK, port))
            except OSError:
                return False
    return True


def free_port_block(size: int = 1) -> int:
    """First port of `size` consecutive ports free for both UDP and TCP on loopback.

    Ports handed out earlier in this process are never handed out again, so two
    peers started one after the other cannot collide before either binds.
    """
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        probe.bind((LOOPBACK, 0))
        start = probe.getsockname()[1]
    for base in _candidates(start):
        block = range(base, base + size)
        if any(p in _handed_out for p in block):
            continue
        if all(_is_free(p) for p in block):
            _handed_out.update(block)
            return base
    raise RuntimeError("no free block of loopback ports")


def _candidates(start: int) -> Iterator[int]:
    for offset in count():
        base = 20000 + (start + offset * 7) % 40000
        yield base
        if offset > 5000:
            return
