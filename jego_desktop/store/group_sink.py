"""Incoming group messages on the engine thread: the membership rules, then the store."""

from __future__ import annotations

import dataclasses
import logging
import sqlite3
from collections.abc import Callable
from typing import TYPE_CHECKING

from jego_desktop.domain.group_events import GroupEvent, GroupEventError, parse_group_event
from jego_desktop.domain.group_rules import Change, LastChange, Verdict, on_arrival
from jego_desktop.domain.groups import GROUP_EVENT_CONTENT_TYPE, Group, GroupStatus, group_peer
from jego_desktop.domain.peers import normalise_peer_uri
from jego_desktop.store.accounts import AccountStore
from jego_desktop.store.conversations import conversation_with, save_title
from jego_desktop.store.group_held import (
    HeldMessage,
    drop_held_message,
    drop_held_messages,
    hold_message,
)
from jego_desktop.store.groups import (
    count_invitations,
    delete_group,
    load_group,
    load_last_change,
    save_group,
    save_last_change,
    save_seen_version,
)
from jego_desktop.store.messages import store_incoming, take_back_incoming

if TYPE_CHECKING:
    from jego_desktop.domain.incoming_messages import (
        AcceptResult,
        IncomingRecall,
        IncomingText,
        RecallResult,
    )
    from jego_desktop.store.database import Database

log = logging.getLogger(__name__)


class GroupSink:
    """Accepts a group message (IncomingText with `group`) or refuses it.

    A refused message is logged and nothing is stored: AcceptResult(is_new=False), so
    the engine announces nothing. An invitation from a stranger stores only the group,
    INVITED, and is announced with no stored message (AcceptResult(True, None)); so is
    its withdrawal before the user answered, for the GUI to stop showing it at once.
    """

    def __init__(self, database: Database, is_known: Callable[[str, str], bool]) -> None:
        self._db = database
        self._accounts = AccountStore(database)
        self._is_known = is_known

    def accept(self, text: IncomingText) -> AcceptResult:
        """One durable transaction from reading the group to storing the message: a
        failure part-way (a full disk) leaves nothing of it, the engine sends no
        receipt and the sender sends it again; and no change the user makes on the GUI
        thread comes between the read and the write."""
        from jego_desktop.domain.incoming_messages import AcceptResult  # see StoreMessageSink

        headers = text.group
        assert headers is not None
        own_uris = self._own_uris(text)
        event: GroupEvent | None = None
        if headers.event or text.content_type == GROUP_EVENT_CONTENT_TYPE:
            try:
                event = parse_group_event(text.body, text.peer_uri)
            except GroupEventError as error:
                log.warning("group event from %s refused: %s", text.peer_uri[:100], error)
                return AcceptResult(is_new=False)
        with self._db.write(durable=True) as connection:
            return self._accept(connection, text, event, own_uris)

    def recall(self, recall: IncomingRecall, *, within_s: float) -> RecallResult | None:
        """A member takes back their message, in one transaction: its held copy, if the
        user's invitation waits, and the message in the group's conversation, if it
        arrived at most `within_s` ago; what changed in the conversation, or None."""
        assert recall.group_id
        with self._db.write() as connection:
            group = load_group(connection, recall.group_id)
            if group is None or group.account_key != recall.account_key:
                return None
            drop_held_message(connection, group.id, recall.message_id, recall.peer_uri)
            if not group.conversation_id:
                return None
            return take_back_incoming(
                connection,
                group.conversation_id,
                recall.message_id,
                at=self._db.now(),
                within_s=within_s,
                author_uri=recall.peer_uri,
            )

    def _accept(
        self,
        connection: sqlite3.Connection,
        text: IncomingText,
        event: GroupEvent | None,
        own_uris: frozenset[str],
    ) -> AcceptResult:
        from jego_desktop.domain.incoming_messages import AcceptResult

        headers = text.group
        assert headers is not None
        sender = text.peer_uri
        stored = load_group(connection, headers.group_id)
        last = load_last_change(connection, headers.group_id)
        may_invite = stored is None or not stored.active
        arrival = on_arrival(
            stored,
            headers,
            account_key=text.account_key,
            sender=sender,
            own_uris=own_uris,
            sender_is_known=may_invite and self._is_known(text.account_key, sender),
            pending_invitations=(
                count_invitations(connection, text.account_key) if may_invite else 0
            ),
            invitations_from_sender=(
                count_invitations(connection, text.account_key, sender) if may_invite else 0
            ),
            change=Change(
                text.message_id,
                event is not None
                and event.event == "added"
                and any(member in own_uris for member in event.members),
            ),
            last_change=last,
        )
        if arrival.group is None:
            log.warning(
                "group message %s from %s refused: %s",
                text.message_id[:80],
                sender[:100],
                arrival.reason,
            )
            return AcceptResult(is_new=False)
        group = arrival.group
        if arrival.verdict is Verdict.REFUSED and not group.conversation_id:
            # An invitation the user never answered, withdrawn: nothing of it stays, or
            # strangers could pile up groups past MAX_PENDING_INVITATIONS by inviting
            # and withdrawing. (A group the user was once in keeps its row, REMOVED.)
            log.info("invitation to group %s withdrawn by %s", group.id, sender[:100])
            delete_group(connection, group.id)
            return AcceptResult(is_new=stored is not None and stored.status is GroupStatus.INVITED)
        if arrival.changed and group != stored:
            save_group(connection, group, self._db.now())
            if event is not None:
                prior = (
                    last.prior_members
                    if stored is not None and group.version == stored.version
                    else stored.members
                    if stored is not None
                    else ()
                )
                save_last_change(connection, group.id, LastChange(sender, text.message_id, prior))
        if arrival.verdict is Verdict.REFUSED:  # the invitation's list no longer names the user
            log.info("invitation to group %s withdrawn by %s", group.id, sender[:100])
            drop_held_messages(connection, group.id)
            return AcceptResult(is_new=stored is not None and stored.status is GroupStatus.INVITED)
        if arrival.verdict is Verdict.INVITED:
            log.info("invitation to group %s from %s waits", group.id, sender[:100])
            _hold(connection, group, text, event)
            return AcceptResult(is_new=True)
        if arrival.verdict is Verdict.HELD:
            _hold(connection, group, text, event)
            return AcceptResult(is_new=False)
        if event is not None and not arrival.changed:
            # An older change, or one that lost to a change of the same version: its
            # line would tell of a change that did not happen here.
            log.info("group event %s from %s changes nothing", text.message_id[:80], sender[:100])
            return AcceptResult(is_new=False)
        body, content_type = text.body, text.content_type
        if event is not None:
            body, content_type = event.to_json(), GROUP_EVENT_CONTENT_TYPE
        with_conversation = self._with_conversation(connection, group)
        if with_conversation != group or group != stored:
            save_group(connection, with_conversation, self._db.now())
            if stored is None or group.name != stored.name or stored.conversation_id == 0:
                save_title(connection, with_conversation.conversation_id, group.name)
        group = with_conversation
        save_seen_version(connection, group.id, sender, headers.version)
        result = store_incoming(
            connection,
            group.conversation_id,
            text.message_id,
            body,
            received_at=self._db.now(),
            content_type=content_type,
            sip_call_id=text.sip_call_id,
            sent_at=text.sent_at,
            wants_display_report=text.wants_display_report,
            attachments=text.attachments,
            reply_to=text.reply_to,
            author_uri=sender,
        )
        return AcceptResult(result.is_new, result.message)

    def _with_conversation(self, connection: sqlite3.Connection, group: Group) -> Group:
        if group.conversation_id:
            return group
        conversation = conversation_with(
            connection, group.account_key, group_peer(group.id), self._db.now()
        )
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


def _hold(
    connection: sqlite3.Connection, group: Group, text: IncomingText, event: GroupEvent | None
) -> None:
    """Kept unseen until the user answers the invitation (an event is not: the user
    sees who added them when accepting)."""
    if event is not None:
        return
    held = HeldMessage(
        text.message_id,
        text.peer_uri,
        text.body,
        text.content_type,
        text.sent_at,
        text.reply_to,
    )
    if not hold_message(connection, group.id, held):
        log.info("message %s of a waiting invitation not held", text.message_id[:80])
