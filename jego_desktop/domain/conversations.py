"""Conversations: one per (account, peer), listed by last activity."""

from __future__ import annotations

from dataclasses import dataclass

from jego_desktop.domain.messages import MessageDirection, MessageState


@dataclass(frozen=True)
class Conversation:
    id: int
    account_key: str
    peer_uri: str  # normalised (see domain.peers)
    title: str  # empty: the UI names it after the contact or the peer
    unread_count: int
    last_activity_at: float  # epoch seconds: last message, or creation when empty
    created_at: float


@dataclass(frozen=True)
class MessagePreview:
    """The start of a conversation's newest message, for the conversation list."""

    text: str
    direction: MessageDirection
    state: MessageState
    content_type: str
    created_at: float
    has_attachments: bool
    author_uri: str = ""  # who wrote it, in a group (its `Message.author_uri`)


@dataclass(frozen=True)
class ConversationSummary:
    conversation: Conversation
    last_message: MessagePreview | None
