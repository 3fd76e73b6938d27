"""The system tray icon and its menu: what is waiting, my status, quick dial, show/hide, quit."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from jego_desktop import APP_NAME
from jego_desktop.domain.my_status import MyStatus
from jego_desktop.models.window.quick_dial import QuickDialEntry
from jego_desktop.ui.resources import icon
from jego_desktop.ui.style import Palette
from jego_desktop.ui.window.rail_badge import badge_text
from jego_desktop.ui.window.tray_icon import tray_icon

if TYPE_CHECKING:  # the contacts page is built on first use
    from jego_desktop.ui.contacts.contacts_page import CallTargets


class Tray(QObject):
    """The icon (shown only where a tray exists) and its menu (usable everywhere).

    Signals:
        call_requested(str, str): call this SIP URI from this account key.
        dial_pad_requested(str): show the dial pad with this text in it ("" for empty).
        toggle_requested(): show the window, or hide it when it is shown.
        quit_requested()
    """

    call_requested = Signal(str, str)
    dial_pad_requested = Signal(str)
    toggle_requested = Signal()
    quit_requested = Signal()

    def __init__(
        self,
        window: QWidget,
        entries: Callable[[], list[QuickDialEntry]],
        targets: CallTargets,
        palette: Palette,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._entries = entries
        self._targets = targets
        self._palette = palette
        self.registered = False
        self.busy = False  # my status is Do not disturb: the icon carries a red mark
        self._shown: tuple[bool, str, bool] | None = None  # what the icon shows now
        self.status_menu: QMenu | None = None  # my status (set_status_menu)
        self.unread = 0
        self.missed = 0
        self.voicemails = 0
        self.icon = QSystemTrayIcon(self)
        self.menu = QMenu(window)
        self.menu.setObjectName("trayMenu")
        self.menu.aboutToShow.connect(self.refresh_menu)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._on_activated)
        self.quick_dial_actions: list[QAction] = []
        self.counts_action = QAction(self)
        self.counts_action.setEnabled(False)
        self.section_action = QAction(self)
        self.section_action.setSeparator(True)  # a section heading, as QMenu.addSection makes
        self.dial_action = QAction(self)
        self.dial_action.setIcon(icon("dialpad", QColor(palette.text), 16))
        self.dial_action.triggered.connect(lambda: self.dial_pad_requested.emit(""))
        self.toggle_action = QAction(self)
        self.toggle_action.triggered.connect(self.toggle_requested)
        self.quit_action = QAction(self)
        self.quit_action.triggered.connect(self.quit_requested)
        window.installEventFilter(self)
        self._update_icon()
        self.refresh_menu()

    # ----- the icon -------------------------------------------------------------------

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show_icon(self) -> None:
        self.icon.show()

    @property
    def shown(self) -> bool:
        return self.icon.isVisible()

    def set_registered(self, registered: bool) -> None:
        if registered != self.registered:
            self.registered = registered
            self._update_icon()

    def set_my_status(self, status: MyStatus) -> None:
        busy = status is MyStatus.BUSY
        if busy != self.busy:
            self.busy = busy
            self._update_icon()

    def set_status_menu(self, menu: QMenu) -> None:
        """Offer my status (Online, Away...) as a submenu under the counts."""
        self.status_menu = menu
        self.refresh_menu()

    def set_counts(self, unread: int, missed: int, voicemails: int = 0) -> None:
        self.unread, self.missed, self.voicemails = unread, missed, voicemails
        self._update_icon()
        self.counts_action.setText(self._counts_text())

    def set_tooltip(self, status: str) -> None:
        self.icon.setToolTip(f"{APP_NAME}\n{status}" if status else APP_NAME)

    def _update_icon(self) -> None:
        count = self.unread + self.missed + self.voicemails
        shown = (self.registered, badge_text(count), self.busy)
        if shown == self._shown:
            return  # each new icon fills Qt's pixmap cache: 3,000 messages held ~10 MB
        self._shown = shown
        self.icon.setIcon(tray_icon(self.registered, count, busy=self.busy))

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.toggle_requested.emit()

    # ----- the menu -------------------------------------------------------------------

    def refresh_menu(self) -> None:
        """Rebuild the menu (done each time it opens, so favourites and calls are fresh)."""
        self.menu.clear()
        self.menu.addAction(self.counts_action)
        if self.status_menu is not None:
            self.menu.addMenu(self.status_menu)
        entries = self._entries()
        if entries:
            self.menu.addAction(self.section_action)
        star = icon("star_filled", QColor("#f5b301"), 16)
        recent = icon("calls", QColor(self._palette.muted), 16)
        self.quick_dial_actions = []
        for entry in entries:
            action = self.menu.addAction(star if entry.favourite else recent, entry.label)
            action.triggered.connect(lambda _=False, e=entry: self.quick_dial(e))
            self.quick_dial_actions.append(action)
        self.menu.addSeparator()
        self.menu.addAction(self.dial_action)
        self.menu.addSeparator()
        self.menu.addAction(self.toggle_action)
        self.menu.addAction(self.quit_action)
        self._retranslate()

    def _retranslate(self) -> None:
        self.counts_action.setText(self._counts_text())
        self.section_action.setText(self.tr("Quick dial"))
        self.dial_action.setText(self.tr("Dial…"))
        visible = self._window.isVisible() and not self._window.isMinimized()
        self.toggle_action.setText(self.tr("Hide window") if visible else self.tr("Show window"))
        self.quit_action.setText(self.tr("Quit"))

    def quick_dial(self, entry: QuickDialEntry) -> None:
        """Call the entry; a number that cannot be called goes to the dial pad instead."""
        if entry.account_key:
            self.call_requested.emit(entry.target, entry.account_key)
            return
        uri, _problem = self._targets.uri_for(entry.target)
        if uri is None:
            self.dial_pad_requested.emit(entry.target)  # the dial pad says why
            return
        self.call_requested.emit(uri, self._targets.account_key)

    def _counts_text(self) -> str:
        if not self.unread and not self.missed and not self.voicemails:
            return self.tr("Nothing new")
        parts = []
        if self.unread:
            parts.append(self.tr("Unread messages: %s") % self.unread)
        if self.missed:
            parts.append(self.tr("Missed calls: %s") % self.missed)
        if self.voicemails:
            parts.append(self.tr("New voicemails: %s") % self.voicemails)
        return " · ".join(parts)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False
