"""A message a server kept for an offline user (Kamailio msilo) comes back in a new
transaction: new Call-ID, new tags, a Date header. Its CPIM envelope is what names it."""

from __future__ import annotations

from jego_desktop.domain.incoming_messages import IncomingText, RawMessage, interpret
from jego_desktop.domain.outgoing_messages import encode_text

WRITTEN_AT = 1_800_000_000.125


def delivery(call_id: str, content_type: str, body: str) -> RawMessage:
    request = (
        "MESSAGE sip:bob@127.0.0.1:5070 SIP/2.0\r\n"
        "Via: SIP/2.0/UDP 127.0.0.1:5060;branch=z9hG4bK1\r\n"
        f"From: <sip:alice@127.0.0.1>;tag={call_id}-tag\r\n"
        "To: <sip:bob@127.0.0.1>\r\n"
        f"Call-ID: {call_id}\r\n"
        "CSeq: 10 MESSAGE\r\n"
        f"Content-Type: {content_type}\r\n"
        "Date: Sat, 15 Jan 2027 08:00:00 GMT\r\n"
        f"Content-Length: {len(body.encode())}\r\n\r\n{body}"
    )
    alice, bob = "sip:alice@127.0.0.1", "sip:bob@127.0.0.1"
    return RawMessage("acc", alice, bob, content_type, body, request)


def test_a_stored_message_delivered_twice_has_one_id_and_its_writing_time() -> None:
    payload = encode_text(
        message_id="3f1c2d", body="你好 offline", content_type="text/plain",
        from_uri="sip:alice@127.0.0.1", to_uri="sip:bob@127.0.0.1", at=WRITTEN_AT, use_cpim=True,
    )  # fmt: skip
    first = interpret(delivery("silo-1@127.0.0.1", payload.content_type, payload.content))
    again = interpret(delivery("silo-2@127.0.0.1", payload.content_type, payload.content))
    assert isinstance(first, IncomingText) and isinstance(again, IncomingText)
    assert first.message_id == again.message_id == "3f1c2d"
    assert first.body == "你好 offline" and first.wants_delivery_report
    assert first.sent_at == WRITTEN_AT  # milliseconds survive: order within one second


def test_messages_written_in_one_second_carry_distinct_times() -> None:
    times = [WRITTEN_AT + n * 0.004 for n in range(3)]
    parsed: list[float] = []
    for n, at in enumerate(times):
        payload = encode_text(
            message_id=f"m{n}", body=f"text {n}", content_type="text/plain",
            from_uri="sip:alice@127.0.0.1", to_uri="sip:bob@127.0.0.1", at=at, use_cpim=True,
        )  # fmt: skip
        found = interpret(delivery(f"c{n}", payload.content_type, payload.content))
        assert isinstance(found, IncomingText) and found.sent_at is not None
        parsed.append(found.sent_at)
    assert parsed == sorted(parsed) and len(set(parsed)) == 3


def test_a_cpim_envelope_a_server_relabelled_text_plain_is_read_as_cpim() -> None:
    """Stock msilo stores message/cpim as text/plain: the envelope still names the message."""
    payload = encode_text(
        message_id="7a7a", body="kept for you", content_type="text/plain",
        from_uri="sip:alice@127.0.0.1", to_uri="sip:bob@127.0.0.1", at=WRITTEN_AT, use_cpim=True,
    )  # fmt: skip
    found = interpret(delivery("silo-3@127.0.0.1", "text/plain", payload.content))
    assert isinstance(found, IncomingText)
    assert (found.message_id, found.body, found.uses_cpim) == ("7a7a", "kept for you", True)
    assert found.wants_delivery_report and found.sent_at == WRITTEN_AT


def test_plain_text_that_only_looks_like_headers_stays_plain_text() -> None:
    typed = "From: me\r\nTo: you\r\n\r\nContent-Type: text/plain\r\n\r\nhello"
    found = interpret(delivery("c-9", "text/plain", typed))
    assert isinstance(found, IncomingText)
    assert found.body == typed and not found.uses_cpim
