"""Group chats on the Chats page, attached from outside: the New group dialog, a group's
header ("4 members") and its members dialog, authors and membership lines in the
bubbles, invitations waiting above the list, and the line that replaces the composer
once the user left or was removed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

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
from jego_desktop.ui.chats.group_look import GroupBubbles
from jego_desktop.ui.chats.invitation_banner import InvitationBanner
from jego_desktop.ui.page_slot import PageSlot
from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.style import Palette

if TYPE_CHECKING:
    from jego_desktop.ui.chats.conversation_view import ConversationView
    from jego_desktop.ui.chats.group_members_dialog import GroupMembersDialog
    from jego_desktop.ui.chats.member_entry import ContactChoices
    from jego_desktop.ui.chats.new_group_dialog import NewGroupDialog


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
        pane: PageSlot[ConversationView],
        services: ChatServices,
        conversations: ConversationListModel,
        palette: Palette,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        assert services.groups is not None
        self._pane = pane
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
        self.new_group_dialog: NewGroupDialog | None = None
        self.members_dialog: GroupMembersDialog | None = None
        # Invitations from strangers wait above the list: an invited group has no
        # conversation until the user joins (models/chats/group_chats.py).
        self.waiting: list[Group] = []
        self.invitation_bar = InvitationBanner(palette)
        self.invitation_bar.hide()
        self.invitation_bar.join_requested.connect(lambda: self._answer_first(join=True))
        self.invitation_bar.decline_requested.connect(lambda: self._answer_first(join=False))
        self.gone = PlainLabel()  # instead of the composer, once the user is out
        self.gone.setObjectName("groupGone")
        self.gone.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.gone.setStyleSheet(f"color: {palette.muted}; padding: 14px;")
        pane.when_built(lambda view: view.members_requested.connect(self.show_members))
        groups.group_changed.connect(self._on_group_changed)
        groups.invitation_received.connect(self._on_invitation)
        groups.invitation_withdrawn.connect(self._on_invitation_withdrawn)
        self.groups_changed.connect(conversations.refresh)
        conversations.last_message = lambda conversation: next(
            iter(services.messages.page(conversation.id, limit=1)), None
        )

    @property
    def _view(self) -> ConversationView:
        return self._pane.page()

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
                self._view.model.status_of = lambda _message: ""
            return
        self._show(group)

    def retranslate(self) -> None:
        """The member count and the lines of the group shown, in the new language."""
        if self.group is not None:
            self._show(self.group)

    def _show(self, group: Group) -> None:
        names = self.member_names(group.account_key)
        self._view.set_title(group.name)
        self._view.set_group_header(member_count(len(group.members)))
        bubbles = GroupBubbles(names, self.groups.receipts, self._palette)
        self._view.delegate.set_group(bubbles)
        self._view.model.status_of = bubbles.status_text
        if group.active:
            if self._view.bottom.currentWidget() is self.gone:  # joined again
                self._view.show_composer()
        else:
            self.gone.setText(
                self.tr("You left this group.")
                if group.status is GroupStatus.LEFT
                else self.tr("You were removed from this group.")
            )
            self._view.show_bottom(self.gone)

    def show_waiting(self) -> None:
        """The invitations that wait (also those from before a restart)."""
        self.waiting = self.groups.invitations()
        self._show_waiting()

    def _on_invitation(self, _group: Group) -> None:
        # Read again, not appended: the invitations withdrawn since are no longer in the
        # store as waiting, and a stranger may invite and withdraw at will.
        self.show_waiting()

    def _on_invitation_withdrawn(self, group_id: str) -> None:
        if any(group.id == group_id for group in self.waiting):
            self.show_waiting()

    def _show_waiting(self) -> None:
        self.waiting = [group for group in self.waiting if group.status is GroupStatus.INVITED]
        if not self.waiting:
            self.invitation_bar.hide()
            return
        first = self.waiting[0]
        names = self.member_names(first.account_key)
        self.invitation_bar.show_invitation(names.name_of(first.invited_by), first.name)
        self.invitation_bar.set_more(len(self.waiting) - 1)
        self.invitation_bar.show()

    def _answer_first(self, *, join: bool) -> None:
        if not self.waiting:
            return
        group = self.waiting.pop(0)
        if join:
            self._answer(self.groups.accept_invitation, group.id)
        else:
            self._answer(self.groups.decline_invitation, group.id)
        self._show_waiting()
        joined = self.groups.group(group.id) if join else None
        conversation = self._conversations.get(joined.conversation_id) if joined else None
        if conversation is not None:
            self.groups_changed.emit()
            self.open_requested.emit(conversation)

    def _on_group_changed(self, group: Group) -> None:
        if group.status is not GroupStatus.INVITED and any(
            waiting.id == group.id for waiting in self.waiting
        ):
            self.waiting = [waiting for waiting in self.waiting if waiting.id != group.id]
            self._show_waiting()
        self.groups_changed.emit()
        if self.group is not None and group.id == self.group.id:
            self.group = group
            self._show(group)

    # ----- what the user does ---------------------------------------------------------

    def start_new_group(self, parent: QWidget) -> None:
        # The dialogs' modules are imported when first opened, not before the first paint.
        from jego_desktop.ui.chats.new_group_dialog import NewGroupDialog

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
        from jego_desktop.ui.chats.group_members_dialog import GroupMembersDialog

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

    def _answer(self, answer: Callable[[str], None], group_id: str) -> None:
        try:
            answer(group_id)
        except GroupError as error:
            self.problem.emit(problem_text(error.problem, error.detail))
