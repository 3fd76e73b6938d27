"""Which way keypad digits go: RFC 4733 first, SIP INFO when pjsua refuses it."""

from __future__ import annotations

import pytest

from jego_desktop.domain.calls import DtmfMethod
from jego_desktop.engine.dtmf import (
    DtmfAttempt,
    are_dtmf_digits,
    methods_to_try,
    send_with_fallback,
    signal_of,
)

NO_EVENT = "Remote does not support RFC 2833 (PJMEDIA_RTP_EREMNORFC2833)"


class FakeCall:
    """Refuses the methods it is given with a reason, like pjsua's sendDtmf raising."""

    def __init__(self, refused: dict[DtmfMethod, str]) -> None:
        self.refused = refused
        self.tried: list[DtmfMethod] = []

    def send(self, method: DtmfMethod) -> str | None:
        self.tried.append(method)
        return self.refused.get(method)


def test_rfc4733_is_used_when_the_call_takes_it() -> None:
    call = FakeCall({})
    assert send_with_fallback(DtmfMethod.RFC4733, call.send) == DtmfAttempt(DtmfMethod.RFC4733)
    assert call.tried == [DtmfMethod.RFC4733]


def test_without_telephone_event_the_digits_go_as_sip_info() -> None:
    call = FakeCall({DtmfMethod.RFC4733: NO_EVENT})
    attempt = send_with_fallback(DtmfMethod.RFC4733, call.send)
    assert attempt == DtmfAttempt(DtmfMethod.SIP_INFO, ((DtmfMethod.RFC4733, NO_EVENT),))
    assert call.tried == [DtmfMethod.RFC4733, DtmfMethod.SIP_INFO]


def test_when_neither_way_is_taken_both_refusals_are_kept() -> None:
    call = FakeCall({DtmfMethod.RFC4733: NO_EVENT, DtmfMethod.SIP_INFO: "no dialog"})
    attempt = send_with_fallback(DtmfMethod.RFC4733, call.send)
    assert attempt.method is None
    assert attempt.refusals == ((DtmfMethod.RFC4733, NO_EVENT), (DtmfMethod.SIP_INFO, "no dialog"))


def test_a_user_who_chose_sip_info_gets_only_sip_info() -> None:
    assert methods_to_try(DtmfMethod.SIP_INFO) == (DtmfMethod.SIP_INFO,)
    call = FakeCall({DtmfMethod.SIP_INFO: "no dialog"})
    assert send_with_fallback(DtmfMethod.SIP_INFO, call.send) == DtmfAttempt(
        None, ((DtmfMethod.SIP_INFO, "no dialog"),)
    )
    assert call.tried == [DtmfMethod.SIP_INFO]


@pytest.mark.parametrize(
    ("digits", "valid"),
    [("0123456789*#", True), ("ABCDabcd", True), ("", False), ("1 2", False), ("1,2", False)],
)
def test_only_keypad_digits_are_sent(digits: str, valid: bool) -> None:
    assert are_dtmf_digits(digits) is valid


def test_the_digit_of_a_dtmf_relay_body() -> None:
    assert signal_of("Signal=5\r\nDuration=160") == "5"
    assert signal_of("Duration=100\r\nsignal = #\r\n") == "#"
    assert signal_of("Duration=100") == ""
