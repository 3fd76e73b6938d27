"""Adding members: a number, name or address typed (Enter or Add), or contacts ticked."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jego_desktop.models.chats.new_group import NewGroupForm
from jego_desktop.ui.plain_text import PlainLabel, plain_tooltip
from jego_desktop.ui.style import SPACING, Palette

ContactChoices = Callable[[], list[tuple[str, str]]]  # (name, SIP URI on the account)
URI_ROLE = Qt.ItemDataRole.UserRole + 1


class MemberEntry(QWidget):
    """Edits `form`'s members; the typed entry filters the contacts shown below it.

    Signals:
        added(str): a member's URI was added.
    """

    added = Signal(str)

    def __init__(
        self,
        form: NewGroupForm,
        contacts: ContactChoices,
        palette: Palette,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._form = form
        self._contacts = contacts()
        # Contacts that cannot be ticked off here (already in the group being changed).
        self.locked: Callable[[str], bool] = lambda _uri: False
        self.entry = QLineEdit()
        self.entry.setObjectName("memberEntry")
        self.entry.setAccessibleName(self.tr("Add a member"))
        self.entry.setPlaceholderText(self.tr("Number, name or name@server"))
        self.entry.textChanged.connect(self._on_text)
        self.entry.returnPressed.connect(self.add_typed)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("memberAdd")
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self.add_typed)
        self.problem = PlainLabel()
        self.problem.setObjectName("memberProblem")
        self.problem.setStyleSheet(f"color: {palette.danger};")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.contact_list = QListWidget()
        self.contact_list.setObjectName("memberContacts")
        self.contact_list.setAccessibleName(self.tr("Contacts"))
        self.contact_list.itemChanged.connect(self._on_ticked)
        self.contact_list.setVisible(bool(self._contacts))
        row = QHBoxLayout()
        row.setSpacing(SPACING)
        row.addWidget(self.entry, 1)
        row.addWidget(self.add_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(SPACING // 2)
        column.addLayout(row)
        column.addWidget(self.problem)
        column.addWidget(self.contact_list, 1)
        form.changed.connect(self._show)
        self._fill_contacts("")

    def refill(self) -> None:
        """Show the contacts again (who is locked changed)."""
        self._fill_contacts(self.entry.text())

    def add_typed(self) -> None:
        text = self.entry.text()
        if not text.strip():
            return
        if self._form.add_typed(text):
            self.added.emit(self._form.members[-1].uri)
            self.entry.clear()
            self._on_text("")  # the check may not have run if the text was unchanged
        else:
            self.entry.setFocus()

    def _on_text(self, text: str) -> None:
        self._form.check_entry(text)
        self.add_button.setEnabled(self._form.can_add(text))
        self._fill_contacts(text)

    def _fill_contacts(self, text: str) -> None:
        wanted = text.strip().casefold()
        self.contact_list.blockSignals(True)
        self.contact_list.clear()
        for name, uri in self._contacts:
            if wanted and wanted not in name.casefold() and wanted not in uri.casefold():
                continue
            item = QListWidgetItem(name)  # QListWidget shows item text as plain text
            item.setData(URI_ROLE, uri)
            item.setToolTip(plain_tooltip(uri.removeprefix("sip:")))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = self._form.has(uri)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            if self.locked(uri):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.contact_list.addItem(item)
        self.contact_list.blockSignals(False)

    def _on_ticked(self, item: QListWidgetItem) -> None:
        uri = str(item.data(URI_ROLE))
        if item.checkState() == Qt.CheckState.Checked:
            if self._form.add_contact(uri, item.text()):
                self.added.emit(self._form.members[-1].uri)
            else:
                self.contact_list.blockSignals(True)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.contact_list.blockSignals(False)
        else:
            self._form.remove(uri)

    def _show(self) -> None:
        problem = self._form.entry_problem
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        for row in range(self.contact_list.count()):
            item = self.contact_list.item(row)
            wanted = (
                Qt.CheckState.Checked
                if self._form.has(str(item.data(URI_ROLE)))
                else Qt.CheckState.Unchecked
            )
            if item.checkState() != wanted:
                self.contact_list.blockSignals(True)
                item.setCheckState(wanted)
                self.contact_list.blockSignals(False)


def lists_stylesheet(p: Palette) -> str:
    """The member and contact lists of the group dialogs: roomy rows."""
    return f"""
    QListWidget {{ border: 1px solid {p.border}; border-radius: 6px; outline: none; }}
    QListWidget::item {{ padding: 4px 6px; }}
    QListWidget::item:disabled {{ color: {p.muted}; }}
    QListWidget::item:selected {{ background: {p.accent}; color: {p.accent_text}; }}
    """
