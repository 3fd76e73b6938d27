"""A stand-in for CallEngine: the same signals and commands, no pjsua2, no thread.

Commands are recorded in `commands` as (name, args...) tuples; tests make events
happen with `publish` (or the signals themselves) and `call_event`.
"""

from __future__ import annotations

import itertools
import time
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject

from jego_desktop.domain.accounts import DIRECT_ACCOUNT_KEY
from jego_desktop.domain.calls import CallDirection, CallState, DtmfMethod
from jego_desktop.domain.engine_events import (
    CallChanged,
    CodecInfo,
    CodecsListed,
)
from jego_desktop.engine.signals import EngineSignals


class FakeEngine(EngineSignals):
    """The engine's signals (EngineSignals, the same table as CallEngine's) and its
    commands, recorded."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.commands: list[tuple[Any, ...]] = []
        self._ids = itertools.count(1)
        self._check_ids = itertools.count(1)

    # ----- for tests ------------------------------------------------------------------

    def names(self) -> list[str]:
        return [command[0] for command in self.commands]

    def last(self, name: str) -> tuple[Any, ...]:
        for command in reversed(self.commands):
            if command[0] == name:
                return tuple(command)
        raise AssertionError(f"no {name} command among {self.names()}")

    @staticmethod
    def call_event(
        call_id: str = "c1",
        state: CallState = CallState.ACTIVE,
        direction: CallDirection = CallDirection.OUTGOING,
        peer: str = "sip:+33612345678@example.org",
        peer_name: str = "",
        **changes: Any,
    ) -> CallChanged:
        now = time.time()
        event = CallChanged(
            call_id=call_id,
            sip_call_id=f"sip-{call_id}",
            account_key="+33100000000@example.org",
            direction=direction,
            peer=peer,
            peer_name=peer_name,
            state=state,
            started_at=now - 60,
            answered_at=now - 42 if state is CallState.ACTIVE else None,
        )
        return replace(event, **changes)

    # ----- life cycle -----------------------------------------------------------------

    def start(self) -> None:
        self.commands.append(("start",))

    def stop(self, timeout: float = 10.0) -> None:
        self.commands.append(("stop",))

    def is_running(self) -> bool:
        return True

    # ----- commands -------------------------------------------------------------------

    def add_account(self, config: Any, password: Any) -> None:
        self.commands.append(("add_account", config, password))

    def remove_account(self, key: str) -> None:
        self.commands.append(("remove_account", key))

    def test_registration(self, config: Any, password: str) -> int:
        """Recorded as ("test_registration", request_id, config, password); answer with
        publish(RegistrationTested(request_id, ok, reason))."""
        request_id = next(self._check_ids)
        self.commands.append(("test_registration", request_id, config, password))
        return request_id

    def set_codec_priorities(self, order: list[str]) -> None:
        """Recorded, and answered at once with CodecsListed like the real engine."""
        self.commands.append(("set_codec_priorities", list(order)))
        known = ["G722/16000/1", "PCMA/8000/1", "PCMU/8000/1", "speex/16000/1", "GSM/8000/1"]
        enabled = [c for entry in order for c in known if c.lower().startswith(entry.lower())]
        ranked = [CodecInfo(c, 250 - i) for i, c in enumerate(dict.fromkeys(enabled))]
        ranked += [CodecInfo(c, 0) for c in known if c not in enabled]
        self.publish(CodecsListed(tuple(ranked)))

    def reregister(self, key: str | None = None) -> None:
        self.commands.append(("reregister", key))

    def network_changed(self) -> None:
        self.commands.append(("network_changed",))

    def make_call(self, uri: str, account_key: str = DIRECT_ACCOUNT_KEY) -> str:
        call_id = f"call-{next(self._ids)}"
        self.commands.append(("make_call", uri, account_key))
        return call_id

    def answer(self, call_id: str) -> None:
        self.commands.append(("answer", call_id))

    def decline(self, call_id: str, busy: bool = False) -> None:
        self.commands.append(("decline", call_id, busy))

    def hangup(self, call_id: str) -> None:
        self.commands.append(("hangup", call_id))

    def hangup_all(self) -> None:
        self.commands.append(("hangup_all",))

    def hold(self, call_id: str) -> None:
        self.commands.append(("hold", call_id))

    def resume(self, call_id: str) -> None:
        self.commands.append(("resume", call_id))

    def mute(self, call_id: str, muted: bool) -> None:
        self.commands.append(("mute", call_id, muted))

    def send_dtmf(self, call_id: str, digits: str, method: DtmfMethod = DtmfMethod.RFC4733) -> None:
        self.commands.append(("send_dtmf", call_id, digits, method))

    def send_call_info(self, call_id: str, content_type: str, body: str) -> None:
        self.commands.append(("send_call_info", call_id, content_type, body))

    def transfer(self, call_id: str, target_uri: str) -> None:
        self.commands.append(("transfer", call_id, target_uri))

    def transfer_to_call(self, call_id: str, other_call_id: str) -> None:
        self.commands.append(("transfer_to_call", call_id, other_call_id))

    def conference(self, call_ids: list[str]) -> None:
        self.commands.append(("conference", list(call_ids)))

    def start_recording(self, call_id: str, path: str) -> None:
        self.commands.append(("start_recording", call_id, path))

    def stop_recording(self, call_id: str) -> None:
        self.commands.append(("stop_recording", call_id))

    def set_message_sink(self, sink: Any) -> None:
        self.commands.append(("set_message_sink", sink))

    def send_message(
        self,
        account_key: str,
        peer_uri: str,
        message_id: str,
        body: str,
        content_type: str = "text/plain",
        imdn: bool = True,
        chat_headers: tuple[tuple[str, str], ...] = (),
    ) -> None:
        self.commands.append(
            ("send_message", account_key, peer_uri, message_id, body, imdn, chat_headers)
        )

    def send_display_receipts(
        self, account_key: str, peer_uri: str, message_ids: list[str]
    ) -> None:
        self.commands.append(("send_display_receipts", account_key, peer_uri, list(message_ids)))

    def send_typing(self, account_key: str, peer_uri: str, active: bool) -> None:
        self.commands.append(("send_typing", account_key, peer_uri, active))

    def watch_presence(self, account_key: str, uris: list[str]) -> None:
        self.commands.append(("watch_presence", account_key, list(uris)))

    def set_my_status(self, my_status: Any) -> None:
        self.commands.append(("set_my_status", my_status))
