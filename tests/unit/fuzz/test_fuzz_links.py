"""Fuzzing tel:, sip:, sips: and callto: links (from a browser, a mail, another program)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from jego_desktop.domain.links import InvalidLinkError, parse_link
from tests.unit.fuzz.support import any_text, assembled, call_timed, fuzz

LINK_FRAGMENTS = [
    "tel:", "sip:", "sips:", "callto:", "TEL:", "+", "86", "138", "0013", "-", ".", "(", ")",
    " ", ";", "ext=", "phone-context=", "isub=", "=", "%", "%2B", "%FF", "%C3", "%00", "@",
    "example.com", "[::1]", ":", "5061", "?", "//", "*", "#", "١٢٣", "²", "\u200b", "\x7f",
]  # fmt: skip


@given(st.one_of(any_text, assembled(LINK_FRAGMENTS, max_parts=20)))
@fuzz
def test_links(link: str) -> None:
    try:
        request = call_timed("tel:/sip: link", parse_link, link, "CN")
        call_timed("tel:/sip: link", request.sip_uri, "example.com", "CN")
        call_timed("tel:/sip: link", request.sip_uri, None, "")
    except InvalidLinkError:
        pass
