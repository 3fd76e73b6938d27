"""GroupChats in memory for the UI tests: groups over the real conversation store, the
calls the UI made, and membership events stored as the real one stores them."""

from __future__ import annotations

import json
from dataclasses import replace

from jego_desktop.domain.groups import (
    GROUP_EVENT_CONTENT_TYPE,
    Group,
    GroupReceipts,
    GroupStatus,
    checked_members,
    checked_name,
    group_peer,
)
from jego_desktop.domain.messages import Message
from jego_desktop.models.chats.group_chats import GroupChats
from jego_desktop.models.chats.messaging import MessagingService
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.messages import MessageStore

OWN = "sip:+33100000000@sip.example.org"


class FakeGroupChats(GroupChats):
    def __init__(self, messaging: MessagingService, database: Database) -> None:
        super().__init__(messaging, database)
        self._conversations = ConversationStore(database)
        self._messages = MessageStore(database)
        self._groups: dict[str, Group] = {}
        self.calls: list[tuple[object, ...]] = []
        self.receipts_by_id: dict[str, GroupReceipts] = {}
        self._next = 0

    # ----- what tests set up ----------------------------------------------------------

    def make(
        self,
        account_key: str,
        name: str,
        members: list[str],
        *,
        status: GroupStatus = GroupStatus.MEMBER,
        invited_by: str = "",
    ) -> Group:
        self._next += 1
        group_id = f"{self._next:032x}"
        conversation = self._conversations.get_or_create(account_key, group_peer(group_id))
        self._conversations.set_title(conversation.id, name)
        group = Group(
            group_id,
            account_key,
            name,
            checked_members(members, OWN),
            1,
            status,
            invited_by,
            conversation.id,
        )
        self._groups[group_id] = group
        return group

    def store_event(self, group: Group, body: str) -> Message:
        """A membership event stored as a system line, shown as the service shows it."""
        self._next += 1
        stored = self._messages.insert_incoming(
            group.conversation_id,
            f"event-{self._next}",
            body,
            content_type=GROUP_EVENT_CONTENT_TYPE,
        )
        message = self._messages.get(stored.message.id)
        assert message is not None
        self._messaging.message_added.emit(message)
        return message

    def last_call(self) -> tuple[object, ...]:
        return self.calls[-1]

    def _change(self, group: Group, body: dict[str, object]) -> None:
        self._groups[group.id] = group
        self._conversations.set_title(group.conversation_id, group.name)
        self.store_event(group, json.dumps(body))
        self.group_changed.emit(group)

    # ----- GroupChats -----------------------------------------------------------------

    def create_group(self, account_key: str, name: str, members: list[str]) -> Group:
        self.calls.append(("create_group", account_key, name, list(members)))
        group = self.make(account_key, checked_name(name), members)
        self._change(group, {"event": "created", "by": OWN, "name": group.name})
        return group

    def rename_group(self, group_id: str, name: str) -> None:
        self.calls.append(("rename_group", group_id, name))
        group = replace(self._groups[group_id], name=checked_name(name))
        self._change(group, {"event": "renamed", "by": OWN, "name": group.name})

    def add_members(self, group_id: str, members: list[str]) -> None:
        self.calls.append(("add_members", group_id, list(members)))
        group = self._groups[group_id]
        more = checked_members([*group.members, *members], OWN)
        self._change(
            replace(group, members=more, version=group.version + 1),
            {"event": "added", "by": OWN, "members": members},
        )

    def remove_member(self, group_id: str, member_uri: str) -> None:
        self.calls.append(("remove_member", group_id, member_uri))
        group = self._groups[group_id]
        left = tuple(uri for uri in group.members if uri != member_uri)
        self._change(
            replace(group, members=left, version=group.version + 1),
            {"event": "removed", "by": OWN, "members": [member_uri]},
        )

    def leave_group(self, group_id: str) -> None:
        self.calls.append(("leave_group", group_id))
        group = replace(self._groups[group_id], status=GroupStatus.LEFT)
        self._change(group, {"event": "left", "by": OWN})

    def accept_invitation(self, group_id: str) -> None:
        self.calls.append(("accept_invitation", group_id))
        group = replace(self._groups[group_id], status=GroupStatus.MEMBER)
        self._change(group, {"event": "joined", "by": OWN})

    def decline_invitation(self, group_id: str) -> None:
        self.calls.append(("decline_invitation", group_id))
        group = replace(self._groups[group_id], status=GroupStatus.LEFT)
        self._groups[group_id] = group
        self.group_changed.emit(group)

    def group(self, group_id: str) -> Group | None:
        return self._groups.get(group_id)

    def group_of_conversation(self, conversation_id: int) -> Group | None:
        return next(
            (g for g in self._groups.values() if g.conversation_id == conversation_id), None
        )

    def receipts(self, message_id: str) -> GroupReceipts | None:
        return self.receipts_by_id.get(message_id)
