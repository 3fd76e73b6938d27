"""SIP codes in words people understand."""

from __future__ import annotations

import pytest

from jego_desktop.domain.sip_reasons import (
    call_end_reason,
    is_temporary_registration_failure,
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
