"""The line protocol of the peer processes the integration tests drive (call_peer,
video_peer, headless_peer): JSON commands in on stdin, JSON events out on stdout."""

from __future__ import annotations

import json
import sys
from typing import Any, Protocol


class CommandTarget(Protocol):
    @property
    def command(self) -> Any: ...  # a Qt signal(str), handled on the main thread


def emit(event: str, **fields: Any) -> None:
    sys.stdout.write(json.dumps({"event": event, **fields}) + "\n")
    sys.stdout.flush()


def read_commands(peer: CommandTarget) -> None:
    """Forward stdin's lines to the peer's main thread; end of input means quit."""
    for line in sys.stdin:
        if line.strip():
            peer.command.emit(line)
    peer.command.emit('{"cmd": "quit"}')
