"""Fuzzing the message-waiting summary of a NOTIFY: it never raises, stays bounded, and
what it keeps is what the UI may show and dial."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from jego_desktop.domain.message_summary import (
    MAX_ACCOUNT_CHARACTERS,
    MAX_COUNT,
    MessageSummary,
    parse_summary,
    summary_from_notify,
)
from tests.unit.fuzz.support import any_text, assembled, call_timed, fuzz

SUMMARY_FRAGMENTS = [
    "Messages-Waiting: yes\r\n",
    "Messages-Waiting: no\n",
    "Message-Account: sip:vm@example.org\r\n",
    "Message-Account: <sip:",
    "Voice-Message: ",
    "Fax-Message: 1/2\r\n",
    "2/0",
    " (1/0)",
    "99999999999",
    "/",
    "(",
    ")",
    ":",
    "\r\n",
    "\r\n\r\n",
    "\n",
    "Content-Type: application/simple-message-summary\r\n",
    "NOTIFY sip:a@b SIP/2.0\r\n",
]
summaries = st.one_of(any_text, assembled(SUMMARY_FRAGMENTS, max_parts=60))


def check(summary: MessageSummary | None) -> None:
    if summary is None:
        return
    counts = (summary.voice_new, summary.voice_old, summary.urgent_new, summary.urgent_old)
    assert all(0 <= count <= MAX_COUNT for count in counts)
    assert 0 <= summary.new_voicemails <= MAX_COUNT
    assert len(summary.account) <= MAX_ACCOUNT_CHARACTERS
    assert summary.account == "" or summary.account.isascii()
    assert not any(c in summary.account for c in ' <>"\r\n\t')


@fuzz
@given(summaries)
def test_any_body_is_read_or_refused(body: str) -> None:
    check(call_timed("parse_summary", parse_summary, body))


@fuzz
@given(summaries, summaries)
def test_any_notify_is_read_or_refused(head: str, body: str) -> None:
    check(call_timed("summary_from_notify", summary_from_notify, f"{head}\r\n\r\n{body}"))
    check(call_timed("summary_from_notify", summary_from_notify, head + body))


def test_a_huge_notify_is_refused_quickly() -> None:
    head = "NOTIFY sip:a@b SIP/2.0\r\nContent-Type: application/simple-message-summary\r\n\r\n"
    body = "Messages-Waiting: yes\r\n" + "Voice-Message: 1/1\r\n" * 200_000
    assert call_timed("summary_from_notify", summary_from_notify, head + body) is None
