"""The main window's life beside the tray: badges, quick dial, hide on close, quit."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QApplication

from jego_desktop.models.settings.settings_values import AppSettings
from jego_desktop.models.window.attention import AttentionCounts
from jego_desktop.models.window.quick_dial import QuickDialEntry, quick_dial_entries
from jego_desktop.ui.style import Palette
from jego_desktop.ui.window.my_status_menu import MyStatusMenu
from jego_desktop.ui.window.tray import Tray

if TYPE_CHECKING:
    from jego_desktop.ui.window.main_window import MainWindow

CHATS_PAGE = 0
DIAL_PAD_PAGE = 2
CALLS_PAGE = 3
RECENT_CALLS_READ = 50


class WindowPresence(QObject):
    """Attaches the tray and the attention counts to a MainWindow from outside."""

    def __init__(self, window: MainWindow, settings: QSettings, palette: Palette) -> None:
        super().__init__(window)
        self._window = window
        self._settings = settings
        self.quitting = False
        # Shows "still running in the tray" (title, text); set when notifications exist.
        self.notify: Callable[[str, str], object] | None = None
        self.attention = AttentionCounts(parent=self)
        self.attention.changed.connect(self._on_attention_changed)
        self.tray = Tray(window, self.quick_dial_entries, window.dial_pad, palette, parent=self)
        self.tray.dial_pad_requested.connect(self.show_dial_pad_with)
        self.tray.toggle_requested.connect(self.toggle_window)
        self.tray.quit_requested.connect(self.quit)
        self.tray.set_status_menu(MyStatusMenu(window.my_status, palette, window))
        self.tray.set_my_status(window.my_status.status)
        window.my_status.changed.connect(self.tray.set_my_status)
        window.pages.currentChanged.connect(lambda _: self._maybe_calls_viewed())
        window.voicemail.changed.connect(self._show_counts)

    def quick_dial_entries(self) -> list[QuickDialEntry]:
        history = self._window.call_history
        recent = [history.entry(row) for row in range(min(history.rowCount(), RECENT_CALLS_READ))]
        return quick_dial_entries(
            self._window.contacts.favourites(),
            [entry for entry in recent if entry is not None],
            home_region=self._window.home_region,
            names=self._window.peer_names.name_for,
        )

    def _on_attention_changed(self, unread: int, missed: int) -> None:
        self._show_counts()
        self._maybe_calls_viewed()

    def _show_counts(self) -> None:
        unread, missed = self.attention.unread, self.attention.missed
        voicemails = self._window.voicemail.new_count()
        self._window.rail.set_badge(CHATS_PAGE, unread)
        self._window.rail.set_badge(CALLS_PAGE, missed + voicemails)
        self.tray.set_counts(unread, missed, voicemails)

    def _maybe_calls_viewed(self) -> None:
        """Missed calls stop being new once the Calls page is on screen."""
        window = self._window
        on_screen = window.isVisible() and not window.isMinimized()
        if on_screen and window.pages.currentIndex() == CALLS_PAGE:
            self.attention.calls_viewed()

    # ----- window ---------------------------------------------------------------------

    def bring_to_front(self) -> None:
        window = self._window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        self._maybe_calls_viewed()

    def toggle_window(self) -> None:
        window = self._window
        if window.isVisible() and not window.isMinimized():
            window.hide()
        else:
            self.bring_to_front()

    def show_dial_pad_with(self, text: str) -> None:
        self.bring_to_front()
        self._window.show_page(DIAL_PAD_PAGE)
        if text:
            self._window.dial_pad.set_text(text)
            self._window.dial_pad_page.entry.setFocus()

    def hide_instead_of_closing(self) -> bool:
        """On close: hide into the tray when it is there (True), else let the window close."""
        if self.quitting or not self.tray.shown:
            return False
        self._window.hide()
        values = AppSettings(self._settings)
        if not values.tray_hint_shown() and self.notify:
            values.set_tray_hint_shown()
            self.notify(
                self.tr("Jego is still running"),
                self.tr(
                    "Calls and messages still reach you. Quit from the tray icon's menu"
                    " or with Ctrl+Q."
                ),
            )
        return True

    def quit(self) -> None:
        self.quitting = True
        QApplication.quit()
