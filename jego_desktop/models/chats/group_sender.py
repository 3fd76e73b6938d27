"""What the messaging service hands a group conversation to (models/chats/group_chats.py):
its messages, the engine's reports on each member's copy, and the read receipts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, TypeAlias

if TYPE_CHECKING:
    from jego_desktop.domain.conversations import Conversation
    from jego_desktop.domain.engine_events import (
        MessageDelivered,
        MessageDisplayed,
        MessageFailed,
        MessageReceived,
        MessageSent,
    )
    from jego_desktop.domain.messages import Message
    from jego_desktop.domain.recall_rules import RecallRefusal

    GroupReport: TypeAlias = MessageSent | MessageFailed | MessageDelivered | MessageDisplayed


class GroupSender(Protocol):
    """Implemented by GroupChats, which sends through models/chats/group_fanout.py."""

    def check_sendable(self, account_key: str, peer_uri: str) -> None:
        """Raises GroupError (a ValueError) when the user cannot write to this group."""

    def hand_over(self, conversation: Conversation, message: Message) -> None: ...
    def on_report(self, event: GroupReport) -> bool:
        """True when the report was about a member's copy of a group message."""

    def on_registered(self, account_key: str) -> None: ...
    def send_display_receipts(self, conversation: Conversation, message_ids: list[str]) -> None: ...
    def take_back_refusal(
        self, message: Message, *, now: float, connected: bool
    ) -> RecallRefusal | None:
        """Why the user's group message cannot be taken back now (None: it can)."""

    def take_back(self, message: Message) -> bool:
        """Send the recall to every member who got the message as CPIM (False: none)."""

    def on_unstored(self, event: MessageReceived) -> None:
        """A received message was accepted but nothing shown (a group invitation)."""
