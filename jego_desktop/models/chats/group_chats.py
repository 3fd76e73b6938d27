"""Group chats on the GUI thread: creating and changing groups, invitations, receipts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from jego_desktop.domain.groups import Group, GroupReceipts
from jego_desktop.models.chats.messaging import MessagingService
from jego_desktop.store.database import Database


class GroupChats(QObject):
    """The user's groups on every account.

    Signals:
        group_changed(Group): created, renamed, members changed, left, joined.
        invitation_received(Group): a non-contact added the user (status INVITED);
            nothing of the group is shown before `accept_invitation`.
    """

    group_changed = Signal(object)
    invitation_received = Signal(object)

    def __init__(
        self,
        messaging: MessagingService,
        database: Database,
        *,
        home_region: Callable[[str], str] = lambda _account_key: "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._messaging = messaging
        self._database = database
        self._home_region = home_region

    def create_group(self, account_key: str, name: str, members: list[str]) -> Group:
        """Members as typed ("bob", "+86 138...", "sip:bob@x"); raises GroupError."""
        raise NotImplementedError

    def rename_group(self, group_id: str, name: str) -> None:
        raise NotImplementedError

    def add_members(self, group_id: str, members: list[str]) -> None:
        raise NotImplementedError

    def remove_member(self, group_id: str, member_uri: str) -> None:
        raise NotImplementedError

    def leave_group(self, group_id: str) -> None:
        raise NotImplementedError

    def accept_invitation(self, group_id: str) -> None:
        raise NotImplementedError

    def decline_invitation(self, group_id: str) -> None:
        raise NotImplementedError

    def group(self, group_id: str) -> Group | None:
        raise NotImplementedError

    def group_of_conversation(self, conversation_id: int) -> Group | None:
        raise NotImplementedError

    def receipts(self, message_id: str) -> GroupReceipts | None:
        raise NotImplementedError
