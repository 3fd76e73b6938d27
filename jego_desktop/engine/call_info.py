"""SIP INFO inside a call: what arrived, and how our own INFO requests ended.

pjsua2 hands in-dialog transactions to `Call.onCallTsxState` with the raw message
text only, so the Content-Type and body are read from it here. pjsua itself answers
the INFO types it knows (DTMF, media control); any other incoming INFO is answered
"500 Unhandled by dialog usages" by pjsip once the callback returns, because pjsua2
offers no way to respond to a transaction. Whoever uses INFO for its own protocol
therefore learns of success from the peer's reply, not from the response code.
"""

from __future__ import annotations

from dataclasses import dataclass

import pjsua2 as pj

from jego_desktop.engine.dtmf import DTMF_RELAY, signal_of

# Incoming INFO bodies pjsua handles itself (and answers 200).
PJSUA_INFO_TYPES = frozenset({DTMF_RELAY, "application/media_control+xml"})


@dataclass(frozen=True)
class InfoRequest:
    content_type: str
    body: str


@dataclass(frozen=True)
class InfoOutcome:
    content_type: str  # of the INFO we sent
    code: int
    reason: str
    dtmf_digit: str = ""  # the Signal= of a DTMF INFO (pjsua sends one digit each)


def split_message(whole: str) -> tuple[dict[str, str], str]:
    """Headers (lower-case names, compact forms expanded) and body of a SIP message."""
    head, _, body = whole.partition("\r\n\r\n")
    headers: dict[str, str] = {}
    for line in head.split("\r\n")[1:]:
        name, colon, value = line.partition(":")
        if not colon:
            continue
        key = name.strip().lower()
        key = {"c": "content-type", "l": "content-length"}.get(key, key)
        headers.setdefault(key, value.strip())
    length = headers.get("content-length", "").strip()
    if length.isdigit():
        body = body.encode("utf-8")[: int(length)].decode("utf-8", errors="replace")
    return headers, body


def media_type(content_type: str) -> str:
    """ "Application/Foo+JSON; charset=utf-8" -> "application/foo+json"."""
    return content_type.split(";", 1)[0].strip().lower()


def _is_info(tsx: pj.SipTransaction) -> bool:
    return str(tsx.method).upper() == "INFO"


def incoming_info(prm: pj.OnCallTsxStateParam) -> InfoRequest | None:
    """The INFO that just arrived in this transaction event, unless pjsua handles it."""
    event = prm.e
    state = event.body.tsxState
    tsx = state.tsx
    if (
        event.type != pj.PJSIP_EVENT_TSX_STATE
        or not _is_info(tsx)
        or tsx.role != pj.PJSIP_ROLE_UAS
        or tsx.state != pj.PJSIP_TSX_STATE_TRYING
        or state.type != pj.PJSIP_EVENT_RX_MSG
    ):
        return None
    headers, body = split_message(str(state.src.rdata.wholeMsg))
    content_type = media_type(headers.get("content-type", ""))
    if not content_type or content_type in PJSUA_INFO_TYPES:
        return None
    return InfoRequest(content_type, body)


def outgoing_info_outcome(prm: pj.OnCallTsxStateParam) -> InfoOutcome | None:
    """How one of our INFO requests ended (final response, timeout or transport error)."""
    event = prm.e
    state = event.body.tsxState
    tsx = state.tsx
    final = tsx.state in (pj.PJSIP_TSX_STATE_COMPLETED, pj.PJSIP_TSX_STATE_TERMINATED)
    if (
        event.type != pj.PJSIP_EVENT_TSX_STATE
        or not _is_info(tsx)
        or tsx.role != pj.PJSIP_ROLE_UAC
        or not final
        or tsx.statusCode < 200
    ):
        return None
    if state.prevState == pj.PJSIP_TSX_STATE_COMPLETED:
        return None  # terminated after completing: reported when it completed
    headers, body = split_message(str(tsx.lastTx.wholeMsg))
    content_type = media_type(headers.get("content-type", ""))
    code, reason = int(tsx.statusCode), str(tsx.statusText)
    if content_type == DTMF_RELAY:  # sent by pjsua for us: a refusal loses a digit
        return InfoOutcome(content_type, code, reason, signal_of(body))
    if content_type in PJSUA_INFO_TYPES:
        return None
    return InfoOutcome(content_type, code, reason)
