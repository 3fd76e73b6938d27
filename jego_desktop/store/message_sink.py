"""Where the engine puts incoming messages: the store, durably, before anything else."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from jego_desktop.domain.chat_headers import RECALL_GRACE_S, RECALL_LIMIT_S
from jego_desktop.domain.incoming_rate import IncomingRate
from jego_desktop.store.group_sink import GroupSink
from jego_desktop.store.groups import GroupStore
from jego_desktop.store.known_senders import KnownSenders

if TYPE_CHECKING:
    from jego_desktop.domain.incoming_messages import (
        AcceptResult,
        IncomingRecall,
        IncomingText,
        RecallResult,
    )
    from jego_desktop.store.calls import CallHistory
    from jego_desktop.store.conversations import ConversationStore
    from jego_desktop.store.messages import MessageStore

log = logging.getLogger(__name__)


class StoreMessageSink:
    """An `IncomingMessageSink` over the store.

    Runs on the engine thread: it touches only the store (thread-safe, one writer
    connection under a lock) and no Qt object. `insert_incoming` commits durably and
    ignores a message id it has already stored, so retransmissions are stored once.
    Strangers' messages beyond `domain.incoming_rate`'s limits are neither stored nor
    announced (pjsua has answered 200 already); the refusals are logged once a minute.
    """

    def __init__(
        self,
        conversations: ConversationStore,
        messages: MessageStore,
        calls: CallHistory | None = None,
        rate: IncomingRate | None = None,
    ) -> None:
        self._conversations = conversations
        self._messages = messages
        self._calls = calls
        self._groups = GroupStore(conversations.database)
        self._known = KnownSenders(conversations.database)
        self._group_sink = GroupSink(conversations.database, self._known.is_known)
        self._rate = rate or IncomingRate()

    def accept(self, message: IncomingText) -> AcceptResult:
        # On the engine thread: the parsing module (~15 ms) waits for the first message.
        from jego_desktop.domain.incoming_messages import AcceptResult

        key = (message.account_key, message.peer_uri)
        size = len(message.body.encode("utf-8", "surrogatepass"))
        admitted = self._rate.admit(key, size, lambda: self._is_known(*key))
        report = self._rate.report()
        if report is not None:
            log.warning(
                "%d incoming messages from %d unknown peers (%s first) not stored:"
                " over the strangers' rate limit",
                report.refused,
                report.peers,
                report.first_peer[:100],
            )
        if not admitted:
            return AcceptResult(is_new=False)
        if message.group is not None:
            return self._group_sink.accept(message)
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
        """Only the peer's own message of this conversation, arrived lately, is taken back
        (in a group: a message whose author is the recall's sender)."""
        within = RECALL_LIMIT_S + RECALL_GRACE_S
        if recall.group_id:
            return self._group_sink.recall(recall, within_s=within)
        conversation = self._conversations.find(recall.account_key, recall.peer_uri)
        if conversation is None:
            return None
        return self._messages.recall_incoming(
            conversation.id, recall.message_id, within_s=RECALL_LIMIT_S + RECALL_GRACE_S
        )

    def _is_known(self, account_key: str, peer_uri: str) -> bool:
        """A contact, or a peer the user wrote to, called or shares a group with."""
        return self._known.is_known(account_key, peer_uri) or self.user_contacted(
            account_key, peer_uri
        )

    def user_contacted(self, account_key: str, peer_uri: str) -> bool:
        if self._messages.wrote_to(account_key, peer_uri):
            return True
        if self._groups.shares_group(account_key, peer_uri):
            return True
        return self._calls is not None and self._calls.called(account_key, peer_uri)
