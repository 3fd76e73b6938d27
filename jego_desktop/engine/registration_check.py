"""Trying account settings before they are saved: register once, report, unregister.

The check registers a throwaway pjsua account whose Contact carries an extra URI
parameter, so its binding at the registrar never replaces (nor, when removed, takes
away) the binding of a bound account with the same number. Whatever the registrar
routes to that Contact while the check runs is refused, never shown as a call or a
message.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import pjsua2 as pj

from jego_desktop.domain.engine_events import RegistrationTested
from jego_desktop.domain.reasons import reason
from jego_desktop.domain.sip_reasons import registration_reason
from jego_desktop.engine.sip_account import SipAccount

if TYPE_CHECKING:
    from jego_desktop.domain.incoming_messages import RawMessage

log = logging.getLogger(__name__)

CHECK_TIMEOUT_S = 10.0
MAX_CHECKS = 2  # pjsua has 8 account slots, shared with the bound accounts
CHECK_PARAM = "jego-check"

Publish = Callable[[object], None]
Schedule = Callable[[float, Callable[[], None]], None]


def addressed_to_check(request_line: str) -> bool:
    """Whether a request's first line targets a registration check's Contact."""
    return f";{CHECK_PARAM}=" in request_line.split(" SIP/", 1)[0]


class RegistrationChecks:
    """The registration checks under way (engine thread only)."""

    def __init__(self, publish: Publish, schedule: Schedule) -> None:
        self._publish = publish
        self._schedule = schedule
        self._running: dict[str, tuple[int, SipAccount]] = {}

    def start(self, request_id: int, cfg: pj.AccountConfig) -> None:
        """Register with `cfg` (the password inside it) and publish RegistrationTested."""
        if len(self._running) >= MAX_CHECKS:
            self._publish(RegistrationTested(request_id, False, reason("another check is running")))
            return
        key = f"check-{request_id}"
        cfg.regConfig.contactUriParams = f";{CHECK_PARAM}={request_id}"
        cfg.regConfig.registerOnAdd = True
        cfg.priority = -1  # the bound account of the same number wins incoming requests
        account = SipAccount(key, self)
        self._running[key] = (request_id, account)
        try:
            account.create(cfg)
        except pj.Error as error:
            self._finish(key, False, str(error.reason))
            return
        self._schedule(
            CHECK_TIMEOUT_S, lambda: self._finish(key, False, reason("server unreachable"))
        )

    def shutdown(self) -> None:
        for key in list(self._running):
            self._drop(self._running.pop(key)[1])

    def _finish(self, key: str, ok: bool, reason: str) -> None:
        entry = self._running.pop(key, None)
        if entry is None:
            return  # answered already (the timeout after a reply, or the reverse)
        request_id, account = entry
        self._publish(RegistrationTested(request_id, ok, reason))
        # never delete a pjsua2 account inside its own callback
        self._schedule(0.0, lambda: self._drop(account))

    @staticmethod
    def _drop(account: SipAccount) -> None:
        try:
            account.shutdown()  # unregisters its own Contact only
        except pj.Error as error:
            log.warning("removing the registration check failed: %s", error.info())

    # AccountListener
    def on_registration(self, account: SipAccount, code: int, reason: str, expires: int) -> None:
        if 200 <= code < 300 and expires > 0:
            self._finish(account.key, True, registration_reason(code, reason))
        elif not 200 <= code < 300:
            self._finish(account.key, False, registration_reason(code, reason))

    def on_incoming_call(self, account: SipAccount, pj_call_id: int, request_line: str) -> None:
        """Left without a Call object, which makes pjsua2 refuse it."""

    def on_instant_message(self, account: SipAccount, raw: RawMessage, contact: str) -> None:
        log.debug("a message reached a registration check; dropped")

    def on_instant_message_status(
        self, account: SipAccount, to_uri: str, body: str, code: int, reason: str, response: str
    ) -> None:
        pass

    def on_message_waiting(self, account: SipAccount, whole_notify: str) -> None:
        pass  # a check never subscribes to its mailbox

    def on_typing(self, account: SipAccount, from_uri: str, active: bool) -> None:
        pass
