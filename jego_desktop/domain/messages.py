"""Messages and their attachments as the rest of the app sees them, and the state rules."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from jego_desktop.domain.message_formats import RECALLED

MAX_BODY_BYTES = 256 * 1024  # bigger content travels as a file, never in the database


class MessageDirection(enum.Enum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"


class MessageState(enum.Enum):
    """Outgoing: PENDING -> SENT -> DELIVERED -> DISPLAYED, or FAILED.

    Incoming: RECEIVED -> DISPLAYED (the user has seen it).
    """

    PENDING = "pending"
    SENT = "sent"
    DELIVERED = "delivered"
    DISPLAYED = "displayed"
    FAILED = "failed"
    RECEIVED = "received"


_OUTGOING_RANK = {
    MessageState.PENDING: 0,
    MessageState.SENT: 1,
    MessageState.DELIVERED: 2,
    MessageState.DISPLAYED: 3,
}


def can_transition(direction: MessageDirection, current: MessageState, new: MessageState) -> bool:
    """Whether a report moving a message from `current` to `new` should be applied.

    States only move forward, so reports arriving out of order (a late "sent" after
    "delivered") change nothing. FAILED comes only from PENDING or SENT; a delivery or
    display report after FAILED is applied, because it proves the message arrived.
    Retrying a failed message is a separate, explicit action.
    """
    if direction is MessageDirection.INCOMING:
        return current is MessageState.RECEIVED and new is MessageState.DISPLAYED
    if new is MessageState.FAILED:
        return current in (MessageState.PENDING, MessageState.SENT)
    if new not in _OUTGOING_RANK:
        return False
    if current is MessageState.FAILED:
        return new in (MessageState.DELIVERED, MessageState.DISPLAYED)
    if current not in _OUTGOING_RANK:
        return False
    return _OUTGOING_RANK[new] > _OUTGOING_RANK[current]


class AttachmentState(enum.Enum):
    REMOTE = "remote"  # known by its download URL only
    DOWNLOADING = "downloading"
    UPLOADING = "uploading"
    AVAILABLE = "available"  # the file is at local_path
    FAILED = "failed"
    EXPIRED = "expired"  # the server no longer has it and we never downloaded it


@dataclass(frozen=True)
class Attachment:
    """A file sent with a message. The bytes live in the profile's files folder."""

    file_name: str
    content_type: str
    size: int | None = None  # bytes
    local_path: str | None = None  # POSIX path relative to the profile folder
    download_url: str | None = None
    expires_at: float | None = None  # epoch seconds
    state: AttachmentState = AttachmentState.REMOTE
    duration: float | None = None  # seconds, for voice messages
    id: int | None = None  # None until stored


@dataclass(frozen=True)
class Quote:
    """The message a reply answers, as its bubble shows it."""

    message_pk: int
    direction: MessageDirection  # INCOMING: the peer wrote it; OUTGOING: the user did
    first_line: str  # '' for a file message or a message taken back
    file_name: str = ""  # the first file of a file message
    recalled: bool = False
    author_uri: str = ""  # who wrote it, in a group (its `Message.author_uri`)


@dataclass(frozen=True, order=True)
class MessageCursor:
    """A position in a conversation's timeline, for paging towards older messages."""

    created_at: float
    id: int


@dataclass(frozen=True)
class Message:
    """One stored message. `message_id` is the stable id (IMDN Message-ID or our UUID)."""

    id: int
    conversation_id: int
    direction: MessageDirection
    message_id: str
    body: str
    content_type: str
    state: MessageState
    created_at: float  # epoch seconds: when we received it, or when the user wrote it
    sip_call_id: str | None = None
    failure_reason: str = ""
    wants_display_report: bool = False  # a display notification was asked for
    sent_at: float | None = None  # incoming: the sender's own timestamp, when known
    delivered_at: float | None = None
    displayed_at: float | None = None
    attachments: tuple[Attachment, ...] = ()
    reply_to: str = ""  # the message id of the message this one answers
    quote: Quote | None = None  # that message, when it is in the conversation
    author_uri: str = ""  # who wrote an incoming group message; '' elsewhere

    @property
    def recalled(self) -> bool:
        """Its sender took it back: it has no content any more."""
        return self.content_type == RECALLED

    @property
    def cursor(self) -> MessageCursor:
        return MessageCursor(self.created_at, self.id)


@dataclass(frozen=True)
class InsertResult:
    """The stored message, and whether this call stored it (False: it was a duplicate)."""

    message: Message
    is_new: bool


@dataclass(frozen=True)
class StateUpdate:
    """The message after a state report, and whether the report changed it."""

    message: Message
    changed: bool
