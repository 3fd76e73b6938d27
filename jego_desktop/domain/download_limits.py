"""Whether a received file is fetched without a click, and what must make room for it.

Pure: the caller gathers the numbers (who sent it, what that sender already had
fetched, what the received files take) and acts on the answer. A held file is never
lost: it stays on the server, one click away, and a note says why it waited.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

HOUR_S = 3600.0
DAY_S = 24 * HOUR_S


class Hold(enum.Enum):
    NONE = "none"  # fetch it now
    STRANGER = "stranger"  # not a contact, never written to: the user decides
    LARGE = "large"  # above the automatic size: the user decides (no note, as always)
    SENDER_FILES = "sender_files"  # this sender had too many files fetched this hour
    SENDER_BYTES = "sender_bytes"  # ... or too many bytes today
    QUOTA = "quota"  # received files fill their quota and nothing more can go


@dataclass(frozen=True)
class DownloadLimits:
    auto_bytes: int  # largest file fetched without a click
    sender_files_per_hour: int
    sender_bytes_per_day: int
    quota_bytes: int  # all received files together


@dataclass(frozen=True)
class Decision:
    hold: Hold
    free_bytes: int = 0  # bytes of old unopened automatic downloads to remove first


def decide(
    size: int,
    *,
    known_sender: bool,
    sender_files_last_hour: int,
    sender_bytes_last_day: int,
    received_bytes: int,
    removable_bytes: int,
    limits: DownloadLimits,
) -> Decision:
    """The answer for one file of `size` bytes."""
    if not known_sender:
        return Decision(Hold.STRANGER)
    if size > limits.auto_bytes:
        return Decision(Hold.LARGE)
    if sender_files_last_hour >= limits.sender_files_per_hour:
        return Decision(Hold.SENDER_FILES)
    if sender_bytes_last_day + size > limits.sender_bytes_per_day:
        return Decision(Hold.SENDER_BYTES)
    over = received_bytes + size - limits.quota_bytes
    if over <= 0:
        return Decision(Hold.NONE)
    if over > removable_bytes:
        return Decision(Hold.QUOTA)
    return Decision(Hold.NONE, free_bytes=over)
