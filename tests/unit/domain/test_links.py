"""A corpus of real-world click-to-call links: each parsed as expected, or refused."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jego_desktop.domain.links import DialRequest, InvalidLinkError, parse_link

GOOD = [
    # Chinese mobiles and landlines, international and local forms
    ("tel:+86-138-0013-8000", "CN", DialRequest("tel", "+8613800138000")),
    ("tel:+86%20138%200013%208000", "FR", DialRequest("tel", "+8613800138000")),
    ("tel:13800138000", "CN", DialRequest("tel", "+8613800138000")),
    ("tel:010-6552-9988", "CN", DialRequest("tel", "+861065529988")),
    ("tel:(021)%205027-8888", "CN", DialRequest("tel", "+862150278888")),
    ("tel:10086", "CN", DialRequest("tel", "10086")),
    # French numbers
    ("tel:+33-1-42-68-53-00", "", DialRequest("tel", "+33142685300")),
    ("tel:01.42.68.53.00", "FR", DialRequest("tel", "+33142685300")),
    ("TEL:06 12 34 56 78", "FR", DialRequest("tel", "+33612345678")),
    # RFC 3966 examples and parameters
    ("tel:+1-201-555-0123", "", DialRequest("tel", "+12015550123")),
    ("tel:7042;phone-context=example.com", "FR", DialRequest("tel", "7042")),
    ("tel:5027-8888;phone-context=+86-21", "FR", DialRequest("tel", "+862150278888")),
    ("tel:+1-201-555-0123;ext=1234", "", DialRequest("tel", "+12015550123", "1234")),
    ("tel:+33142685300;isub=1411", "", DialRequest("tel", "+33142685300")),
    # callto:, with and without //
    ("callto:+33612345678", "", DialRequest("callto", "+33612345678")),
    ("callto://+33612345678", "", DialRequest("callto", "+33612345678")),
    ("callto://0612345678/", "FR", DialRequest("callto", "+33612345678")),
    ("callto:bob@sip.example.org", "", DialRequest("sip", "sip:bob@sip.example.org")),
    # SIP URIs with parameters
    ("sip:bob@example.org", "", DialRequest("sip", "sip:bob@example.org")),
    ("sips:alice@example.org:5061", "", DialRequest("sips", "sips:alice@example.org:5061")),
    (
        "sip:+8613800138000@gw.example.cn;user=phone",
        "",
        DialRequest("sip", "sip:+8613800138000@gw.example.cn;user=phone"),
    ),
    ("SIP:bob@127.0.0.1;transport=tcp", "", DialRequest("sip", "sip:bob@127.0.0.1;transport=tcp")),
]

BAD = [
    ("", "empty"),
    ("tel:", "not a tel:"),
    ("tel", "not a tel:"),
    ("http://example.org/call?n=123", "not phone or SIP"),
    ("javascript:alert(1)", "not phone or SIP"),
    ("tel:+1-555", "not a possible"),
    ("tel:call-me", "not a phone number"),
    ("tel:+33612345678;foo=bar", "unexpected parameter"),
    ("tel:+33612345678;ext=12;ext=13", "repeats"),
    ("tel:+33612345678;ext=abc", "extension"),
    ("tel:1234;phone-context=+1-91x", "phone-context"),
    ("tel:1234;phone-context=-bad-.example", "phone-context"),
    ("tel:%0D%0AINVITE", "control characters"),
    ("tel:+33%ZZ12", "%-escape"),
    ("tel:" + "1" * 600, "too long"),
    ("sip:bob@example.org?Subject=hi", "headers"),
    ("sip:bob@", "not a valid SIP address"),
    ("sip:example.org", "names no user"),
    ("sip:bob@exa mple.org", "not a valid SIP address"),
    ("callto:skype.user.name", "not a phone number"),
    ("callto://", "not a phone number"),
]


@pytest.mark.parametrize(("link", "region", "expected"), GOOD)
def test_real_world_links(link: str, region: str, expected: DialRequest) -> None:
    assert parse_link(link, region) == expected


@pytest.mark.parametrize(("link", "reason"), BAD)
def test_broken_links_are_refused_with_a_reason(link: str, reason: str) -> None:
    with pytest.raises(InvalidLinkError, match=reason):
        parse_link(link, "FR")


def test_a_number_link_is_addressed_to_the_account_domain() -> None:
    request = parse_link("tel:+33-6-12-34-56-78;ext=22")
    assert request.sip_uri("sip.operator.example") == "sip:+33612345678@sip.operator.example"
    assert request.extension == "22"
    with pytest.raises(InvalidLinkError, match="bound account"):
        request.sip_uri(None)


@given(st.text(max_size=200))
def test_any_text_is_parsed_or_refused_cleanly(text: str) -> None:
    for link in (text, "tel:" + text, "sip:" + text, "callto:" + text):
        try:
            request = parse_link(link, "CN")
        except InvalidLinkError as error:
            assert str(error)
        else:
            assert request.target and "\n" not in request.target and " " not in request.target
