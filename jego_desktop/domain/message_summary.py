"""Message waiting (RFC 3842): the application/simple-message-summary body of a NOTIFY.

The body comes from the network: whatever it holds, reading it takes bounded time and
memory and never raises; what cannot be read is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jego_desktop.domain.sip_headers import sip_header

CONTENT_TYPE = "application/simple-message-summary"
MAX_BODY_CHARACTERS = 8 * 1024  # a real summary is a few hundred bytes
MAX_COUNT = 99_999  # more is a lie or a bug: shown as this
MAX_ACCOUNT_CHARACTERS = 256

_COUNTS = re.compile(
    r"(?P<new>\d{1,9})\s*/\s*(?P<old>\d{1,9})"
    r"(?:\s*\(\s*(?P<urgent_new>\d{1,9})\s*/\s*(?P<urgent_old>\d{1,9})\s*\))?",
    re.ASCII,
)
# A sip:, sips: or tel: URI without white space, quotes or angle brackets.
_ACCOUNT = re.compile(r"(?:sips?|tel):[!#-;=?-~]+", re.IGNORECASE)


@dataclass(frozen=True)
class MessageSummary:
    """What a mailbox says: is something waiting, how many voice messages, which address
    to call to hear them ("" when the NOTIFY does not say)."""

    waiting: bool
    voice_new: int = 0
    voice_old: int = 0
    urgent_new: int = 0
    urgent_old: int = 0
    account: str = ""
    voice_counted: bool = False  # a Voice-Message line was there

    @property
    def new_voicemails(self) -> int:
        """New voice messages; 1 when a mailbox says only that something waits."""
        if self.voice_counted:
            return self.voice_new
        return 1 if self.waiting else 0


def summary_from_notify(whole_message: str) -> MessageSummary | None:
    """The summary a whole NOTIFY carries, or None when it carries none (another type,
    no Messages-Waiting line, nothing readable)."""
    head_end = _head_end(whole_message)
    if head_end < 0:
        return None
    content_type = sip_header(whole_message[:head_end], "Content-Type", "c")
    if content_type.split(";", 1)[0].strip().lower() != CONTENT_TYPE:
        return None
    return parse_summary(whole_message[head_end:])


def parse_summary(body: str) -> MessageSummary | None:
    """Read a simple-message-summary body; None without a Messages-Waiting line or when
    the body is longer than any real one."""
    if len(body) > MAX_BODY_CHARACTERS:
        return None
    waiting: bool | None = None
    account = ""
    counts: tuple[int, int, int, int] | None = None
    for line in body.replace("\r\n", "\n").split("\n"):
        if not line.strip():
            if waiting is not None:
                break  # the optional message headers (RFC 3842 section 5.2) follow
            continue
        name, colon, value = line.partition(":")
        if not colon:
            continue
        name, value = name.strip().lower(), value.strip()
        if name == "messages-waiting" and waiting is None:
            answer = value.lower()
            if answer in ("yes", "no"):
                waiting = answer == "yes"
        elif name == "message-account" and not account:
            account = _account(value)
        elif name == "voice-message" and counts is None:
            counts = _counts(value)
    if waiting is None:
        return None
    new, old, urgent_new, urgent_old = counts or (0, 0, 0, 0)
    return MessageSummary(
        waiting, new, old, urgent_new, urgent_old, account, voice_counted=counts is not None
    )


def _head_end(message: str) -> int:
    for separator in ("\r\n\r\n", "\n\n"):
        found = message.find(separator, 0, MAX_BODY_CHARACTERS * 8)
        if found >= 0:
            return found + len(separator)
    return -1


def _counts(value: str) -> tuple[int, int, int, int] | None:
    match = _COUNTS.fullmatch(value)
    if match is None:
        return None
    numbers = (match.group(n) or "0" for n in ("new", "old", "urgent_new", "urgent_old"))
    new, old, urgent_new, urgent_old = (min(int(n), MAX_COUNT) for n in numbers)
    return new, old, urgent_new, urgent_old


def _account(value: str) -> str:
    """A Message-Account URI one may dial, or ''."""
    uri = value.strip()
    if uri.startswith("<") and uri.endswith(">"):
        uri = uri[1:-1].strip()
    if len(uri) > MAX_ACCOUNT_CHARACTERS or _ACCOUNT.fullmatch(uri) is None:
        return ""
    return uri
