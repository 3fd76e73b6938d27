"""Reading RFC 3842 message summaries, which come from the network."""

from __future__ import annotations

import pytest

from jego_desktop.domain.message_summary import (
    MAX_BODY_CHARACTERS,
    MAX_COUNT,
    MessageSummary,
    parse_summary,
    summary_from_notify,
)

RFC_EXAMPLE = (
    "Messages-Waiting: yes\r\n"
    "Message-Account: sip:alice@vmail.example.com\r\n"
    "Voice-Message: 4/8 (1/2)\r\n"
    "\r\n"
    "To: <alice@atlanta.example.com>\r\n"
    "Voice-Message: 99/99\r\n"
)


def notify(body: str, content_type: str = "application/simple-message-summary") -> str:
    return (
        "NOTIFY sip:alice@127.0.0.1:5070 SIP/2.0\r\n"
        "Event: message-summary\r\n"
        f"Content-Type: {content_type}\r\n"
        f"Content-Length: {len(body)}\r\n\r\n{body}"
    )


def test_the_rfc_example_is_read_and_its_message_headers_ignored() -> None:
    assert parse_summary(RFC_EXAMPLE) == MessageSummary(
        waiting=True,
        voice_new=4,
        voice_old=8,
        urgent_new=1,
        urgent_old=2,
        account="sip:alice@vmail.example.com",
        voice_counted=True,
    )


def test_read_and_none_and_a_mailbox_that_only_says_yes() -> None:
    read = parse_summary("Messages-Waiting: no\nVoice-Message: 0/2\n")
    assert read is not None and (read.waiting, read.new_voicemails, read.voice_old) == (False, 0, 2)
    none = parse_summary("messages-waiting:NO\r\n")
    assert none is not None and none.new_voicemails == 0 and none.account == ""
    bare = parse_summary("Messages-Waiting: yes\r\n")
    assert bare is not None and bare.new_voicemails == 1  # something waits, count unknown


@pytest.mark.parametrize(
    "body",
    [
        "",
        "Voice-Message: 2/0\r\n",  # no Messages-Waiting line
        "Messages-Waiting: maybe\r\n",
        "Messages-Waiting yes\r\n",
        "x" * (MAX_BODY_CHARACTERS + 1),
        "Messages-Waiting: yes\r\n" + " " * MAX_BODY_CHARACTERS,
    ],
)
def test_what_is_not_a_summary_is_none(body: str) -> None:
    assert parse_summary(body) is None


@pytest.mark.parametrize(
    ("line", "counts"),
    [
        ("Voice-Message: 2/0", (2, 0, 0, 0)),
        ("Voice-Message: 3 / 1 ( 1 / 0 )", (3, 1, 1, 0)),
        ("Voice-Message: 999999999/0", (MAX_COUNT, 0, 0, 0)),
        ("Voice-Message: -1/0", None),
        ("Voice-Message: 2", None),
        ("Voice-Message: ２/０", None),  # full-width digits are not RFC 3842's
        ("Voice-Message: 1/1 (1/1) trailing", None),
        ("Voice-Message: 1234567890/0", None),  # longer than any counter
    ],
)
def test_voice_counts_are_bounded_and_strict(
    line: str, counts: tuple[int, int, int, int] | None
) -> None:
    summary = parse_summary(f"Messages-Waiting: yes\r\n{line}\r\n")
    assert summary is not None
    assert summary.voice_counted is (counts is not None)
    got = (summary.voice_new, summary.voice_old, summary.urgent_new, summary.urgent_old)
    assert got == (counts or (0, 0, 0, 0))


@pytest.mark.parametrize(
    ("value", "account"),
    [
        ("sip:*86@example.org", "sip:*86@example.org"),
        ("<sips:voicemail@example.org;transport=tls>", "sips:voicemail@example.org;transport=tls"),
        ("tel:+8613800138000", "tel:+8613800138000"),
        ("http://example.org/", ""),
        ("sip:a b@example.org", ""),
        ('sip:"x"@example.org', ""),
        ("sip:" + "a" * 300 + "@example.org", ""),
        ("sip:语音@example.org", ""),
        ("", ""),
    ],
)
def test_only_a_dialable_message_account_is_kept(value: str, account: str) -> None:
    summary = parse_summary(f"Messages-Waiting: yes\r\nMessage-Account: {value}\r\n")
    assert summary is not None and summary.account == account


def test_a_notify_is_read_only_with_the_summary_content_type() -> None:
    body = "Messages-Waiting: yes\r\nVoice-Message: 2/0\r\n"
    found = summary_from_notify(notify(body, "Application/Simple-Message-Summary; x=y"))
    assert found is not None and found.new_voicemails == 2
    assert summary_from_notify(notify(body, "text/plain")) is None
    assert summary_from_notify("NOTIFY sip:a@b SIP/2.0\r\nContent-Type: x") is None
