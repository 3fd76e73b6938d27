"""What the fuzz tests found, each as its minimal failing example."""

from __future__ import annotations

import pytest

from jego_desktop.domain.incoming_messages import Ignored, IncomingText, RawMessage, interpret
from jego_desktop.domain.is_composing import parse_is_composing
from jego_desktop.domain.links import InvalidLinkError, parse_link
from jego_desktop.domain.message_formats import MessageFormatError

HEADERS = "Call-ID: 1\r\nCSeq: 1 MESSAGE\r\n"
REFRESH_IN_ANOTHER_SCRIPT = (
    '<isComposing xmlns="urn:ietf:params:xml:ns:im-iscomposing">'
    "<state>active</state><refresh>²</refresh></isComposing>"
)


def message(body: str, content_type: str, whole_message: str = "") -> RawMessage:
    return RawMessage(
        account_key="alice@example.org",
        from_uri='"Bob" <sip:bob@example.org>',
        to_uri="<sip:alice@example.org>",
        content_type=content_type,
        body=body,
        whole_message=whole_message
        or "MESSAGE sip:a@b SIP/2.0\r\nCall-ID: 1\r\nCSeq: 1 MESSAGE\r\n",
    )


def test_a_refresh_interval_in_superscript_digits_is_a_format_error() -> None:
    """'²'.isdigit() is True, int('²') raises ValueError: it escaped the parser."""
    with pytest.raises(MessageFormatError):
        parse_is_composing(REFRESH_IN_ANOTHER_SCRIPT)


def test_a_typing_notice_with_superscript_digits_is_ignored() -> None:
    result = interpret(message(REFRESH_IN_ANOTHER_SCRIPT, "application/im-iscomposing+xml"))
    assert isinstance(result, Ignored)


@pytest.mark.parametrize("link", ["TEL:%80", "sip:%ff@example.com", "callto:%C3"])
def test_a_percent_escape_that_is_not_utf8_is_an_invalid_link(link: str) -> None:
    with pytest.raises(InvalidLinkError):
        parse_link(link)


def test_a_lone_surrogate_in_the_call_id_still_gives_a_message() -> None:
    """Not only SWIG's escapes (U+DC80-U+DCFF): any lone surrogate must not raise."""
    whole = "MESSAGE sip:a@b SIP/2.0\r\nCall-ID: \udd00\r\nCSeq: 1 MESSAGE\r\n"
    result = interpret(message("hello", "text/plain", whole))
    assert isinstance(result, IncomingText) and result.body == "hello"
