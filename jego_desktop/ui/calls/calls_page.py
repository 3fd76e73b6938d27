"""The Calls page: the call history, newest first; Enter or a double click calls back,
the row's buttons call or write, its context menu does the rest."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jego_desktop.models.calls.call_history import CallHistoryModel, HistoryRole
from jego_desktop.models.calls.voicemail import VoicemailBox
from jego_desktop.ui.calls.history_delegate import HistoryDelegate
from jego_desktop.ui.calls.voicemail_bar import VoicemailBar
from jego_desktop.ui.empty_page import EmptyPage
from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.resources import icon
from jego_desktop.ui.style import SPACING, Palette, focus_ring


class CallsPage(QWidget):
    """The history list, or an empty state when there is no call yet.

    Signals:
        call_back_requested(str, str): call this peer URI from this account key.
        message_requested(str, str): write to this peer URI from this account key.
        add_contact_requested(str): make a contact of this peer URI.
    """

    call_back_requested = Signal(str, str)
    message_requested = Signal(str, str)
    add_contact_requested = Signal(str)

    def __init__(
        self,
        model: CallHistoryModel,
        palette: Palette,
        voicemail: VoicemailBox | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.model = model
        self._palette = palette
        self.title = title = PlainLabel()
        title.setObjectName("pageTitle")
        self.missed_only = QPushButton()
        self.missed_only.setObjectName("missedOnly")
        self.missed_only.setCheckable(True)
        self.missed_only.toggled.connect(self._on_missed_only)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clearHistory")
        self.clear_button.clicked.connect(self.clear_history)
        buttons = "QPushButton#missedOnly, QPushButton#clearHistory"
        self.setStyleSheet(
            f"{buttons} {{ color: {palette.text}; background: {palette.surface};"
            f" border: 1px solid {palette.border}; border-radius: 14px; padding: 4px 12px; }}"
            f"QPushButton#missedOnly:checked {{ background: {palette.accent};"
            f" color: {palette.accent_text}; border-color: {palette.accent}; }}"
            + focus_ring(palette, "QPushButton#missedOnly", "QPushButton#clearHistory")
        )
        # Asks before the history goes (a dialog unless a test gives another).
        self.confirm: Callable[[str], bool] = self._confirm_dialog

        self.view = QListView()
        self.view.setObjectName("history")
        self.view.setModel(model)
        self.delegate = HistoryDelegate(palette, self.view)
        self.delegate.action_clicked.connect(self._on_action)
        self.view.setItemDelegate(self.delegate)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._on_context_menu)
        self.menu: QMenu | None = None
        self.view.setUniformItemSizes(True)
        self.view.setMouseTracking(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.activated.connect(self._on_activated)

        self._empty = EmptyPage("calls", "", "", "", QColor(palette.text))
        self._stack = QStackedWidget()
        self._stack.addWidget(self._empty)
        self._stack.addWidget(self.view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(SPACING * 3, SPACING * 2, SPACING * 3, SPACING * 3)
        layout.setSpacing(SPACING * 2)
        header = QHBoxLayout()
        header.addWidget(title, 1)
        header.addWidget(self.missed_only)
        header.addWidget(self.clear_button)
        layout.addLayout(header)
        self.voicemail_bar: VoicemailBar | None = None
        if voicemail is not None:
            self.voicemail_bar = VoicemailBar(voicemail, palette)
            layout.addWidget(self.voicemail_bar)
        layout.addWidget(self._stack, 1)
        self._retranslate()

        for change in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            change.connect(self._show_list_or_empty)
        self._show_list_or_empty()

    def clear_history(self) -> None:
        if self.confirm(self.tr("Delete every call from the history?")):
            self.model.clear()

    def _on_missed_only(self, missed_only: bool) -> None:
        self.model.set_missed_only(missed_only)
        self._retranslate()

    def _confirm_dialog(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Clear history"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show_list_or_empty(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.clear_button.setEnabled(has_rows or self.model.missed_only)
        self._stack.setCurrentWidget(self.view if has_rows else self._empty)
        if has_rows and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))

    def arrival_focus(self) -> QWidget:
        """Where the keyboard goes when the page is chosen: the list, when it is shown.

        Not a focus proxy: a hidden one traps Tab before the page (Qt finds no way in)."""
        return self.view if self._stack.currentWidget() is self.view else self

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Calls"))
        self.view.setAccessibleName(self.tr("Call history"))
        self.missed_only.setText(self.tr("Missed only"))
        self.missed_only.setToolTip(self.tr("Show only missed calls, or every call"))
        self.clear_button.setText(self.tr("Clear…"))
        self.clear_button.setToolTip(self.tr("Delete every call from the history"))
        if self.model.missed_only:
            self._empty.set_texts(
                self.tr("No missed calls"), self.tr("Calls you missed will be listed here.")
            )
        else:
            self._empty.set_texts(
                self.tr("No calls yet"),
                self.tr("Calls you make and receive will be listed here."),
            )
        self.view.setToolTip(
            self.tr("Double-click a call, or press Enter, to call back. Right-click for more.")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _on_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        self.call_back(index)

    def call_back(self, index: QModelIndex | QPersistentModelIndex) -> None:
        peer = index.data(HistoryRole.PEER)
        if peer:
            self.call_back_requested.emit(str(peer), str(index.data(HistoryRole.ACCOUNT_KEY) or ""))

    def write_to(self, index: QModelIndex | QPersistentModelIndex) -> None:
        peer = index.data(HistoryRole.PEER)
        if peer:
            self.message_requested.emit(str(peer), str(index.data(HistoryRole.ACCOUNT_KEY) or ""))

    def _on_action(self, name: str, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.setCurrentIndex(index)
        if name == "call":
            self.call_back(index)
        else:
            self.write_to(index)

    def context_menu(self, index: QModelIndex) -> QMenu:
        """Call, message, add to contacts (for a stranger), copy the number, delete."""
        menu = QMenu(self)
        persistent = QPersistentModelIndex(index)
        p = self._palette
        menu.addAction(
            icon("call", QColor(p.success), 18), self.tr("Call"), lambda: self.call_back(persistent)
        )
        menu.addAction(
            icon("message", QColor(p.accent), 18),
            self.tr("Send a message"),
            lambda: self.write_to(persistent),
        )
        add = menu.addAction(
            icon("add", QColor(p.text), 18),
            self.tr("Add to contacts"),
            lambda: self.add_contact_requested.emit(str(persistent.data(HistoryRole.PEER))),
        )
        add.setEnabled(not index.data(HistoryRole.NAME))
        menu.addAction(self.tr("Copy number"), lambda: self._copy_number(persistent))
        menu.addSeparator()
        menu.addAction(
            icon("delete", QColor(p.danger), 18),
            self.tr("Delete from history"),
            lambda: self._delete(persistent),
        )
        return menu

    def _on_context_menu(self, position: QPoint) -> None:
        index = self.view.indexAt(position)
        if not index.isValid():  # the keyboard's menu key: the current row
            index = self.view.currentIndex()
            position = self.view.visualRect(index).center()
        if not index.isValid():
            return
        self.view.setCurrentIndex(index)
        self.menu = self.context_menu(index)
        self.menu.popup(self.view.viewport().mapToGlobal(position))

    def _copy_number(self, index: QPersistentModelIndex) -> None:
        number = index.data(HistoryRole.NUMBER)
        if number:
            QGuiApplication.clipboard().setText(str(number))

    def _delete(self, index: QPersistentModelIndex) -> None:
        if index.isValid():
            self.model.delete_row(index.row())
