"""SIP codes in words people understand."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jego_desktop.domain.sip_reasons import (
    call_end_reason,
    is_temporary_registration_failure,
    message_failure_reason,
    registration_reason,
)


@pytest.mark.parametrize(
    ("code", "text"),
    [
        (200, "registered"),
        (401, "wrong user name or password"),
        (407, "wrong user name or password"),
        (403, "forbidden by the server"),
        (408, "server unreachable"),
        (503, "server unreachable"),
        (0, "server unreachable"),
        (500, "server error (500 Server Internal Error)"),
    ],
)
def test_registration_reasons(code: int, text: str) -> None:
    reasons = {500: "Server Internal Error"}
    assert registration_reason(code, reasons.get(code, "")) == text


def test_only_temporary_failures_are_retried() -> None:
    assert is_temporary_registration_failure(408)
    assert is_temporary_registration_failure(503)
    assert not is_temporary_registration_failure(401)
    assert not is_temporary_registration_failure(403)


def test_call_end_reasons() -> None:
    assert call_end_reason(486, "Busy Here") == "busy"
    assert call_end_reason(603, "Decline") == "declined"
    assert call_end_reason(200, "OK") == "call ended"
    assert call_end_reason(599, "Odd") == "599 Odd"


def test_a_timeout_after_the_answer_is_a_lost_connection() -> None:
    # pjsip's session timer (RFC 4028) ends an unrefreshed session with 408
    assert call_end_reason(408, "Request Timeout", answered=True) == "connection lost"


@pytest.mark.parametrize(
    ("code", "reason", "heard_back", "text"),
    [
        (404, "Not Found", True, "number not found"),
        (404, "Not Found", False, "number not found"),
        (408, "Request Timeout", True, "no answer"),  # it rang, nobody picked up
        (408, "Request Timeout", False, "server unreachable"),  # nothing came back
        (503, "Connection refused", False, "server unreachable"),  # pjsip's transport error
        (503, "Service Unavailable", True, "service unavailable"),  # the server said so
        (502, "Bad Gateway", False, "server unreachable"),
        (480, "Temporarily Unavailable", False, "not reachable"),
        (600, "Busy Everywhere", True, "busy"),
        (607, "Unwanted", True, "declined"),
        (403, "Forbidden", False, "refused by the server"),
        (0, "", False, "call ended"),
    ],
)
def test_call_end_reasons_by_code(code: int, reason: str, heard_back: bool, text: str) -> None:
    assert call_end_reason(code, reason, heard_back=heard_back) == text


def test_a_strange_reason_phrase_is_kept_short_and_printable() -> None:
    hostile = "Odd\r\n\x1b[31m" + "x" * 500
    text = call_end_reason(599, hostile)
    assert text.startswith("599 Odd")
    assert all(c.isprintable() for c in text)
    assert len(text) <= len("599 ") + 60


@pytest.mark.parametrize(
    ("describe", "code"),
    [
        (message_failure_reason, 499),  # the far end's phrase, stored as the failure
        (registration_reason, 499),
        (registration_reason, 599),  # inside "server error (%1)"
    ],
)
def test_message_and_registration_reasons_keep_a_phrase_short_and_printable(
    describe: Callable[[int, str], str], code: int
) -> None:
    text = describe(code, "Odd\r\n\x1b[31m" + "x" * 5000)
    assert f"{code} Odd" in text
    assert all(c.isprintable() for c in text)
    assert len(text) <= len("server error ()") + len(f"{code} ") + 60
