"""The Calls page: the call history, newest first; Enter or a double click calls back."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jego_desktop.models.calls.call_history import CallHistoryModel, HistoryRole
from jego_desktop.ui.calls.history_delegate import HistoryDelegate
from jego_desktop.ui.empty_page import EmptyPage
from jego_desktop.ui.plain_text import PlainLabel
from jego_desktop.ui.style import SPACING, Palette


class CallsPage(QWidget):
    """The history list, or an empty state when there is no call yet.

    Signals:
        call_back_requested(str, str): call this peer URI from this account key.
    """

    call_back_requested = Signal(str, str)

    def __init__(
        self, model: CallHistoryModel, palette: Palette, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.model = model
        self.title = title = PlainLabel()
        title.setObjectName("pageTitle")

        self.view = QListView()
        self.view.setObjectName("history")
        self.view.setModel(model)
        self.view.setItemDelegate(HistoryDelegate(palette, self.view))
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
        layout.addWidget(title)
        layout.addWidget(self._stack, 1)
        self._retranslate()

        for change in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            change.connect(self._show_list_or_empty)
        self._show_list_or_empty()

    def _show_list_or_empty(self) -> None:
        has_rows = self.model.rowCount() > 0
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
        self._empty.set_texts(
            self.tr("No calls yet"), self.tr("Calls you make and receive will be listed here.")
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _on_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        peer = index.data(HistoryRole.PEER)
        if peer:
            self.call_back_requested.emit(str(peer), str(index.data(HistoryRole.ACCOUNT_KEY) or ""))
