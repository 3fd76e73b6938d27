"""Group chats on the GUI thread: creating and changing groups, invitations, receipts.

The group is kept by its members (domain/groups.py, docs/chat_headers.md): every
change the user makes is a new membership version, written to the store, shown in the
group's conversation as a group event line and sent to the members as a message of
its own through the fan-out (models/chats/group_fanout.py). Changes made by others
arrive through the store's group sink (store/group_sink.py) on the engine thread.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from jego_desktop.domain.addresses import InvalidTargetError, to_sip_uri
from jego_desktop.domain.group_events import GroupEvent
from jego_desktop.domain.groups import (
    GROUP_EVENT_CONTENT_TYPE,
    MAX_GROUP_MEMBERS,
    Group,
    GroupError,
    GroupProblem,
    GroupReceipts,
    GroupStatus,
    checked_members,
    checked_name,
    group_id_of,
    new_group_id,
)
from jego_desktop.domain.messages import Message, MessageDirection
from jego_desktop.domain.outgoing_messages import new_message_id
from jego_desktop.domain.peers import normalise_peer_uri
from jego_desktop.domain.recall_rules import RecallRefusal, recall_refusal
from jego_desktop.models.chats.group_fanout import GroupFanout
from jego_desktop.store.accounts import AccountStore
from jego_desktop.store.errors import GroupChangedError, StoreError
from jego_desktop.store.groups import ChangeLine, GroupStore, HeldMessage
from jego_desktop.store.messages import MessageStore

if TYPE_CHECKING:
    from jego_desktop.domain.conversations import Conversation
    from jego_desktop.domain.engine_events import MessageReceived
    from jego_desktop.models.chats.group_sender import GroupReport
    from jego_desktop.models.chats.messaging import MessagingService
    from jego_desktop.store.database import Database

MAX_ATTEMPTS = 3  # to make a change the members' changes keep coming in between


@dataclass(frozen=True)
class _Edit:
    """A change the user makes: the group after it, and the event line telling the
    `recipients` of it (none when the user answers an invitation). Joining shows the
    `added` line (who added the user) and the messages held for the invitation;
    declining drops them."""

    group: Group
    event: GroupEvent | None = None
    recipients: tuple[str, ...] = ()
    added: GroupEvent | None = None
    declined: bool = False


class GroupChats(QObject):
    """The user's groups on every account; the messaging service's group sender.

    Beyond the agreed interface: `invitations()` lists the invitations waiting (also
    those from before a restart, which are not signalled again); GroupError is a
    ValueError (MessagingService.send raises it for a group the user is not in);
    `own_uri` names the user's address per account where the store has no account
    (tests); an outgoing group event line was written by the user, an incoming one by
    its `author_uri` (the same as the JSON's "by").

    Signals:
        group_changed(Group): created, renamed, members changed, left, joined.
        invitation_received(Group): a non-contact added the user (status INVITED);
            nothing of the group is shown before `accept_invitation`.
        invitation_withdrawn(str): the group id of an invitation the user had not
            answered, which its sender took back.
    """

    group_changed = Signal(object)
    invitation_received = Signal(object)
    invitation_withdrawn = Signal(str)

    def __init__(
        self,
        messaging: MessagingService,
        database: Database,
        *,
        home_region: Callable[[str], str] = lambda _account_key: "",
        own_uri: Callable[[str], str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._messaging = messaging
        self._home_region = home_region
        self._accounts = AccountStore(database)
        self._own_uri = own_uri or self._stored_own_uri
        self._store = GroupStore(database)
        self._messages = MessageStore(database)
        self._fanout = GroupFanout(
            messaging, self._store, self._messages, self._own, self._author_name
        )
        self._seen: dict[str, tuple[int, GroupStatus, str]] = {
            group.id: _look(group) for group in self._store.all()
        }
        messaging.set_group_sender(self)
        messaging.message_added.connect(self._on_message_added)

    # ----- the user's actions ---------------------------------------------------------

    def create_group(self, account_key: str, name: str, members: list[str]) -> Group:
        """Members as typed ("bob", "+86 138...", "sip:bob@x"); raises GroupError."""
        checked = checked_name(name)
        own = self._own(account_key)
        others = checked_members([self._complete(account_key, typed) for typed in members], own)
        group = Group(new_group_id(), account_key, checked, others, 1, GroupStatus.MEMBER, "", 0)
        try:
            return self._commit(_Edit(group, GroupEvent("created", own, checked, others), others))
        except StoreError as error:
            raise GroupError(GroupProblem.NOT_SAVED) from error

    def rename_group(self, group_id: str, name: str) -> None:
        def renamed(group: Group) -> _Edit | None:
            checked = checked_name(name)
            if checked == group.name:
                return None
            changed = dataclasses.replace(group, name=checked, version=group.version + 1)
            own = self._own(group.account_key)
            return _Edit(changed, GroupEvent("renamed", own, checked), changed.members)

        self._change(lambda: self._active(group_id), renamed)

    def add_members(self, group_id: str, members: list[str]) -> None:
        def added(group: Group) -> _Edit | None:
            own = self._own(group.account_key)
            wanted = checked_members([self._complete(group.account_key, m) for m in members], own)
            new = tuple(member for member in wanted if member not in group.members)
            if not new:
                return None
            if len(group.members) + len(new) + 1 > MAX_GROUP_MEMBERS:
                raise GroupError(GroupProblem.TOO_MANY_MEMBERS)
            changed = dataclasses.replace(
                group, members=group.members + new, version=group.version + 1
            )
            return _Edit(changed, GroupEvent("added", own, group.name, new), changed.members)

        self._change(lambda: self._active(group_id), added)

    def remove_member(self, group_id: str, member_uri: str) -> None:
        try:
            member = normalise_peer_uri(member_uri)
        except ValueError:
            member = ""

        def removed(group: Group) -> _Edit:
            if not member:
                raise GroupError(GroupProblem.BAD_ADDRESS, member_uri)
            if member not in group.members:
                raise GroupError(GroupProblem.NOT_A_MEMBER, member_uri)
            if len(group.members) == 1:
                raise GroupError(GroupProblem.NO_MEMBERS)
            kept = tuple(m for m in group.members if m != member)
            own = self._own(group.account_key)
            # The removed member hears of it too, so their app stops writing to the group.
            return _Edit(
                dataclasses.replace(group, members=kept, version=group.version + 1),
                GroupEvent("removed", own, group.name, (member,)),
                group.members,
            )

        self._change(lambda: self._active(group_id), removed)

    def leave_group(self, group_id: str) -> None:
        def left(group: Group) -> _Edit:
            own = self._own(group.account_key)
            return _Edit(
                dataclasses.replace(group, version=group.version + 1, status=GroupStatus.LEFT),
                GroupEvent("left", own, group.name),
                group.members,
            )

        self._change(lambda: self._active(group_id), left)

    def accept_invitation(self, group_id: str) -> None:
        def invited() -> Group:
            group = self._store.get(group_id)
            if group is None or group.status is not GroupStatus.INVITED:
                raise GroupError(GroupProblem.NOT_A_MEMBER, group_id)
            return group

        def joined(group: Group) -> _Edit:
            own = self._own(group.account_key)
            return _Edit(
                dataclasses.replace(group, status=GroupStatus.MEMBER),
                added=GroupEvent("added", group.invited_by, group.name, (own,)),
            )

        self._change(invited, joined)

    def decline_invitation(self, group_id: str) -> None:
        """The group stays, LEFT, so its further messages are refused; the messages held
        for the invitation are dropped."""

        def invited() -> Group | None:
            group = self._store.get(group_id)
            if group is None or group.status is not GroupStatus.INVITED:
                return None
            return group

        self._change(
            invited,
            lambda group: _Edit(dataclasses.replace(group, status=GroupStatus.LEFT), declined=True),
        )

    # ----- reading --------------------------------------------------------------------

    def group(self, group_id: str) -> Group | None:
        return self._store.get(group_id)

    def group_of_conversation(self, conversation_id: int) -> Group | None:
        return self._store.by_conversation(conversation_id)

    def invitations(self, account_key: str | None = None) -> list[Group]:
        """Invitations waiting for the user's answer (also those from before a restart)."""
        return [g for g in self._store.all(account_key) if g.status is GroupStatus.INVITED]

    def receipts(self, message_id: str) -> GroupReceipts | None:
        return self._store.receipts(message_id)

    # ----- the messaging service's group sender ---------------------------------------

    def check_sendable(self, account_key: str, peer_uri: str) -> None:
        group = self._store.get(group_id_of(peer_uri))
        if group is None or group.account_key != account_key or not group.active:
            raise GroupError(GroupProblem.NOT_A_MEMBER)

    def hand_over(self, conversation: Conversation, message: Message) -> None:
        self._fanout.hand_over(conversation, message)

    def on_report(self, event: GroupReport) -> bool:
        return self._fanout.on_report(event)

    def on_registered(self, account_key: str) -> None:
        self._fanout.on_registered(account_key)

    def send_display_receipts(self, conversation: Conversation, message_ids: list[str]) -> None:
        self._fanout.send_display_receipts(conversation, message_ids)

    def take_back_refusal(
        self, message: Message, *, now: float, connected: bool
    ) -> RecallRefusal | None:
        return recall_refusal(
            message,
            now=now,
            peer_reads_cpim=bool(self._fanout.recall_members(message)),
            connected=connected,
        )

    def take_back(self, message: Message) -> bool:
        return self._fanout.recall(message)

    def on_unstored(self, event: MessageReceived) -> None:
        for group in self.invitations(event.account_key):
            if self._seen.get(group.id) != _look(group):  # new, or a re-add after leaving
                self._seen[group.id] = _look(group)
                self.invitation_received.emit(group)
        # Invitations withdrawn meanwhile (their groups gone from the store, or no
        # longer waiting): strangers may invite and withdraw at will, so what is kept of
        # them must go too.
        waiting = self._store.invited_ids()
        for group_id, look in list(self._seen.items()):
            if look[1] is GroupStatus.INVITED and group_id not in waiting:
                del self._seen[group_id]
                self.invitation_withdrawn.emit(group_id)

    # ----- internals ------------------------------------------------------------------

    @Slot(object)
    def _on_message_added(self, message: Message) -> None:
        if message.direction is not MessageDirection.INCOMING or not message.author_uri:
            return
        group = self._store.by_conversation(message.conversation_id)
        if group is not None and self._seen.get(group.id) != _look(group):
            self._seen[group.id] = _look(group)
            self.group_changed.emit(group)

    def _change(
        self,
        read: Callable[[], Group | None],
        change: Callable[[Group], _Edit | None],
    ) -> tuple[Group, Group] | None:
        """The user's `change` of the group as `read` gives it, saved only if the group
        is still as read: a member's change can arrive on the engine thread in between,
        and is then kept, the user's being made again on top of it. (group as read,
        group saved), or None when `read` finds none or `change` changes nothing.
        GroupError(NOT_SAVED) when the group changed under every one of MAX_ATTEMPTS, or
        the database refused the change (nothing of it is then saved or sent)."""
        for attempt in range(1, MAX_ATTEMPTS + 1):
            try:
                group = read()
                if group is None:
                    return None
                edit = change(group)
                if edit is None:
                    return None
                return group, self._commit(edit, expected=group)
            except GroupChangedError as error:
                if attempt == MAX_ATTEMPTS:
                    raise GroupError(GroupProblem.NOT_SAVED) from error
            except StoreError as error:
                raise GroupError(GroupProblem.NOT_SAVED) from error
        raise AssertionError("unreachable")

    def _commit(self, edit: _Edit, *, expected: Group | None = None) -> Group:
        """Save the group with all the edit changes (one transaction), then announce them
        and send the event line to the recipients."""
        shown: list[Message] = []
        message = None
        if edit.added is not None:
            assert expected is not None
            added = HeldMessage(
                f"invitation-{expected.id}-{expected.version}",
                edit.added.by,
                edit.added.to_json(),
                GROUP_EVENT_CONTENT_TYPE,
                None,
                "",
            )
            saved, shown = self._store.join(edit.group, added, expected=expected)
        elif edit.declined:
            assert expected is not None
            saved = self._store.decline(edit.group, expected=expected)
        else:
            assert edit.event is not None
            line = ChangeLine(
                edit.event.to_json(),
                new_message_id(),
                edit.event.by,
                expected.members if expected is not None else (),  # to settle a concurrent one
                edit.recipients,
            )
            saved, message = self._store.save_change(edit.group, line, expected=expected)
        self._seen[saved.id] = _look(saved)
        self.group_changed.emit(saved)
        for shown_message in shown:
            self._messaging.message_added.emit(shown_message)
        if message is not None:
            self._messaging.message_added.emit(message)
            self._fanout.send_pending(message.id, saved.account_key)
        return saved

    def _active(self, group_id: str) -> Group:
        """The group, which the user is in (with no conversation when the user deleted
        it: the change brings it back, in the change's transaction)."""
        group = self._store.get(group_id)
        if group is None or not group.active:
            raise GroupError(GroupProblem.NOT_A_MEMBER, group_id)
        return group

    def _complete(self, account_key: str, typed: str) -> str:
        domain = self._own(account_key).rpartition("@")[2] or None
        try:
            return to_sip_uri(typed, domain, self._home_region(account_key))
        except InvalidTargetError:
            raise GroupError(GroupProblem.BAD_ADDRESS, typed) from None

    def _own(self, account_key: str) -> str:
        own = self._own_uri(account_key)
        try:
            return normalise_peer_uri(own)
        except ValueError:
            raise GroupError(GroupProblem.BAD_ADDRESS, own) from None

    def _author_name(self, account_key: str) -> str:
        """The account's display name ('' when none: the fan-out uses the user part)."""
        account = self._accounts.get(account_key)
        return account.display_name.strip() if account is not None else ""

    def _stored_own_uri(self, account_key: str) -> str:
        account = self._accounts.get(account_key)
        return account.aor if account is not None else ""


def _look(group: Group) -> tuple[int, GroupStatus, str]:
    return (group.version, group.status, group.name)
