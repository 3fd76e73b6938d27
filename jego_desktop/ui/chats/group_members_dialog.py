"""A group's members: the list ("You" first, then contacts' names or numbers), Add,
Remove, Rename, and Leave group (asked first)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jego_desktop.domain.groups import MAX_GROUP_NAME_CHARS, Group, GroupError, checked_name
from jego_desktop.models.chats.group_chats import GroupChats
from jego_desktop.models.chats.group_texts import MemberNames, member_count, problem_text
from jego_desktop.models.chats.new_group import NewGroupForm, UriFor
from jego_desktop.ui.chats.member_entry import (
    URI_ROLE,
    ContactChoices,
    MemberEntry,
    lists_stylesheet,
)
from jego_desktop.ui.plain_text import PlainLabel, plain_tooltip
from jego_desktop.ui.style import SPACING, Palette


class GroupMembersDialog(QDialog):
    """Changes go to `groups` at once; the dialog follows `group_changed`."""

    def __init__(
        self,
        group: Group,
        groups: GroupChats,
        uri_for: UriFor,
        names: MemberNames,
        contacts: ContactChoices,
        confirm: Callable[[str], bool],
        palette: Palette,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("groupMembers")
        self.group = group
        self._groups = groups
        self._names = names
        self._confirm = confirm
        name_label = PlainLabel(self.tr("Group name"))
        self.name_entry = QLineEdit(group.name)
        self.name_entry.setObjectName("groupRenameEntry")
        self.name_entry.setAccessibleName(self.tr("Group name"))
        self.name_entry.setMaxLength(MAX_GROUP_NAME_CHARS * 2)
        self.rename_button = QPushButton(self.tr("Rename"))
        self.rename_button.setObjectName("groupRename")
        self.rename_button.setEnabled(False)
        self.rename_button.clicked.connect(self.rename)
        self.name_entry.textChanged.connect(self._check_name)
        self.name_entry.returnPressed.connect(self.rename)
        self.count = PlainLabel()
        self.count.setObjectName("groupMembersCount")
        self.count.setStyleSheet("font-weight: 600;")
        self.list = QListWidget()
        self.list.setObjectName("groupMemberList")
        self.list.setAccessibleName(self.tr("Members"))
        self.list.currentItemChanged.connect(lambda *_args: self._check_remove())
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("groupRemoveMember")
        self.remove_button.clicked.connect(self.remove_current)
        add_label = PlainLabel(self.tr("Add members"))
        self.form = NewGroupForm(uri_for, names, self)
        self.entry = MemberEntry(self.form, contacts, palette)
        self.entry.locked = lambda uri: self.form.has(uri)  # in the group: Remove above
        self.entry.contact_list.setMaximumHeight(120)
        self.entry.added.connect(self._add)
        add_label.setBuddy(self.entry.entry)
        self.problem = PlainLabel()
        self.problem.setObjectName("groupProblem")
        self.problem.setStyleSheet(f"color: {palette.danger};")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.leave_button = QPushButton(self.tr("Leave group"))
        self.leave_button.setObjectName("groupLeave")
        self.leave_button.setStyleSheet(f"color: {palette.danger};")
        self.leave_button.clicked.connect(self.leave)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        name_row = QHBoxLayout()
        name_row.addWidget(self.name_entry, 1)
        name_row.addWidget(self.rename_button)
        list_row = QHBoxLayout()
        list_row.addWidget(self.count, 1)
        list_row.addWidget(self.remove_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.leave_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        column = QVBoxLayout(self)
        column.setSpacing(SPACING)
        column.addWidget(name_label)
        column.addLayout(name_row)
        column.addLayout(list_row)
        column.addWidget(self.list, 1)
        column.addWidget(add_label)
        column.addWidget(self.entry)
        column.addWidget(self.problem)
        column.addLayout(bottom)
        groups.group_changed.connect(self._on_group_changed)
        self.setMinimumSize(400, 540)
        self.setStyleSheet(lists_stylesheet(palette))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._show_group()
        self.entry.entry.setFocus()

    # ----- what the user does ---------------------------------------------------------

    def rename(self) -> None:
        try:
            self._groups.rename_group(self.group.id, self.name_entry.text())
        except GroupError as error:
            self._say(problem_text(error.problem, error.detail))
            return
        self._say("")
        self.rename_button.setEnabled(False)

    def remove_current(self) -> None:
        item = self.list.currentItem()
        uri = str(item.data(URI_ROLE)) if item is not None else ""
        if not uri:
            return
        try:
            self._groups.remove_member(self.group.id, uri)
        except GroupError as error:
            self._say(problem_text(error.problem, error.detail))

    def leave(self) -> None:
        question = self.tr(
            "Leave “%1”? You will no longer get its messages, and someone in it has to add"
            " you again to come back."
        ).replace("%1", self.group.name)
        if not self._confirm(question):
            return
        try:
            self._groups.leave_group(self.group.id)
        except GroupError as error:
            self._say(problem_text(error.problem, error.detail))
            return
        self.accept()

    def _add(self, uri: str) -> None:
        try:
            self._groups.add_members(self.group.id, [uri])
        except GroupError as error:
            self.form.remove(uri)
            self._say(problem_text(error.problem, error.detail))
            return
        self._say("")

    # ----- what is shown --------------------------------------------------------------

    def _on_group_changed(self, group: Group) -> None:
        if group.id == self.group.id:
            self.group = group
            self._show_group()

    def _show_group(self) -> None:
        group = self.group
        self.setWindowTitle(group.name)
        if not self.name_entry.hasFocus():
            self.name_entry.setText(group.name)
        self.count.setText(member_count(len(group.members)))
        self.list.clear()
        you = QListWidgetItem(self.tr("You"))
        you.setData(URI_ROLE, "")
        self.list.addItem(you)
        for uri in sorted(group.members, key=lambda uri: self._names.name_of(uri).casefold()):
            item = QListWidgetItem(self._names.name_of(uri))  # plain text in a list
            item.setData(URI_ROLE, uri)
            item.setToolTip(plain_tooltip(uri.removeprefix("sip:")))
            self.list.addItem(item)
        # The form counts who is in already: the same 49 as when creating.
        for member in list(self.form.members):
            if member.uri not in group.members:
                self.form.remove(member.uri)
        for uri in group.members:
            if not self.form.has(uri):
                self.form.add_contact(uri, self._names.name_of(uri))
        self.entry.refill()
        active = group.active
        for widget in (self.name_entry, self.entry, self.leave_button):
            widget.setEnabled(active)
        self._check_name(self.name_entry.text())
        self._check_remove()

    def _check_name(self, text: str) -> None:
        try:
            changed = checked_name(text) != self.group.name
        except GroupError as error:
            self._say(problem_text(error.problem))
            self.rename_button.setEnabled(False)
            return
        self._say("")
        self.rename_button.setEnabled(changed and self.group.active)

    def _check_remove(self) -> None:
        item = self.list.currentItem()
        self.remove_button.setEnabled(
            self.group.active and item is not None and bool(item.data(URI_ROLE))
        )

    def _say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
