"""Reading SIP INFO requests and their outcomes out of pjsua2's transaction events."""

from __future__ import annotations

from types import SimpleNamespace as Ns

import pjsua2 as pj

from jego_desktop.engine.call_info import (
    InfoOutcome,
    InfoRequest,
    incoming_info,
    media_type,
    outgoing_info_outcome,
    split_message,
)

OFFER = '{"jego_video":1,"kind":"end","session":"s"}'


def request(content_type: str, body: str, compact: bool = False) -> str:
    kind = "c" if compact else "Content-Type"
    length = len(body.encode())
    return (
        "INFO sip:bob@127.0.0.1:5060 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1\r\n"
        f"CSeq: 2 INFO\r\n{kind}: {content_type}\r\nContent-Length: {length}\r\n\r\n{body}"
    )


def event(role: int, state: int, kind: int, whole: str = "", sent: str = "", **tsx: object):
    transaction = Ns(
        method="INFO", role=role, state=state, statusCode=0, statusText="", lastTx=Ns(wholeMsg=sent)
    )
    for name, value in tsx.items():
        setattr(transaction, name, value)
    tsx_state = Ns(
        tsx=transaction, type=kind, prevState=tsx.pop("prev", 0), src=Ns(rdata=Ns(wholeMsg=whole))
    )
    return Ns(e=Ns(type=pj.PJSIP_EVENT_TSX_STATE, body=Ns(tsxState=tsx_state)))


def test_split_message_reads_headers_and_body_by_length() -> None:
    headers, body = split_message(request("application/x; charset=utf-8", "héllo") + "junk")
    assert headers["content-type"] == "application/x; charset=utf-8"
    assert body == "héllo"
    headers, _ = split_message(request("text/plain", "", compact=True))
    assert headers["content-type"] == "text/plain"
    assert media_type("Application/Vnd.Jego.Video+JSON ; q=1") == "application/vnd.jego.video+json"


def test_an_incoming_info_of_our_own_type_is_read() -> None:
    prm = event(
        pj.PJSIP_ROLE_UAS,
        pj.PJSIP_TSX_STATE_TRYING,
        pj.PJSIP_EVENT_RX_MSG,
        request("application/vnd.jego.video+json", OFFER),
    )
    assert incoming_info(prm) == InfoRequest("application/vnd.jego.video+json", OFFER)
    assert outgoing_info_outcome(prm) is None


def test_dtmf_and_other_requests_are_left_to_pjsua() -> None:
    dtmf = request("application/dtmf-relay", "Signal=5\r\nDuration=160\r\n")
    trying, rx = pj.PJSIP_TSX_STATE_TRYING, pj.PJSIP_EVENT_RX_MSG
    assert incoming_info(event(pj.PJSIP_ROLE_UAS, trying, rx, dtmf)) is None
    no_body = request("", "")
    assert incoming_info(event(pj.PJSIP_ROLE_UAS, trying, rx, no_body)) is None
    bye = event(pj.PJSIP_ROLE_UAS, trying, rx, request("application/x", "1"), method="BYE")
    assert incoming_info(bye) is None


def test_the_outcome_of_our_info_is_reported_once() -> None:
    sent = request("application/vnd.jego.video+json", OFFER)
    completed = event(
        pj.PJSIP_ROLE_UAC,
        pj.PJSIP_TSX_STATE_COMPLETED,
        pj.PJSIP_EVENT_RX_MSG,
        sent=sent,
        statusCode=488,
        statusText="Not Acceptable Here",
    )
    assert outgoing_info_outcome(completed) == InfoOutcome(
        "application/vnd.jego.video+json", 488, "Not Acceptable Here"
    )
    after = event(
        pj.PJSIP_ROLE_UAC,
        pj.PJSIP_TSX_STATE_TERMINATED,
        pj.PJSIP_EVENT_TIMER,
        sent=sent,
        statusCode=488,
        prev=pj.PJSIP_TSX_STATE_COMPLETED,
    )
    assert outgoing_info_outcome(after) is None
    timed_out = event(
        pj.PJSIP_ROLE_UAC,
        pj.PJSIP_TSX_STATE_TERMINATED,
        pj.PJSIP_EVENT_TIMER,
        sent=sent,
        statusCode=408,
        statusText="Request Timeout",
        prev=pj.PJSIP_TSX_STATE_CALLING,
    )
    assert outgoing_info_outcome(timed_out) == InfoOutcome(
        "application/vnd.jego.video+json", 408, "Request Timeout"
    )


def test_a_refused_dtmf_info_names_its_digit() -> None:
    dtmf = request("application/dtmf-relay", "Signal=#\r\nDuration=160")
    refused = event(
        pj.PJSIP_ROLE_UAC,
        pj.PJSIP_TSX_STATE_COMPLETED,
        pj.PJSIP_EVENT_RX_MSG,
        sent=dtmf,
        statusCode=405,
        statusText="Method Not Allowed",
    )
    assert outgoing_info_outcome(refused) == InfoOutcome(
        "application/dtmf-relay", 405, "Method Not Allowed", dtmf_digit="#"
    )
    control = request("application/media_control+xml", "<media_control/>")
    answered = event(
        pj.PJSIP_ROLE_UAC,
        pj.PJSIP_TSX_STATE_COMPLETED,
        pj.PJSIP_EVENT_RX_MSG,
        sent=control,
        statusCode=500,
    )
    assert outgoing_info_outcome(answered) is None  # pjsua's own business
