"""A pjsua2 Account that forwards its callbacks to the engine core (engine thread)."""

from __future__ import annotations

from typing import Protocol

import pjsua2 as pj

from jego_desktop.engine.guard import guarded


class AccountListener(Protocol):
    def on_registration(
        self, account: SipAccount, code: int, reason: str, expires: int
    ) -> None: ...
    def on_incoming_call(self, account: SipAccount, pj_call_id: int) -> None: ...


class SipAccount(pj.Account):  # type: ignore[misc]
    """One registered number, or the local account used for direct IP calls (key "")."""

    def __init__(self, key: str, listener: AccountListener) -> None:
        super().__init__()
        self.key = key
        self._listener = listener

    @guarded
    def onRegState(self, prm: pj.OnRegStateParam) -> None:  # noqa: N802 - pjsua2 API
        self._listener.on_registration(self, int(prm.code), str(prm.reason), int(prm.expiration))

    @guarded
    def onIncomingCall(self, prm: pj.OnIncomingCallParam) -> None:  # noqa: N802 - pjsua2 API
        self._listener.on_incoming_call(self, int(prm.callId))
