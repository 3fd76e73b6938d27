"""Why a MESSAGE failed, in words."""

from __future__ import annotations

import pytest

from jego_desktop.domain.sip_reasons import message_failure_reason


@pytest.mark.parametrize(
    ("code", "reason", "expected"),
    [
        (480, "Temporarily Unavailable", "not reachable"),
        (404, "Not Found", "unknown user"),
        (408, "Request Timeout", "no answer (timed out)"),
        (503, "Service Unavailable", "service unavailable"),
        (503, "Connection refused", "server unreachable"),
        (502, "Bad Gateway", "server unreachable"),
        (499, "Odd", "499 Odd"),
    ],
)
def test_message_failure_reasons(code: int, reason: str, expected: str) -> None:
    assert message_failure_reason(code, reason) == expected
