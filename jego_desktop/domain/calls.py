"""Calls as the rest of the app sees them: immutable snapshots, no pjsua2 objects."""

from __future__ import annotations

import enum
from dataclasses import dataclass


class CallDirection(enum.Enum):
    OUTGOING = "outgoing"
    INCOMING = "incoming"


class CallState(enum.Enum):
    DIALING = "dialing"  # INVITE sent, nothing back yet
    RINGING_OUT = "ringing_out"  # the far end is ringing (180/183)
    RINGING_IN = "ringing_in"  # an incoming call waiting for the user
    CONNECTING = "connecting"  # answered, waiting for ACK
    ACTIVE = "active"
    ENDED = "ended"


class DtmfMethod(enum.Enum):
    RFC4733 = "rfc4733"
    SIP_INFO = "sip_info"


@dataclass(frozen=True)
class CallRecord:
    """One finished call for the history."""

    call_id: str  # SIP Call-ID
    account_key: str
    direction: CallDirection
    peer: str
    started_at: float  # epoch seconds
    answered_at: float | None
    ended_at: float
    reason: str
