"""Keypad digits in a call: RFC 4733 events, or SIP INFO when the call cannot carry them.

pjsua refuses RFC 4733 at once on a call whose far end offered no telephone-event in its
SDP (PJMEDIA_RTP_EREMNORFC2833), so those digits go again as SIP INFO
(application/dtmf-relay, one request a digit). Whether the far end takes an INFO is only
known from its answer, which comes later (call_info.outgoing_info_outcome): a user who
chose SIP INFO gets exactly that, with no fallback to try in the meantime.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from jego_desktop.domain.calls import DtmfMethod

DTMF_DIGITS = frozenset("0123456789*#ABCDabcd")
DTMF_RELAY = "application/dtmf-relay"
_SIGNAL = re.compile(r"^\s*signal\s*=\s*(\S+)", re.IGNORECASE | re.MULTILINE)

# Sends the digits one way; None when pjsua took them, otherwise its reason.
Sender = Callable[[DtmfMethod], "str | None"]


@dataclass(frozen=True)
class DtmfAttempt:
    """What became of one send: the method pjsua took (None: none) and every refusal."""

    method: DtmfMethod | None
    refusals: tuple[tuple[DtmfMethod, str], ...] = ()


def are_dtmf_digits(digits: str) -> bool:
    return bool(digits) and all(d in DTMF_DIGITS for d in digits)


def methods_to_try(preferred: DtmfMethod) -> tuple[DtmfMethod, ...]:
    if preferred is DtmfMethod.SIP_INFO:
        return (DtmfMethod.SIP_INFO,)
    return (DtmfMethod.RFC4733, DtmfMethod.SIP_INFO)


def send_with_fallback(preferred: DtmfMethod, send: Sender) -> DtmfAttempt:
    """Try `preferred`, then what may stand in for it, until pjsua takes the digits."""
    refusals: list[tuple[DtmfMethod, str]] = []
    for method in methods_to_try(preferred):
        reason = send(method)
        if reason is None:
            return DtmfAttempt(method, tuple(refusals))
        refusals.append((method, reason))
    return DtmfAttempt(None, tuple(refusals))


def signal_of(body: str) -> str:
    """The digit of a dtmf-relay body ("Signal=5\\r\\nDuration=160"), "" when it has none."""
    match = _SIGNAL.search(body)
    return match.group(1) if match else ""
