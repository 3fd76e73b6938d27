"""Interpreting incoming MESSAGEs: texts, receipts, typing, and bodies we cannot read."""

from __future__ import annotations

import dataclasses
import gzip
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jego_desktop.domain.cpim import parse_cpim
from jego_desktop.domain.imdn import Notification, NotificationKind, NotificationStatus, build_imdn
from jego_desktop.domain.incoming_messages import (
    Ignored,
    IncomingReport,
    IncomingText,
    IncomingTyping,
    RawMessage,
    interpret,
)
from jego_desktop.domain.is_composing import Composing
from jego_desktop.domain.message_formats import UNREADABLE
from jego_desktop.domain.messages import MAX_BODY_BYTES
from jego_desktop.domain.outgoing_messages import (
    encode_is_composing,
    encode_notification,
    encode_text,
)
from jego_desktop.domain.sip_headers import sip_header
from tests.unit.domain.test_message_formats import LINPHONE_TEXT


def request(call_id: str = "abc@host", cseq: int = 1) -> str:
    return (
        "MESSAGE sip:alice@127.0.0.1 SIP/2.0\r\n"
        "Via: SIP/2.0/UDP 127.0.0.1:5070\r\n"
        f"Call-ID: {call_id}\r\n"
        f"CSeq: {cseq} MESSAGE\r\n"
        "Content-Type: text/plain\r\n\r\nCall-ID: not-a-header"
    )


def raw(body: str, content_type: str = "text/plain", whole: str | None = None) -> RawMessage:
    return RawMessage(
        account_key="alice@x",
        from_uri='"Bob" <sip:bob@Example.org;transport=udp>',
        to_uri="<sip:alice@example.org>",
        content_type=content_type,
        body=body,
        whole_message=request() if whole is None else whole,
    )


def text_of(result: object) -> IncomingText:
    assert isinstance(result, IncomingText), result
    return result


def test_plain_text_gets_an_id_from_call_id_and_cseq() -> None:
    first = text_of(interpret(raw("hello\nworld")))
    again = text_of(interpret(raw("hello\nworld")))
    next_one = text_of(interpret(raw("hello\nworld", whole=request(cseq=2))))
    assert first.body == "hello\nworld" and first.content_type == "text/plain"
    assert first.peer_uri == "sip:bob@example.org"
    assert first.own_uri == "sip:alice@example.org"
    assert first.sip_call_id == "abc@host"
    assert first.message_id == again.message_id != next_one.message_id
    assert not first.wants_delivery_report and not first.uses_cpim and not first.problem


def test_linphone_cpim_text_keeps_its_id_and_receipt_requests() -> None:
    message = text_of(interpret(raw(LINPHONE_TEXT, "Message/CPIM")))
    assert message.body == "你好 👋 Jego\nsecond line"
    assert message.message_id == "F7hQxZ1c"
    assert message.uses_cpim and message.wants_delivery_report and message.wants_display_report
    assert message.sent_at is not None


def test_our_own_encoding_reads_back() -> None:
    payload = encode_text(
        message_id="id-1",
        body="你好 👋",
        content_type="text/plain",
        from_uri="sip:bob@x",
        to_uri="sip:alice@x",
        at=1_700_000_000,
        use_cpim=True,
    )
    message = text_of(interpret(raw(payload.content, payload.content_type)))
    assert (message.message_id, message.body) == ("id-1", "你好 👋")
    assert message.wants_delivery_report and message.wants_display_report
    plain = encode_text(
        message_id="id-2",
        body="hi",
        content_type="text/plain",
        from_uri="",
        to_uri="",
        at=0,
        use_cpim=False,
    )
    assert (plain.content_type, plain.content) == ("text/plain", "hi")


def test_receipts_and_typing_are_recognised() -> None:
    notification = Notification("id-1", NotificationKind.DELIVERY, NotificationStatus.DELIVERED)
    payload = encode_notification(
        report_id="r-1", notification=notification, from_uri="sip:a@x", to_uri="sip:b@x", at=5
    )
    assert parse_cpim(payload.content).content_disposition == "notification"
    report = interpret(raw(payload.content, payload.content_type))
    assert isinstance(report, IncomingReport) and report.notification == notification
    typing = encode_is_composing(Composing(True, 60))
    result = interpret(raw(typing.content, typing.content_type))
    assert isinstance(result, IncomingTyping) and result.composing.active


def test_invalid_utf8_is_kept_as_an_explained_unreadable_message() -> None:
    # SWIG hands pjsua's bytes over decoded with surrogate escapes
    body = b"caf\xe9 \xff\xfe \xc3\x28 end".decode("utf-8", "surrogateescape")
    message = text_of(interpret(raw(body, "text/plain;charset=UTF-8")))
    assert message.content_type == UNREADABLE
    assert "not valid UTF-8" in message.problem
    assert message.body.startswith(message.problem) and "end" in message.body
    message.body.encode("utf-8")  # storable


def test_a_declared_charset_is_honoured() -> None:
    body = "café".encode("iso-8859-1").decode("utf-8", "surrogateescape")
    message = text_of(interpret(raw(body, "text/plain; charset=ISO-8859-1")))
    assert message.body == "café" and not message.problem


def test_unknown_binary_and_huge_content_are_explained() -> None:
    unknown = text_of(interpret(raw("\x89PNG\x00\x01", "application/x-jego-unknown")))
    assert unknown.content_type == UNREADABLE and "application/x-jego-unknown" in unknown.body
    binary = text_of(interpret(raw("a\x00b", "text/plain")))
    assert "binary" in binary.problem
    huge = text_of(interpret(raw("x" * (MAX_BODY_BYTES + 1))))
    assert "too large" in huge.problem and len(huge.body) < 200


def test_broken_envelopes_and_senders() -> None:
    broken = text_of(interpret(raw("no envelope here", "message/cpim")))
    assert broken.content_type == UNREADABLE and "no envelope here" in broken.body
    bad_receipt = interpret(raw("<imdn/>", "message/imdn+xml"))
    assert isinstance(bad_receipt, Ignored)
    nameless = RawMessage("k", "garbage", "", "text/plain", "hi", request())
    assert isinstance(interpret(nameless), Ignored)


@pytest.mark.parametrize(
    "sender",
    [
        "<group:0123456789abcdef0123456789abcdef>",  # a group conversation's own key
        "<http://evil.example/x@y>",
        "<mailto:eve@evil.example>",
    ],
)
def test_a_sender_that_is_no_sip_or_tel_address_is_ignored(sender: str) -> None:
    """Else "group:<id>" would be stored straight into the group's conversation (no
    membership check), and its recall would take back any member's message there."""
    text = RawMessage("k", sender, "<sip:me@x>", "text/plain", "injected", request())
    assert isinstance(interpret(text), Ignored)
    recall = build_cpim_recall("m-of-a-member")
    assert isinstance(interpret(RawMessage("k", sender, "<sip:me@x>", *recall, request())), Ignored)
    for ordinary in ("<sip:bob@x>", "<sips:bob@x>", "<tel:+33611111111>"):
        assert isinstance(interpret(dataclasses.replace(text, from_uri=ordinary)), IncomingText)


def build_cpim_recall(message_id: str) -> tuple[str, str]:
    """(content type, body) of a recall as Jego sends it."""
    from jego_desktop.domain.chat_headers import RECALL_ID
    from jego_desktop.domain.cpim import CpimMessage, build_cpim

    body = build_cpim(
        CpimMessage(
            content_type="text/plain",
            content="taken back",
            from_uri="sip:eve@x",
            to_uri="sip:me@x",
            message_id="r1",
            chat_headers=((RECALL_ID, message_id),),
        )
    )
    return "message/cpim", body


def test_sip_header_reading() -> None:
    message = "MESSAGE x SIP/2.0\r\ni: compact@host\r\nX-Long: a\r\n  b\r\n\r\nCSeq: 9"
    assert sip_header(message, "Call-ID", "i") == "compact@host"
    assert sip_header(message, "X-Long") == "a b"
    assert sip_header(message, "CSeq") == ""


@settings(max_examples=300, deadline=None)
@given(
    body=st.text(max_size=400),
    content_type=st.sampled_from(
        ["text/plain", "message/cpim", "message/imdn+xml", "application/im-iscomposing+xml",
         "text/plain;charset=gbk", "application/octet-stream", "", ";;;="]
    ),
    whole=st.text(max_size=200),
)  # fmt: skip
def test_interpret_never_raises(body: str, content_type: str, whole: str) -> None:
    result = interpret(raw(body, content_type, whole))
    if isinstance(result, IncomingText):
        result.body.encode("utf-8")
        assert result.message_id


@pytest.mark.parametrize(
    "from_uri",
    [
        '"a<b" <sip:bob@example.org>',
        '"<script>x</script>" <sip:bob@example.org>;tag=1',
        '"quote \\" and <" <sip:bob@example.org>',
    ],
)
def test_a_display_name_with_angle_brackets_still_names_the_sender(from_uri: str) -> None:
    """pjsua answered 200 OK already: the message must be stored, not dropped."""
    message = dataclasses.replace(raw("hi"), from_uri=from_uri)
    text = text_of(interpret(message))
    assert text.peer_uri == "sip:bob@example.org" and text.body == "hi"


def _deflated_request(encoding: str = "deflate") -> str:
    return request().replace(
        "Content-Type: text/plain\r\n", f"Content-Encoding: {encoding}\r\nContent-Type: x\r\n"
    )


def test_a_deflated_receipt_is_read_as_a_receipt() -> None:
    """Linphone sends its receipt for a plain-text message deflated (zlib)."""
    document = build_imdn(
        Notification("m-1", NotificationKind.DELIVERY, NotificationStatus.DELIVERED)
    )
    body = zlib.compress(document.encode()).decode("utf-8", "surrogateescape")

    result = interpret(raw(body, "message/imdn+xml", whole=_deflated_request()))

    assert isinstance(result, IncomingReport)
    assert result.notification.message_id == "m-1"
    assert result.notification.status is NotificationStatus.DELIVERED


def test_a_gzipped_text_is_read() -> None:
    body = gzip.compress("你好".encode()).decode("utf-8", "surrogateescape")
    result = interpret(raw(body, "text/plain;charset=UTF-8", whole=_deflated_request("gzip")))
    assert isinstance(result, IncomingText) and result.body == "你好"


@pytest.mark.parametrize(
    ("body", "encoding", "problem"),
    [
        (zlib.compress(b"x" * (MAX_BODY_BYTES + 1)), "deflate", "too large once uncompressed"),
        (b"\x78\x9c not deflate", "deflate", "compressed body is damaged"),
        (b"hello", "br", "compressed as 'br'"),
    ],
)
def test_a_compressed_body_that_cannot_be_inflated_is_kept_with_the_reason(
    body: bytes, encoding: str, problem: str
) -> None:
    text = body.decode("utf-8", "surrogateescape")
    result = interpret(raw(text, "text/plain", whole=_deflated_request(encoding)))
    assert isinstance(result, IncomingText) and result.content_type == UNREADABLE
    assert problem in result.problem
