"""Dial targets: numbers normalised to E.164, SIP URIs checked, junk refused."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jego_desktop.domain.addresses import (
    InvalidTargetError,
    dialling_region,
    is_user_name,
    normalise_number,
    to_sip_uri,
    user_part,
)


@pytest.mark.parametrize(
    ("typed", "region", "expected"),
    [
        ("+86 138 0013 8000", "", "+8613800138000"),
        ("138-0013-8000", "CN", "+8613800138000"),
        ("010 6552 9988", "CN", "+861065529988"),
        ("0086 10 6552 9988", "FR", "+861065529988"),
        ("06 12 34 56 78", "FR", "+33612345678"),
        ("(415) 555-2671", "US", "+14155552671"),
        ("10086", "CN", "10086"),
        ("*21#", "FR", "*21#"),
    ],
)
def test_numbers_become_e164(typed: str, region: str, expected: str) -> None:
    assert normalise_number(typed, region) == expected


def test_a_number_is_addressed_to_the_account_domain() -> None:
    assert to_sip_uri("+33 6 12 34 56 78", "sip.operator.example") == (
        "sip:+33612345678@sip.operator.example"
    )


@pytest.mark.parametrize(
    "uri",
    [
        "sip:bob@127.0.0.1:5070",
        "sips:alice@example.org",
        "sip:bob@127.0.0.1;transport=tcp",
        "sip:[::1]:5060",
        "sip:+8613800138000@gw.example;user=phone",
    ],
)
def test_sip_uris_are_kept(uri: str) -> None:
    assert to_sip_uri(uri, None) == uri


def test_user_at_host_gets_a_scheme_and_needs_no_account() -> None:
    assert to_sip_uri("bob@192.0.2.7", None) == "sip:bob@192.0.2.7"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("bob", "sip:bob@sip.operator.example"),
        ("alice.smith", "sip:alice.smith@sip.operator.example"),
        ("desk-2", "sip:desk-2@sip.operator.example"),
        ("1001a", "sip:1001a@sip.operator.example"),
    ],
)
def test_a_bare_name_is_completed_with_the_account_domain(typed: str, expected: str) -> None:
    assert to_sip_uri(typed, "sip.operator.example", "FR") == expected


def test_a_name_is_not_a_number_and_a_number_is_not_a_name() -> None:
    assert is_user_name("bob") and is_user_name("Bob_1")
    assert not is_user_name("0612345678") and not is_user_name("*21#")
    assert not is_user_name("bob smith") and not is_user_name("王小明")
    assert to_sip_uri("1001", "d", "FR") == "sip:1001@d"  # an extension stays a number


@pytest.mark.parametrize(
    ("typed", "domain", "reason"),
    [
        ("", "d", "nothing to call"),
        ("   ", "d", "nothing to call"),
        ("sip:bob@", None, "not a valid SIP address"),
        ("sip:bob@host\nINVITE", None, "control characters"),
        ("sip:bob@exa mple.org", None, "not a valid SIP address"),
        ("+1 555", "d", "not a possible phone number"),
        ("call me maybe", "d", "type a number or name@server"),
        ("王小明", "d", "type a number or name@server"),
        ("bob", None, "calling a name needs a bound account: type name@server"),
        ("0612345678", None, "needs a bound account"),
        ("1" * 300, "d", "too long"),
    ],
)
def test_bad_targets_are_refused_clearly(typed: str, domain: str | None, reason: str) -> None:
    with pytest.raises(InvalidTargetError, match=reason):
        to_sip_uri(typed, domain, "FR")


@pytest.mark.parametrize(
    ("chosen", "bound", "fallback", "region"),
    [
        ("", "+8613800138000", "FR", "CN"),  # a China Mobile number used from France
        ("fr", "+8613800138000", "US", "FR"),  # the settings still override it
        ("", "alice", "FR", "FR"),  # a SIP name has no country
        ("", "", "", ""),
        ("", "+80012345678", "DE", "DE"),  # a non-geographic number has none either
    ],
)
def test_dialling_region(chosen: str, bound: str, fallback: str, region: str) -> None:
    assert dialling_region(chosen, bound, fallback) == region


def test_user_part() -> None:
    assert user_part("sip:+33612345678@host;user=phone") == "+33612345678"
    assert user_part("<sip:bob@host>") == "bob"
    assert user_part("sip:host") == ""


@given(st.text(max_size=80))
def test_any_text_gives_a_uri_or_a_clear_refusal(text: str) -> None:
    try:
        uri = to_sip_uri(text, "example.org", "CN")
    except InvalidTargetError as error:
        assert str(error)
    else:
        assert uri.startswith(("sip:", "sips:")) and "\n" not in uri and " " not in uri
