"""The Contacts page: a searchable list beside the chosen contact; add, edit, vCards."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QColor, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from jego_desktop.domain.contacts import Contact
from jego_desktop.domain.errors import StoreError
from jego_desktop.models.contacts.contacts_model import ContactRole, ContactsModel
from jego_desktop.models.window.engine_texts import engine_text
from jego_desktop.ui.contacts.contact_detail import ContactDetail
from jego_desktop.ui.contacts.contact_editor import ContactEditor
from jego_desktop.ui.contacts.contacts_delegate import ContactsDelegate
from jego_desktop.ui.contacts.contacts_style import contacts_stylesheet
from jego_desktop.ui.empty_page import EmptyPage
from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.resources import icon
from jego_desktop.ui.style import SPACING, Palette
from jego_desktop.ui.tab_order import follow_layout
from jego_desktop.ui.vertical_scroller import vertical_scroller

LIST_WIDTH = 330
LIST_MIN_WIDTH = 220
SCROLL_BAR_ROOM = 12  # in a narrow window the contact's side keeps its room first


class CallTargets(Protocol):
    """Turns a contact's number or address into a SIP URI (the dial pad model does)."""

    @property
    def account_key(self) -> str: ...
    def uri_for(self, raw: str) -> tuple[str | None, str]: ...


class ContactsPage(QWidget):
    """Contacts list (favourites first) with search, and the chosen contact beside it.

    Signals:
        call_requested(str, str): call this SIP URI from this account key.
        video_call_requested(str, str): the same, with video once the peer answers.
        chat_requested(str, str): open the conversation with this SIP URI on this account.
    """

    call_requested = Signal(str, str)
    video_call_requested = Signal(str, str)
    chat_requested = Signal(str, str)

    def __init__(
        self,
        model: ContactsModel,
        targets: CallTargets,
        palette: Palette,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.setStyleSheet(contacts_stylesheet(palette))
        self.model = model
        self._targets = targets
        self._palette = palette
        self.editor: ContactEditor | None = None
        self.confirmation: QMessageBox | None = None
        ink = QColor(palette.text)

        self.title = PlainLabel()
        self.title.setObjectName("pageTitle")
        self.add_button = self._tool_button("add", QColor(palette.accent))
        self.add_button.clicked.connect(lambda: self.open_editor(None))
        self.more_button = self._tool_button("more", ink)
        self.more_menu = QMenu(self)
        self.import_action = QAction(self)
        self.import_action.triggered.connect(self._choose_import_file)
        model.vcard_imported.connect(self._on_vcard_imported)
        model.vcard_import_failed.connect(self._on_vcard_import_failed)
        self.export_all_action = QAction(self)
        self.export_all_action.triggered.connect(lambda: self._choose_export_file(None))
        self.more_menu.addAction(self.import_action)
        self.more_menu.addAction(self.export_all_action)
        self.more_button.setMenu(self.more_menu)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        self.search = QLineEdit()
        self.search.setObjectName("searchField")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(
            icon("search", QColor(palette.muted), 18), QLineEdit.ActionPosition.LeadingPosition
        )
        self.search.textChanged.connect(model.set_filter)
        self.status = PlainLabel()
        self.status.setObjectName("contactsStatus")
        self.status.setWordWrap(True)
        self.status.hide()

        self.view = QListView()
        self.view.setObjectName("contactList")
        self.view.setModel(model)
        self.view.setItemDelegate(ContactsDelegate(palette, self.view))
        self.view.setMouseTracking(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        selection = self.view.selectionModel()
        selection.currentChanged.connect(self._on_current_changed)
        self.view.activated.connect(self._on_activated)
        self.no_contacts = EmptyPage("contacts", "", "", "", ink)
        self._list_stack = QStackedWidget()
        self._list_stack.addWidget(self.no_contacts)
        self._list_stack.addWidget(self.view)

        self.detail = ContactDetail(palette)
        self.detail.call_requested.connect(self.call)
        self.detail.video_call_requested.connect(self.video_call)
        self.detail.message_requested.connect(self.write)
        self.detail.favourite_toggled.connect(self._on_favourite_toggled)
        self.detail.edit_requested.connect(lambda: self.open_editor(self.detail.contact))
        self.detail.delete_requested.connect(self.confirm_delete)
        self.detail.export_requested.connect(lambda: self._choose_export_file(self.detail.contact))
        self.nothing_chosen = EmptyPage("contacts", "", "", "", ink)
        self._detail_stack = QStackedWidget()
        self._detail_stack.addWidget(self.nothing_chosen)
        self._detail_stack.addWidget(vertical_scroller(self.detail))

        self._layout(palette)
        follow_layout(self)
        QShortcut(QKeySequence.StandardKey.New, self, lambda: self.open_editor(None))
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence("Ctrl+K"), self, self.search.setFocus)  # as in the chats
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, self.search.clear)
        for change in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            change.connect(self._after_model_change)
        self._retranslate()
        self._after_model_change()

    def _tool_button(self, icon_name: str, colour: QColor) -> QToolButton:
        button = QToolButton()
        button.setObjectName("headerAction")
        button.setIcon(icon(icon_name, colour, 22))
        button.setIconSize(QSize(22, 22))
        button.setAutoRaise(True)
        return button

    def _layout(self, palette: Palette) -> None:
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.add_button)
        header.addWidget(self.more_button)
        left = QWidget()
        left.setObjectName("contactsList")
        left.setFixedWidth(LIST_WIDTH)
        self._left = left
        column = QVBoxLayout(left)
        column.setContentsMargins(SPACING * 2, SPACING * 2, SPACING, SPACING)
        column.setSpacing(SPACING)
        column.addLayout(header)
        column.addWidget(self.search)
        column.addWidget(self.status)
        column.addWidget(self._list_stack, 1)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(left)
        row.addWidget(self._detail_stack, 1)

    # ----- list -----------------------------------------------------------------------

    def _after_model_change(self) -> None:
        has_rows = self.model.rowCount() > 0
        self._list_stack.setCurrentWidget(self.view if has_rows else self.no_contacts)
        self._set_empty_texts()
        shown = self.detail.contact
        row = self.model.row_of(shown.id) if shown is not None and shown.id is not None else -1
        if row < 0 and has_rows:
            row = 0
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))
            self._show(self.model.contact(row))
        else:
            self._show(None)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show(self.model.contact(current.row()))

    def _on_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        contact = index.data(ContactRole.CONTACT)
        if isinstance(contact, Contact):
            self.detail.show_contact(contact)
            self.detail.call_button.setFocus()

    def _show(self, contact: Contact | None) -> None:
        self.detail.show_contact(contact)
        self._detail_stack.setCurrentIndex(1 if contact else 0)

    def arrival_focus(self) -> QWidget:
        """Where the keyboard goes when the page is chosen: the search field."""
        return self.search

    def select_contact(self, contact_id: int) -> None:
        row = self.model.row_of(contact_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, 0))

    # ----- calling and writing --------------------------------------------------------

    def call(self, target: str) -> bool:
        uri = self._resolve(target)
        if uri is not None:
            self.call_requested.emit(uri, self._targets.account_key)
        return uri is not None

    def video_call(self, target: str) -> bool:
        uri = self._resolve(target)
        if uri is not None:
            self.video_call_requested.emit(uri, self._targets.account_key)
        return uri is not None

    def write(self, target: str) -> bool:
        uri = self._resolve(target)
        if uri is not None:
            self.chat_requested.emit(uri, self._targets.account_key)
        return uri is not None

    def _resolve(self, target: str) -> str | None:
        uri, problem = self._targets.uri_for(target)
        self.detail.show_problem(problem if uri is None else "")
        return uri

    # ----- editing --------------------------------------------------------------------

    def open_editor(self, contact: Contact | None) -> ContactEditor:
        """The editor for `contact` (a new one for None), window-modal; saved on OK."""
        editor = ContactEditor(contact, self._palette, self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.accepted.connect(lambda: self._save(editor.result_contact()))
        editor.finished.connect(lambda _: setattr(self, "editor", None))
        self.editor = editor
        editor.open()
        return editor

    def _save(self, contact: Contact) -> None:
        try:
            stored = self.model.update(contact) if contact.id else self.model.add(contact)
        except (StoreError, ValueError, RuntimeError) as error:
            self.show_status(self.tr("The contact could not be saved: %s") % error, error=True)
            return
        if stored.id is not None:
            if self.model.row_of(stored.id) < 0:
                self.search.clear()  # the filter hides it: show it anyway
            self.select_contact(stored.id)

    def _on_favourite_toggled(self, favourite: bool) -> None:
        contact = self.detail.contact
        if contact is not None and contact.id is not None:
            self.model.set_favourite(contact.id, favourite)
            self.select_contact(contact.id)

    def confirm_delete(self) -> QMessageBox | None:
        contact = self.detail.contact
        if contact is None or contact.id is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete contact"),
            self.tr("Delete %s from your contacts?") % contact.display_name,
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        contact_id = contact.id
        box.finished.connect(
            lambda _: self._delete(contact_id) if box.clickedButton() is delete else None
        )
        box.finished.connect(lambda _: setattr(self, "confirmation", None))
        self.confirmation = box
        box.open()
        return box

    def _delete(self, contact_id: int) -> None:
        self.model.delete(contact_id)

    # ----- vCards ---------------------------------------------------------------------

    def import_vcard(self, path: Path) -> bool:
        """Add every contact of the file, or none with the reason shown. The file is read
        off the GUI thread; the outcome shows in the status line. False if not started."""
        if not self.model.start_vcard_import(path):
            return False
        self.import_action.setEnabled(False)
        self.show_status(self.tr("Importing contacts from %1…").replace("%1", path.name))
        return True

    @Slot(str, object)
    def _on_vcard_imported(self, _name: str, stored: list[Contact]) -> None:
        self.import_action.setEnabled(True)
        self.show_status(self.tr("Contacts imported: %s") % len(stored))
        if stored and stored[0].id is not None:
            self.select_contact(stored[0].id)

    @Slot(str, str)
    def _on_vcard_import_failed(self, name: str, problem: str) -> None:
        self.import_action.setEnabled(True)
        self.show_status(
            self.tr("Nothing was imported from %1: %2")
            .replace("%1", name)
            .replace("%2", engine_text(problem)),
            error=True,
        )

    def export_vcard(self, path: Path, contact: Contact | None = None) -> int:
        """Write `contact`, or every contact, to a .vcf file. Returns how many."""
        contacts = [contact] if contact is not None else self.model.all_contacts()
        try:
            self.model.export_vcard_file(path, contacts)
        except OSError as error:
            self.show_status(
                self.tr("%1 could not be written: %2")
                .replace("%1", path.name)
                .replace("%2", error.strerror or str(error)),
                error=True,
            )
            return 0
        self.show_status(self.tr("Contacts exported: %s") % len(contacts))
        return len(contacts)

    def _choose_import_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import contacts"), str(Path.home()), self.tr("vCard files (*.vcf)")
        )
        if name:
            self.import_vcard(Path(name))

    def _choose_export_file(self, contact: Contact | None) -> None:
        suggested = (contact.display_name if contact else self.tr("contacts")) + ".vcf"
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export contacts"),
            str(Path.home() / suggested),
            self.tr("vCard files (*.vcf)"),
        )
        if name:
            self.export_vcard(Path(name), contact)

    def show_status(self, text: str, *, error: bool = False) -> None:
        self.status.setProperty("error", error)
        colour = self._palette.danger if error else self._palette.muted
        self.status.setStyleSheet(f"color: {colour};")
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # ----- language -------------------------------------------------------------------

    def _set_empty_texts(self) -> None:
        filtered = bool(self.model.filter_text.strip())
        title = self.tr("No contact found") if filtered else self.tr("No contacts yet")
        hint = (
            self.tr("No name or number matches your search.")
            if filtered
            else self.tr("Add the people you call and write to, or import a vCard file.")
        )
        self.no_contacts.set_texts(title, hint)
        self.nothing_chosen.set_texts(
            self.tr("Choose a contact"), self.tr("Their numbers and notes will show here.")
        )

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Contacts"))
        self.add_button.setToolTip(self.tr("New contact"))
        self.add_button.setAccessibleName(self.tr("New contact"))
        self.more_button.setToolTip(self.tr("More"))
        self.more_button.setAccessibleName(self.tr("More"))
        self.import_action.setText(self.tr("Import vCard…"))
        self.export_all_action.setText(self.tr("Export all as vCard…"))
        self.search.setPlaceholderText(self.tr("Search contacts"))
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.view.setAccessibleName(self.tr("Contacts"))
        self.view.viewport().update()  # section headings come translated from the model
        self._set_empty_texts()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        room = event.size().width() - self.detail.minimumSizeHint().width() - SCROLL_BAR_ROOM
        self._left.setFixedWidth(max(LIST_MIN_WIDTH, min(LIST_WIDTH, room)))
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
