"""Group chats on the Chats page, attached from outside: the New group dialog, a group's
header ("4 members") and its members dialog, authors and membership lines in the
bubbles, the invitation banner, and the line that replaces the composer once the user
left or was removed."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from jego_desktop.domain.conversations import Conversation
from jego_desktop.domain.errors import StoreError
from jego_desktop.domain.groups import Group, GroupError, GroupStatus, is_group_peer
from jego_desktop.models.chats.chat_services import ChatServices
from jego_desktop.models.chats.conversation_list import ConversationListModel
from jego_desktop.models.chats.group_texts import (
    MemberNames,
    member_count,
    own_uri_of,
    problem_text,
)
from jego_desktop.models.chats.new_group import UriFor
from jego_desktop.ui.chats.conversation_view import ConversationView
from jego_desktop.ui.chats.group_look import GroupBubbles
from jego_desktop.ui.chats.group_members_dialog import GroupMembersDialog
from jego_desktop.ui.chats.invitation_banner import InvitationBanner
from jego_desktop.ui.chats.member_entry import ContactChoices
from jego_desktop.ui.chats.new_group_dialog import NewGroupDialog
from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.style import Palette


class ChatGroups(QObject):
    """What the Chats page shows of groups; the page calls `follow` for each conversation
    it opens.

    Signals:
        open_requested(Conversation): show it (a group just created).
        groups_changed(): a group changed (its row in the list may read differently).
        problem(str): a sentence for the user.
    """

    open_requested = Signal(object)
    groups_changed = Signal()
    problem = Signal(str)

    def __init__(
        self,
        view: ConversationView,
        services: ChatServices,
        conversations: ConversationListModel,
        palette: Palette,
    ) -> None:
        super().__init__(view)
        assert services.groups is not None
        self._view = view
        self._conversations = services.conversations
        self.groups = groups = services.groups
        self._palette = palette
        self._uri_for: UriFor = lambda _text: (None, "")
        self._account_key: Callable[[], str] = lambda: ""
        self._names: Callable[[], Callable[[str], str]] = lambda: lambda _uri: ""
        self._home_region: Callable[[], str] = lambda: ""
        self.contacts: ContactChoices = lambda: []  # (name, URI) to pick members from
        # Asks before the user leaves a group (a dialog unless a test gives another).
        self.confirm: Callable[[str], bool] = self._confirm_leaving
        self.group: Group | None = None  # the group of the conversation shown
        self._declined: set[str] = set()  # invitations declined since the start
        self.new_group_dialog: NewGroupDialog | None = None
        self.members_dialog: GroupMembersDialog | None = None
        self.banner = InvitationBanner(palette)
        self.banner.hide()
        self.banner.join_requested.connect(self.join)
        self.banner.decline_requested.connect(self.decline)
        self.gone = PlainLabel()  # instead of the composer, once the user is out
        self.gone.setObjectName("groupGone")
        self.gone.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.gone.setStyleSheet(f"color: {palette.muted}; padding: 14px;")
        view.members_requested.connect(self.show_members)
        groups.group_changed.connect(self._on_group_changed)
        groups.invitation_received.connect(self._on_group_changed)
        self.groups_changed.connect(conversations.refresh)
        conversations.last_message = lambda conversation: next(
            iter(services.messages.page(conversation.id, limit=1)), None
        )

    def set_sources(
        self,
        uri_for: UriFor,
        account_key: Callable[[], str],
        names: Callable[[], Callable[[str], str]],
        home_region: Callable[[], str],
    ) -> None:
        """How typed members are completed, the account new groups are made on, and the
        current contact names and home region."""
        self._uri_for = uri_for
        self._account_key = account_key
        self._names = names
        self._home_region = home_region

    def member_names(self, account_key: str) -> MemberNames:
        return MemberNames(self._names(), own_uri_of(account_key), self._home_region())

    # ----- the conversation shown -----------------------------------------------------

    def follow(self, conversation: Conversation | None) -> None:
        """The page shows `conversation` (None: nothing, or not a group)."""
        group = None
        if conversation is not None and is_group_peer(conversation.peer_uri):
            group = self.groups.group_of_conversation(conversation.id)
        was_group = self.group is not None
        self.group = group
        if group is None:
            if was_group:
                self._view.set_group_header(None)
                self._view.delegate.set_group(None)
                self._view.set_banner(None)
            return
        self._show(group)

    def _show(self, group: Group) -> None:
        names = self.member_names(group.account_key)
        self._view.set_title(group.name)
        self._view.set_group_header(member_count(len(group.members)))
        self._view.delegate.set_group(GroupBubbles(names, self.groups.receipts, self._palette))
        if group.id in self._declined and not group.active:
            self.banner.show_declined(group.name)
            self._view.set_banner(self.banner)
            self._view.members_button.setEnabled(False)
            return
        if group.status is GroupStatus.INVITED:
            self.banner.show_invitation(names.name_of(group.invited_by), group.name)
            self._view.set_banner(self.banner)
            self._view.members_button.setEnabled(False)
            return
        self._view.set_banner(None)
        self._view.members_button.setEnabled(True)
        if group.active:
            self._view.show_composer()
        else:
            self.gone.setText(
                self.tr("You left this group.")
                if group.status is GroupStatus.LEFT
                else self.tr("You were removed from this group.")
            )
            self._view.show_bottom(self.gone)

    def _on_group_changed(self, group: Group) -> None:
        self.groups_changed.emit()
        if self.group is not None and group.id == self.group.id:
            self.group = group
            self._show(group)

    # ----- what the user does ---------------------------------------------------------

    def start_new_group(self, parent: QWidget) -> None:
        account_key = self._account_key()
        dialog = NewGroupDialog(
            self._uri_for, self.member_names(account_key), self.contacts, self._palette, parent
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.create_requested.connect(lambda: self._create(dialog, account_key))
        dialog.finished.connect(lambda _result: setattr(self, "new_group_dialog", None))
        self.new_group_dialog = dialog
        dialog.open()

    def _create(self, dialog: NewGroupDialog, account_key: str) -> None:
        try:
            group = self.groups.create_group(
                account_key, dialog.form.name, dialog.form.member_uris()
            )
        except GroupError as error:
            dialog.show_problem(problem_text(error.problem, error.detail))
            return
        except (ValueError, StoreError) as error:
            dialog.show_problem(str(error))
            return
        dialog.done_creating()
        self.groups_changed.emit()  # the list has the new conversation before it is shown
        conversation = self._conversations.get(group.conversation_id)
        if conversation is not None:
            self.open_requested.emit(conversation)

    def show_members(self) -> None:
        group = self.group
        if group is None or group.status is GroupStatus.INVITED:
            return
        dialog = GroupMembersDialog(
            group,
            self.groups,
            self._uri_for,
            self.member_names(group.account_key),
            self.contacts,
            lambda question: self.confirm(question),
            self._palette,
            self._view,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: setattr(self, "members_dialog", None))
        self.members_dialog = dialog
        dialog.open()

    def _confirm_leaving(self, question: str) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Leave group"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.members_dialog or self._view,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # the group's name came from a member
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Leave"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def join(self) -> None:
        if self.group is not None:
            self._answer(self.groups.accept_invitation, self.group.id)

    def decline(self) -> None:
        if self.group is not None:
            self._declined.add(self.group.id)
            self._answer(self.groups.decline_invitation, self.group.id)
            if self.group is not None:
                self._show(self.group)

    def _answer(self, answer: Callable[[str], None], group_id: str) -> None:
        try:
            answer(group_id)
        except GroupError as error:
            self.problem.emit(problem_text(error.problem, error.detail))
