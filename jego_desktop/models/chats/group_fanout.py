"""Each group message to each member, through the engine, one copy at a time per member.

The message is stored once, in the group's conversation; each member's copy has its
state in the store (`group_deliveries`), so a copy that did not go survives a restart
and goes at the next registration, like the one-to-one outbox. To one member, a copy
leaves only after the previous one was answered (the outbox's per-peer order). A Jego
member gets CPIM with the group headers (domain/group_headers.py); a member whose
phone refused CPIM gets plain text with the group's name and the author in front.
"""

from __future__ import annotations

import collections
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from jego_desktop.domain.chat_headers import (
    RECALL_FALLBACK_TEXT,
    RECALL_ID,
    REPLY_TO_ID,
    ChatHeaders,
)
from jego_desktop.domain.group_events import GroupEventError, parse_group_event
from jego_desktop.domain.group_headers import GroupHeaders, group_chat_headers
from jego_desktop.domain.group_plain_text import plain_group_text
from jego_desktop.domain.groups import (
    GROUP_EVENT_CONTENT_TYPE,
    NO_LONGER_A_MEMBER,
    Group,
    GroupStatus,
)
from jego_desktop.domain.messages import Message, MessageState
from jego_desktop.domain.outgoing_messages import new_message_id
from jego_desktop.domain.peer_formats import FORMAT_REFUSED
from jego_desktop.domain.reply_quotes import author_of
from jego_desktop.models.chats.messaging import (
    MAX_AUTOMATIC_RETRIES,
    TEMPORARY_FAILURES,
    MessagingService,
)
from jego_desktop.store.errors import StoreError

if TYPE_CHECKING:
    from jego_desktop.domain.conversations import Conversation
    from jego_desktop.domain.engine_events import MessageFailed, MessageSent
    from jego_desktop.models.chats.group_sender import GroupReport
    from jego_desktop.store.groups import GroupStore
    from jego_desktop.store.messages import MessageStore

log = logging.getLogger(__name__)

Copy = tuple[int, str]  # (message pk, member URI)
MemberKey = tuple[str, str]  # (account key, member URI)


class GroupFanout:
    """Sends group messages' copies and applies the reports on them (GUI thread)."""

    def __init__(
        self,
        messaging: MessagingService,
        groups: GroupStore,
        messages: MessageStore,
        own_uri: Callable[[str], str],
        author_name: Callable[[str], str],
    ) -> None:
        self._messaging = messaging
        self._engine = messaging.commands
        self._groups = groups
        self._messages = messages
        self._own_uri = own_uri
        self._author_name = author_name  # account key -> the user's name for plain text
        self._queues: dict[MemberKey, collections.deque[int]] = {}
        self._queued: set[Copy] = set()  # waiting in a queue or on its way
        self._sending: dict[MemberKey, int] = {}  # the copy on its way to each member
        self._on_its_way: dict[tuple[str, str], tuple[int, bool]] = {}  # (id, member) -> (pk, CPIM)
        self._retries: dict[Copy, int] = {}
        self._retry_later: dict[str, set[int]] = {}  # account key -> message pks
        self._recalls: dict[str, _Recall] = {}  # recall's id -> the recall on its way

    def hand_over(self, conversation: Conversation, message: Message) -> None:
        """A PENDING group message (new, retried, or from the outbox at registration)."""
        group = self._groups.by_conversation(conversation.id)
        if not self._groups.has_deliveries(message.id):
            if group is None or group.status is not GroupStatus.MEMBER:
                self._fail_whole(message, NO_LONGER_A_MEMBER)
                return
            self._groups.add_deliveries(message.id, group.members)
        else:  # retried (by the user, or at registration): its failed copies go again
            self._groups.retry_failed(message.id)
        self.send_pending(message.id, conversation.account_key)

    def send_pending(self, message_pk: int, account_key: str) -> None:
        for member, state in self._groups.deliveries(message_pk).items():
            if state == "pending":
                self._enqueue(account_key, member, message_pk)
        self._settle(message_pk)

    def on_registered(self, account_key: str) -> None:
        for message_pk in self._retry_later.pop(account_key, set()):
            self._groups.retry_failed(message_pk)
            message = self._messages.get(message_pk)
            if message is not None and message.state is MessageState.FAILED:
                self._messaging.retry(message.message_id)  # comes back through hand_over
        for message_pk, member in self._groups.pending(account_key):
            self._enqueue(account_key, member, message_pk)
        for key in [key for key in self._queues if key[0] == account_key]:
            self._send_next(key)

    def recall_members(self, message: Message) -> list[str]:
        """The members a recall of `message` can reach: their copy went, as CPIM."""
        conversation_key = self._groups.by_conversation(message.conversation_id)
        if conversation_key is None:
            return []
        account_key = conversation_key.account_key
        return [
            member
            for member, state in self._groups.deliveries(message.id).items()
            if state in ("sent", "delivered", "displayed")
            and self._messaging.speaks_cpim((account_key, member)) is not False
        ]

    def recall(self, message: Message) -> bool:
        """Ask every member who got `message` as CPIM to take it back (False: nobody
        can be asked). It changes here once one member's server has the recall; when
        none has, the messaging service's recall_failed follows (recall_not_saved when
        members have it but the store could not take it back here)."""
        group = self._groups.by_conversation(message.conversation_id)
        members = self.recall_members(message)
        if group is None or not members:
            return False
        recall_id = new_message_id()
        self._recalls[recall_id] = _Recall(message, set(members))
        headers = group_chat_headers(GroupHeaders(group.id, group.name, group.version, None))
        for member in members:
            self._engine.send_message(
                group.account_key,
                member,
                recall_id,
                RECALL_FALLBACK_TEXT,
                "text/plain",
                True,
                (*headers, (RECALL_ID, message.message_id)),
            )
        return True

    def on_report(self, event: GroupReport) -> bool:
        from jego_desktop.domain.engine_events import MessageDelivered, MessageFailed, MessageSent

        if isinstance(event, MessageSent | MessageFailed) and event.message_id in self._recalls:
            self._recall_answered(event)
            return True
        if isinstance(event, MessageSent | MessageFailed):
            found = self._on_its_way.get((event.message_id, event.peer_uri))
            if found is None:
                return False
            if isinstance(event, MessageFailed) and self._resent_as_plain_text(event, *found):
                return True
            del self._on_its_way[(event.message_id, event.peer_uri)]
            self._answered(event, found[0])
            return True
        state = (
            MessageState.DELIVERED
            if isinstance(event, MessageDelivered)
            else MessageState.DISPLAYED
        )
        message_pk = self._update(event.message_id, event.peer_uri, state)
        if message_pk is None:
            # From someone the group message did not go to (who learnt its id): not the
            # one-to-one path's either, which would mark the whole message read.
            return self._groups.is_group_message(event.message_id)
        if isinstance(event, MessageDelivered):
            self._messaging.learn_format((event.account_key, event.peer_uri), True)
        self._settle(message_pk)
        return True

    def send_display_receipts(self, conversation: Conversation, message_ids: list[str]) -> None:
        """Each author of the messages read gets its own display receipts."""
        if not self._messaging.can_send(conversation.account_key):
            return
        by_author: dict[str, list[str]] = {}
        for message_id in message_ids:
            message = self._messages.find(conversation.id, message_id)
            if message is not None and message.author_uri:
                by_author.setdefault(message.author_uri, []).append(message_id)
        for author, ids in by_author.items():
            self._engine.send_display_receipts(conversation.account_key, author, ids)

    # ----- internals ------------------------------------------------------------------

    def _enqueue(self, account_key: str, member: str, message_pk: int) -> None:
        if (message_pk, member) in self._queued:
            return
        self._queued.add((message_pk, member))
        key = (account_key, member)
        self._queues.setdefault(key, collections.deque()).append(message_pk)
        self._send_next(key)

    def _send_next(self, key: MemberKey) -> None:
        queue = self._queues.get(key)
        while queue and key not in self._sending and self._messaging.can_send(key[0]):
            message_pk = queue.popleft()
            message = self._messages.get(message_pk)
            group = (
                None if message is None else self._groups.by_conversation(message.conversation_id)
            )
            if message is None or group is None or self._messaging.is_withheld(message):
                # Withheld: its copy stays pending in the store; given back, the message
                # comes again through hand_over.
                self._queued.discard((message_pk, key[1]))
                continue
            known = self._messaging.speaks_cpim(key)
            use_cpim = known is not False  # groups need CPIM: tried first, plain on refusal
            self._sending[key] = message_pk
            self._on_its_way[(message.message_id, key[1])] = (message_pk, use_cpim)
            self._engine_send(group, key[1], message, use_cpim)
        if queue is not None and not queue:
            del self._queues[key]

    def _engine_send(self, group: Group, member: str, message: Message, use_cpim: bool) -> None:
        own = self._own_uri(group.account_key)
        if not use_cpim:
            quoted = message.quote.first_line if message.quote is not None else ""
            body, content_type = plain_group_text(
                group.name,
                self._author_name(group.account_key) or author_of(own),
                message.body,
                message.content_type,
                quoted,
            )
            self._engine.send_message(
                group.account_key, member, message.message_id, body, content_type, False, ()
            )
            return
        self._engine.send_message(
            group.account_key,
            member,
            message.message_id,
            message.body,
            message.content_type,
            True,
            self._headers(group, member, message, own),
        )

    def _headers(self, group: Group, member: str, message: Message, own: str) -> ChatHeaders:
        is_event = message.content_type == GROUP_EVENT_CONTENT_TYPE
        behind = self._groups.seen_versions(group.id).get(member, 0) != group.version
        everyone = (
            group.members if group.status is not GroupStatus.MEMBER else (own, *group.members)
        )
        headers = group_chat_headers(
            GroupHeaders(
                group_id=group.id,
                name=group.name,
                version=group.version,
                members=everyone if is_event or behind else None,
                event=_event_name(message) if is_event else "",
            )
        )
        return headers + (((REPLY_TO_ID, message.reply_to),) if message.reply_to else ())

    def _resent_as_plain_text(self, event: MessageFailed, message_pk: int, as_cpim: bool) -> bool:
        """A member whose phone refused CPIM gets the copy again, once, as plain text."""
        if not as_cpim or event.code not in FORMAT_REFUSED:
            return False
        message = self._messages.get(message_pk)
        group = None if message is None else self._groups.by_conversation(message.conversation_id)
        if message is None or group is None or self._messaging.is_withheld(message):
            return False
        log.info("%s refused CPIM (%d): group copy sent as plain text", event.peer_uri, event.code)
        self._messaging.learn_format((event.account_key, event.peer_uri), False)
        self._on_its_way[(event.message_id, event.peer_uri)] = (message_pk, False)
        self._engine_send(group, event.peer_uri, message, False)
        return True

    def _answered(self, event: MessageSent | MessageFailed, message_pk: int) -> None:
        from jego_desktop.domain.engine_events import MessageSent

        member, key = event.peer_uri, (event.account_key, event.peer_uri)
        if isinstance(event, MessageSent):
            self._update(event.message_id, member, MessageState.SENT)
        else:
            self._update(event.message_id, member, MessageState.FAILED, event.reason)
            copy = (message_pk, member)
            if (
                event.code in TEMPORARY_FAILURES
                and self._retries.get(copy, 0) < MAX_AUTOMATIC_RETRIES
            ):
                self._retries[copy] = self._retries.get(copy, 0) + 1
                self._retry_later.setdefault(event.account_key, set()).add(message_pk)
        self._queued.discard((message_pk, member))
        if self._sending.get(key) == message_pk:
            del self._sending[key]
        self._settle(message_pk)
        self._send_next(key)

    def _recall_answered(self, event: MessageSent | MessageFailed) -> None:
        from jego_desktop.domain.engine_events import MessageSent

        recall = self._recalls[event.message_id]
        recall.waiting.discard(event.peer_uri)
        if isinstance(event, MessageSent) and not recall.done:
            # Taken back here as soon as one member's server has it; if the store
            # refuses, again at the next member's answer.
            try:
                changed = self._messages.recall_outgoing(recall.message.message_id)
            except StoreError:
                log.exception("could not take back message %s", recall.message.message_id)
                recall.not_saved = True
            else:
                recall.done = True
                if changed is not None:
                    self._messaging.message_changed.emit(changed.stored)
                    if changed.dropped:
                        self._messaging.attachments_dropped.emit(changed.dropped)
        if recall.waiting:
            return
        del self._recalls[event.message_id]
        if recall.not_saved and not recall.done:
            self._messaging.recall_not_saved.emit(recall.message)
        elif not recall.done:
            self._messaging.recall_failed.emit(recall.message)

    def _update(
        self, message_id: str, member: str, state: MessageState, reason: str = ""
    ) -> int | None:
        try:
            return self._groups.update_delivery(message_id, member, state, reason)
        except StoreError:
            log.exception("could not record %s of %s for %s", state.value, message_id, member)
            return None

    def _settle(self, message_pk: int) -> None:
        """The message as a whole follows its copies; the UI hears of every change."""
        state, reason = self._groups.summary_state(message_pk)
        message = self._messages.get(message_pk)
        if message is None:
            return
        if state is not None:
            self._messages.update_outgoing_state(message.message_id, state, reason=reason)
        self._messaging.publish_changed(message_pk)

    def _fail_whole(self, message: Message, reason: str) -> None:
        update = self._messages.update_outgoing_state(
            message.message_id, MessageState.FAILED, reason=reason
        )
        if update is not None and update.changed:
            self._messaging.message_changed.emit(update.message)


@dataclass
class _Recall:
    message: Message
    waiting: set[str]  # members whose server has not answered yet
    done: bool = False  # one member's server has it: taken back here
    not_saved: bool = False  # a member's server has it, but the store refused it here


def _event_name(message: Message) -> str:
    try:
        return parse_group_event(message.body, "").event
    except GroupEventError:
        return ""
