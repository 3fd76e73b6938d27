"""New group: its name and its members ("3 of 49"); Create waits until both are right."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from jego_desktop.domain.groups import MAX_GROUP_NAME_CHARS
from jego_desktop.models.chats.group_texts import MemberNames
from jego_desktop.models.chats.new_group import NewGroupForm, UriFor
from jego_desktop.ui.chats.member_entry import (
    URI_ROLE,
    ContactChoices,
    MemberEntry,
    lists_stylesheet,
)
from jego_desktop.ui.plain_text import PlainLabel, plain_tooltip
from jego_desktop.ui.style import SPACING, Palette


class NewGroupDialog(QDialog):
    """`form` holds the name and the members' URIs to create the group with.

    Signals:
        create_requested(): Create was pressed with a valid form. Whoever creates the
            group calls `done_creating` (the dialog closes) or `show_problem` (it stays).
    """

    create_requested = Signal()

    def __init__(
        self,
        uri_for: UriFor,
        names: MemberNames,
        contacts: ContactChoices,
        palette: Palette,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newGroup")
        self.setWindowTitle(self.tr("New group"))
        self.form = NewGroupForm(uri_for, names, self)
        self._name_touched = False
        name_label = PlainLabel(self.tr("Group name"))
        self.name_entry = QLineEdit()
        self.name_entry.setObjectName("groupNameEntry")
        self.name_entry.setAccessibleName(name_label.text())
        self.name_entry.setPlaceholderText(self.tr("e.g. Family"))
        self.name_entry.setMaxLength(MAX_GROUP_NAME_CHARS * 2)  # too long is said, not cut
        name_label.setBuddy(self.name_entry)
        self.name_problem = _problem_label("groupNameProblem", palette)
        members_label = PlainLabel(self.tr("Members"))
        self.count = PlainLabel()
        self.count.setObjectName("groupMemberCount")
        self.count.setStyleSheet(f"color: {palette.muted};")
        self.members = QListWidget()
        self.members.setObjectName("groupMembers")
        self.members.setAccessibleName(self.tr("Members"))
        self.members.setFixedHeight(120)
        self.remove_hint = PlainLabel(
            self.tr("Double-click a member, or press Delete, to remove them.")
        )
        self.remove_hint.setStyleSheet(f"color: {palette.muted};")
        self.remove_hint.setWordWrap(True)
        self.members.itemDoubleClicked.connect(self._remove_item)
        self.members.installEventFilter(self)  # Delete removes the current member
        remove = QAction(self.tr("Remove"), self.members)
        remove.triggered.connect(self._remove_current)
        self.members.addAction(remove)
        self.members.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.members_problem = _problem_label("groupMembersProblem", palette)
        self.entry = MemberEntry(self.form, contacts, palette)
        add_label = PlainLabel(self.tr("Add members"))
        add_label.setBuddy(self.entry.entry)
        members_label.setBuddy(self.members)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setObjectName("createGroup")
        self.create_button.setText(self.tr("Create"))
        self.create_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        heading = QHBoxLayout()
        heading.addWidget(members_label, 1)
        heading.addWidget(self.count)
        column = QVBoxLayout(self)
        column.setSpacing(SPACING)
        column.addWidget(name_label)
        column.addWidget(self.name_entry)
        column.addWidget(self.name_problem)
        column.addLayout(heading)
        column.addWidget(self.members)
        column.addWidget(self.remove_hint)
        column.addWidget(self.members_problem)
        column.addWidget(add_label)
        column.addWidget(self.entry, 1)
        column.addWidget(self.buttons)
        self.name_entry.textChanged.connect(self._on_name)
        self.form.changed.connect(self._show)
        self.setMinimumSize(420, 560)
        self.setStyleSheet(lists_stylesheet(palette))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self._show()

    def show_problem(self, text: str) -> None:
        """Why the group could not be created (the page tried)."""
        self.members_problem.setText(text)
        self.members_problem.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (
            watched is self.members
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self._remove_current()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Enter adds the typed member (the entry does it) and never creates the group.
            if self.name_entry.hasFocus():
                self.entry.entry.setFocus()
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        if self.form.can_create:
            self.create_requested.emit()

    def done_creating(self) -> None:
        super().accept()

    def _on_name(self, text: str) -> None:
        self._name_touched = True
        self.form.set_name(text)

    def _remove_current(self) -> None:
        item = self.members.currentItem()
        if item is not None:
            self._remove_item(item)

    def _remove_item(self, item: QListWidgetItem) -> None:
        self.form.remove(str(item.data(URI_ROLE)))

    def _show(self) -> None:
        self.count.setText(self.form.count_text)
        chosen = [self.members.item(row).data(URI_ROLE) for row in range(self.members.count())]
        if chosen != [member.uri for member in self.form.members]:
            self.members.clear()
            for member in self.form.members:
                item = QListWidgetItem(member.label)
                item.setData(URI_ROLE, member.uri)
                item.setToolTip(plain_tooltip(member.uri.removeprefix("sip:")))
                self.members.addItem(item)
        has_members = bool(self.form.members)
        self.remove_hint.setVisible(has_members)
        name_problem = self.form.name_problem if self._name_touched else ""
        self.name_problem.setText(name_problem)
        self.name_problem.setVisible(bool(name_problem))
        # Before the first member, the reason Create waits is the members'.
        members_problem = self.form.members_problem if self.form.name.strip() else ""
        self.members_problem.setText(members_problem)
        self.members_problem.setVisible(bool(members_problem))
        self.create_button.setEnabled(self.form.can_create)
        self.create_button.setToolTip(
            "" if self.form.can_create else (self.form.name_problem or self.form.members_problem)
        )


def _problem_label(name: str, palette: Palette) -> PlainLabel:
    label = PlainLabel()
    label.setObjectName(name)
    label.setStyleSheet(f"color: {palette.danger};")
    label.setWordWrap(True)
    label.hide()
    return label
