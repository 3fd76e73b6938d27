"""A pjsua2 Account that forwards its callbacks to the engine core (engine thread)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import pjsua2 as pj

from jego_desktop.domain.incoming_messages import RawMessage
from jego_desktop.engine.guard import guarded


class AccountListener(Protocol):
    def on_registration(
        self, account: SipAccount, code: int, reason: str, expires: int
    ) -> None: ...
    def on_incoming_call(self, account: SipAccount, pj_call_id: int, request_line: str) -> None: ...
    def on_instant_message(self, account: SipAccount, raw: RawMessage, contact: str) -> None: ...
    def on_instant_message_status(
        self, account: SipAccount, to_uri: str, body: str, code: int, reason: str, response: str
    ) -> None: ...
    def on_typing(self, account: SipAccount, from_uri: str, active: bool) -> None: ...
    def on_message_waiting(self, account: SipAccount, whole_notify: str) -> None: ...


class SipAccount(pj.Account):  # type: ignore[misc]
    """One registered number, or the local account used for direct IP calls (key
    DIRECT_ACCOUNT_KEY)."""

    def __init__(self, key: str, listener: AccountListener) -> None:
        super().__init__()
        self.key = key
        self._listener = listener
        self.last_registration_response = ""  # the registrar's last answer, as text

    @guarded
    def onRegState(self, prm: pj.OnRegStateParam) -> None:  # noqa: N802 - pjsua2 API
        self.last_registration_response = read_text(lambda: prm.rdata.wholeMsg)
        self._listener.on_registration(self, int(prm.code), str(prm.reason), int(prm.expiration))

    @guarded
    def onIncomingCall(self, prm: pj.OnIncomingCallParam) -> None:  # noqa: N802 - pjsua2 API
        request_line = read_text(lambda: prm.rdata.wholeMsg).split("\r\n", 1)[0]
        self._listener.on_incoming_call(self, int(prm.callId), request_line)

    @guarded
    def onInstantMessage(self, prm: pj.OnInstantMessageParam) -> None:  # noqa: N802
        # The body arrives decoded as UTF-8 with surrogate escapes (invalid bytes kept);
        # should reading any field fail, the message is still handed on, as unreadable.
        raw = raw_message(prm, self.key)
        self._listener.on_instant_message(self, raw, read_text(lambda: prm.contactUri))

    @guarded
    def onInstantMessageStatus(self, prm: pj.OnInstantMessageStatusParam) -> None:  # noqa: N802
        self._listener.on_instant_message_status(
            self,
            str(prm.toUri),
            read_text(lambda: prm.msgBody),
            int(prm.code),
            read_text(lambda: prm.reason),
            read_text(lambda: prm.rdata.wholeMsg),
        )

    @guarded
    def onTypingIndication(self, prm: pj.OnTypingIndicationParam) -> None:  # noqa: N802
        self._listener.on_typing(self, str(prm.fromUri), bool(prm.isTyping))

    @guarded
    def onMwiInfo(self, prm: pj.OnMwiInfoParam) -> None:  # noqa: N802 - pjsua2 API
        self._listener.on_message_waiting(self, read_text(lambda: prm.rdata.wholeMsg))


def raw_message(prm: pj.OnInstantMessageParam, account_key: str) -> RawMessage:
    """An incoming MESSAGE's fields, each read on its own so one bad field loses nothing."""
    return RawMessage(
        account_key=account_key,
        from_uri=read_text(lambda: prm.fromUri),
        to_uri=read_text(lambda: prm.toUri),
        content_type=read_text(lambda: prm.contentType),
        body=read_text(lambda: prm.msgBody, "\udcff"),
        whole_message=read_text(lambda: prm.rdata.wholeMsg),
    )


def read_text(read: Callable[[], object], fallback: str = "") -> str:
    """A field of a pjsua2 callback parameter as text, or `fallback` if reading fails."""
    try:
        return str(read())
    except Exception:
        return fallback
