"""Incoming group messages on the engine thread: the membership rules, then the store."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable

from jego_desktop.domain.group_events import GroupEventError, parse_group_event
from jego_desktop.domain.group_rules import Verdict, on_arrival
from jego_desktop.domain.groups import GROUP_EVENT_CONTENT_TYPE, Group, group_peer
from jego_desktop.domain.incoming_messages import AcceptResult, IncomingText
from jego_desktop.domain.peers import normalise_peer_uri
from jego_desktop.store.accounts import AccountStore
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.groups import GroupStore
from jego_desktop.store.messages import MessageStore

log = logging.getLogger(__name__)


class GroupSink:
    """Accepts a group message (IncomingText with `group`) or refuses it.

    A refused message is logged and nothing is stored: AcceptResult(is_new=False), so
    the engine announces nothing. An invitation from a stranger stores only the group,
    INVITED, and is announced with no stored message (AcceptResult(True, None)).
    """

    def __init__(
        self,
        conversations: ConversationStore,
        messages: MessageStore,
        is_known: Callable[[str, str], bool],
    ) -> None:
        self._conversations = conversations
        self._messages = messages
        self._groups = GroupStore(conversations.database)
        self._accounts = AccountStore(conversations.database)
        self._is_known = is_known

    def accept(self, text: IncomingText) -> AcceptResult:
        headers = text.group
        assert headers is not None
        sender = text.peer_uri
        stored = self._groups.get(headers.group_id)
        arrival = on_arrival(
            stored,
            headers,
            account_key=text.account_key,
            sender=sender,
            own_uris=self._own_uris(text),
            sender_is_known=stored is None and self._is_known(text.account_key, sender),
            pending_invitations=self._groups.invitations(text.account_key) if stored is None else 0,
            invitations_from_sender=(
                self._groups.invitations(text.account_key, sender) if stored is None else 0
            ),
        )
        if arrival.verdict is Verdict.REFUSED or arrival.group is None:
            log.warning(
                "group message %s from %s refused: %s",
                text.message_id[:80],
                sender[:100],
                arrival.reason,
            )
            return AcceptResult(is_new=False)
        group = arrival.group
        if arrival.verdict is Verdict.INVITED:
            self._groups.save(group)
            log.info("invitation to group %s from %s waits", group.id, sender[:100])
            return AcceptResult(is_new=True)
        body, content_type = text.body, text.content_type
        if headers.event or content_type == GROUP_EVENT_CONTENT_TYPE:
            try:
                event = parse_group_event(text.body, sender)
            except GroupEventError as error:
                log.warning("group event from %s refused: %s", sender[:100], error)
                return AcceptResult(is_new=False)
            body, content_type = event.to_json(), GROUP_EVENT_CONTENT_TYPE
        group = self._with_conversation(group)
        if arrival.changed or group != stored:
            self._groups.save(group)
            if stored is None or group.name != stored.name:
                self._conversations.set_title(group.conversation_id, group.name)
        self._groups.saw_version(group.id, sender, headers.version)
        result = self._messages.insert_incoming(
            group.conversation_id,
            text.message_id,
            body,
            content_type=content_type,
            sip_call_id=text.sip_call_id,
            sent_at=text.sent_at,
            wants_display_report=text.wants_display_report,
            attachments=text.attachments,
            reply_to=text.reply_to,
            author_uri=sender,
        )
        return AcceptResult(result.is_new, result.message)

    def _with_conversation(self, group: Group) -> Group:
        if group.conversation_id:
            return group
        conversation = self._conversations.get_or_create(group.account_key, group_peer(group.id))
        return dataclasses.replace(group, conversation_id=conversation.id)

    def _own_uris(self, text: IncomingText) -> frozenset[str]:
        """The user's address as the account has it and as the sender wrote it."""
        found = set()
        account = self._accounts.get(text.account_key)
        for uri in (account.aor if account is not None else "", text.own_uri):
            try:
                found.add(normalise_peer_uri(uri))
            except ValueError:
                continue
        return frozenset(found)
