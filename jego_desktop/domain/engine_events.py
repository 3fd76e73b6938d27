"""Immutable events the engine publishes; the only things that leave the engine thread."""

from __future__ import annotations

from dataclasses import dataclass

from jego_desktop.domain.accounts import RegistrationState
from jego_desktop.domain.calls import CallDirection, CallState, DtmfMethod
from jego_desktop.domain.message_summary import MessageSummary
from jego_desktop.domain.messages import Attachment, Message


@dataclass(frozen=True)
class EngineStarted:
    sip_ports: dict[str, int]  # transport name -> local port


@dataclass(frozen=True)
class EngineStopped:
    pass


@dataclass(frozen=True)
class EngineError:
    """A command could not be carried out (bad target, no such call, pjsip refused...)."""

    command: str
    message: str


@dataclass(frozen=True)
class RegistrationChanged:
    account_key: str
    state: RegistrationState
    code: int
    reason: str  # for people: "wrong user name or password", "server unreachable"...
    expires: int = 0


@dataclass(frozen=True)
class RegistrationTested:
    """The answer to CallEngine.test_registration: could these settings register?"""

    request_id: int
    ok: bool
    reason: str  # for people, as in RegistrationChanged


@dataclass(frozen=True)
class CodecInfo:
    codec_id: str  # pjsua's id, e.g. "G722/16000/1"
    priority: int  # 0: disabled; otherwise higher is offered first


@dataclass(frozen=True)
class CodecsListed:
    """Every audio codec the engine has, most preferred first (disabled ones last)."""

    codecs: tuple[CodecInfo, ...]


@dataclass(frozen=True)
class CallChanged:
    """A snapshot of one call after any change."""

    call_id: str  # the engine's id for the call, stable for its whole life
    sip_call_id: str
    account_key: str  # "" for direct IP calls
    direction: CallDirection
    peer: str  # remote URI, with port when the peer sent one
    peer_name: str
    state: CallState
    local_hold: bool = False
    remote_hold: bool = False
    muted: bool = False
    recording: bool = False
    secure_media: bool = False
    early_media: bool = False  # ringing, and the far end already sends sound (183 + SDP)
    code: int = 0
    reason: str = ""
    started_at: float = 0.0
    answered_at: float | None = None
    ended_at: float | None = None


@dataclass(frozen=True)
class CallStats:
    call_id: str
    codec: str
    clock_rate: int
    rx_jitter_ms: float
    rx_loss_percent: float
    tx_loss_percent: float
    rtt_ms: float
    rx_packets: int
    tx_packets: int


@dataclass(frozen=True)
class DtmfReceived:
    call_id: str
    digit: str
    method: DtmfMethod


@dataclass(frozen=True)
class DtmfFailed:
    """Keypad digits did not reach the far end of a call.

    Sent when pjsua refused every method (RFC 4733 not negotiated and SIP INFO not
    possible: `code` 0), or when the far end answered a DTMF INFO with an error (`code`
    is its status, `digits` the digit of that INFO).
    """

    call_id: str
    digits: str
    code: int
    reason: str  # pjsua's or the far end's, as it came (not for people as such)


@dataclass(frozen=True)
class CallInfoReceived:
    """A SIP INFO inside a call, of a type pjsua does not handle itself (not DTMF)."""

    call_id: str
    content_type: str  # lower case, without parameters
    body: str


@dataclass(frozen=True)
class CallInfoFailed:
    """An INFO we sent in a call got a non-2xx answer (or none: 408, transport error).

    pjsua2 cannot answer INFO requests of its own, so another pjsua2 app that received
    the INFO answers 500 "Unhandled by dialog usages" even though it read it.
    """

    call_id: str
    content_type: str
    code: int
    reason: str


@dataclass(frozen=True)
class TransferProgress:
    call_id: str
    code: int
    reason: str
    final: bool


@dataclass(frozen=True)
class AudioProblem:
    """Calls go on, but without sound: the devices failed or there are none."""

    message: str


@dataclass(frozen=True)
class MessageSent:
    """The server or the peer accepted an outgoing message (2xx)."""

    account_key: str
    peer_uri: str
    message_id: str
    sip_call_id: str | None = None


@dataclass(frozen=True)
class MessageFailed:
    """An outgoing message was refused or could not be sent; `reason` is for people."""

    account_key: str
    peer_uri: str
    message_id: str
    code: int
    reason: str


@dataclass(frozen=True)
class MessageReceived:
    """A new incoming message, already stored by the sink (`stored` is its row)."""

    account_key: str
    peer_uri: str
    message_id: str
    body: str
    content_type: str
    stored: Message | None = None  # None only from a sink that keeps nothing (tests)
    sent_at: float | None = None
    # The sender speaks CPIM (it sent CPIM, or its User-Agent names a CPIM speaker):
    # it can take receipts and ids.
    uses_cpim: bool = False

    @property
    def stored_id(self) -> int | None:
        return None if self.stored is None else self.stored.id

    @property
    def conversation_id(self) -> int | None:
        return None if self.stored is None else self.stored.conversation_id


@dataclass(frozen=True)
class MessageRecalled:
    """The peer took back its message; `stored` is the row as the store now has it,
    `dropped` the attachments it had (their files on disk are to be removed)."""

    account_key: str
    peer_uri: str
    message_id: str
    stored: Message
    dropped: tuple[Attachment, ...] = ()


@dataclass(frozen=True)
class MessageDelivered:
    account_key: str
    peer_uri: str
    message_id: str


@dataclass(frozen=True)
class MessageDisplayed:
    account_key: str
    peer_uri: str
    message_id: str


@dataclass(frozen=True)
class TypingChanged:
    account_key: str
    peer_uri: str
    active: bool
    refresh_s: int | None = None  # "active" lapses after this long without a refresh


@dataclass(frozen=True)
class PresenceChanged:
    """What a watched contact's presence says now (CallEngine.watch_presence)."""

    account_key: str
    uri: str
    state: str  # "online" | "away" | "busy" | "offline" | "unknown"
    note: str = ""


@dataclass(frozen=True)
class VoicemailChanged:
    """An account's mailbox told us what waits in it (an RFC 3842 NOTIFY)."""

    account_key: str
    summary: MessageSummary
