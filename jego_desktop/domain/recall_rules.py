"""When the user may take a message back (the receiving side checks again for itself)."""

from __future__ import annotations

import enum

from jego_desktop.domain.chat_headers import RECALL_LIMIT_S
from jego_desktop.domain.messages import Message, MessageDirection, MessageState


class RecallRefusal(enum.Enum):
    NOT_OURS = "not_ours"  # someone else wrote it
    TOO_LATE = "too_late"  # older than RECALL_LIMIT_S
    PLAIN_PEER = "plain_peer"  # the peer reads plain text only: it cannot be told
    NOT_SENT = "not_sent"  # still waiting or failed: delete it instead
    OFFLINE = "offline"  # the account cannot send now
    RECALLED = "recalled"  # taken back already


def recall_refusal(
    message: Message, *, now: float, peer_reads_cpim: bool, connected: bool
) -> RecallRefusal | None:
    """Why `message` cannot be taken back (None: it can)."""
    if message.direction is not MessageDirection.OUTGOING:
        return RecallRefusal.NOT_OURS
    if message.recalled:
        return RecallRefusal.RECALLED
    if message.state in (MessageState.PENDING, MessageState.FAILED):
        return RecallRefusal.NOT_SENT
    if not peer_reads_cpim:
        return RecallRefusal.PLAIN_PEER
    if now - message.created_at > RECALL_LIMIT_S:
        return RecallRefusal.TOO_LATE
    if not connected:
        return RecallRefusal.OFFLINE
    return None
