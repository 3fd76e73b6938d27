"""Where the engine puts incoming messages: the store, durably, before anything else."""

from __future__ import annotations

from jego_desktop.domain.chat_headers import RECALL_GRACE_S, RECALL_LIMIT_S
from jego_desktop.domain.incoming_messages import (
    AcceptResult,
    IncomingRecall,
    IncomingText,
    RecallResult,
)
from jego_desktop.store.calls import CallHistory
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.messages import MessageStore


class StoreMessageSink:
    """An `IncomingMessageSink` over the store.

    Runs on the engine thread: it touches only the store (thread-safe, one writer
    connection under a lock) and no Qt object. `insert_incoming` commits durably and
    ignores a message id it has already stored, so retransmissions are stored once.
    """

    def __init__(
        self,
        conversations: ConversationStore,
        messages: MessageStore,
        calls: CallHistory | None = None,
    ) -> None:
        self._conversations = conversations
        self._messages = messages
        self._calls = calls

    def accept(self, message: IncomingText) -> AcceptResult:
        account = message.account_key
        conversation = self._conversations.get_or_create(account, message.peer_uri)
        result = self._messages.insert_incoming(
            conversation.id,
            message.message_id,
            message.body,
            content_type=message.content_type,
            sip_call_id=message.sip_call_id,
            sent_at=message.sent_at,
            wants_display_report=message.wants_display_report,
            attachments=message.attachments,
            reply_to=message.reply_to,
        )
        return AcceptResult(result.is_new, result.message)

    def recall(self, recall: IncomingRecall) -> RecallResult | None:
        """Only the peer's own message of this conversation, arrived lately, is taken back."""
        conversation = self._conversations.find(recall.account_key, recall.peer_uri)
        if conversation is None:
            return None
        return self._messages.recall_incoming(
            conversation.id, recall.message_id, within_s=RECALL_LIMIT_S + RECALL_GRACE_S
        )

    def user_contacted(self, account_key: str, peer_uri: str) -> bool:
        if self._messages.wrote_to(account_key, peer_uri):
            return True
        return self._calls is not None and self._calls.called(account_key, peer_uri)
