"""The call commands, with keypad tones sent the way the settings say (RFC 4733 or SIP INFO)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from jego_desktop.domain.calls import DtmfMethod


class DtmfByMethod:
    """Wraps CallEngine for the call windows: `send_dtmf` asks `method()` at every press,
    so a change in the settings applies to the next digit; every other command passes on."""

    def __init__(self, engine: Any, method: Callable[[], DtmfMethod]) -> None:
        self._engine = engine
        self._method = method

    def __getattr__(self, name: str) -> Any:
        return getattr(self._engine, name)

    def send_dtmf(self, call_id: str, digits: str) -> None:
        self._engine.send_dtmf(call_id, digits, self._method())
