"""How a call ended, in words: the one rule for an answered call (models/calls/call_outcome.py)."""

from __future__ import annotations

import pytest

from jego_desktop.domain import sip_reasons as sip
from jego_desktop.models.calls.call_outcome import answered_end_text, end_reason_text


def test_an_answered_call_that_lost_its_connection_says_so() -> None:
    assert answered_end_text(sip.CONNECTION_LOST) == "Connection lost"


@pytest.mark.parametrize("reason", ["", sip.CALL_ENDED, sip.CANCELLED, sip.BUSY, "500 Oops"])
def test_an_answered_call_that_was_hung_up_says_nothing_more(reason: str) -> None:
    assert answered_end_text(reason) is None


def test_unanswered_calls_keep_their_reason_in_words() -> None:
    assert end_reason_text(sip.BUSY) == "Busy"
    assert end_reason_text("") == "Call ended"
    assert end_reason_text("483 Too Many Hops") == "Call failed (483 Too Many Hops)"
