"""The main window: navigation rail, account state, notices and the views."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jego_desktop import APP_NAME
from jego_desktop.domain.links import DialRequest
from jego_desktop.models.call_history import CallHistoryModel
from jego_desktop.models.dial_pad import DialPadModel, default_home_region
from jego_desktop.ui.calls_page import CallsPage
from jego_desktop.ui.dial_pad_page import DialPadPage
from jego_desktop.ui.empty_page import EmptyPage
from jego_desktop.ui.navigation import NavigationRail
from jego_desktop.ui.notices import NoticeArea
from jego_desktop.ui.resources import icon
from jego_desktop.ui.style import SPACING, current_palette, ink, stylesheet

DIAL_PAD_PAGE = 2


class MainWindow(QMainWindow):
    """Chats, Contacts, Dial pad, Calls and Settings behind a navigation rail."""

    def __init__(self, settings: QSettings) -> None:
        super().__init__()
        self._settings = settings
        palette = current_palette()
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icon("jego", size=64))
        self.setStyleSheet(stylesheet(palette))
        self.setMinimumSize(720, 480)

        self.rail = NavigationRail()
        self.pages = QStackedWidget()
        self.notices = NoticeArea()
        self.account_state = QLabel()
        self.account_state.setObjectName("accountState")

        self.home_region = str(settings.value("dialing/home_region", "")) or default_home_region()
        self.dial_pad = DialPadModel(self.home_region, parent=self)
        self.call_history = CallHistoryModel(home_region=self.home_region, parent=self)
        self.dial_pad_page = DialPadPage(self.dial_pad, palette)
        self.calls_page = CallsPage(self.call_history, palette)
        built = {"dialpad": self.dial_pad_page, "calls": self.calls_page}
        for icon_name, label, empty, hint in self._page_texts():
            self.rail.add_entry(icon_name, label, ink(palette))
            page = built.get(icon_name) or EmptyPage(icon_name, label, empty, hint, ink(palette))
            self.pages.addWidget(page)
        self.rail.page_requested.connect(self.show_page)
        # Until the chat view exists, "Message" at least leads to the chats.
        self.dial_pad.message_requested.connect(lambda _uri, _key: self.show_page(0))

        self.setCentralWidget(self._layout_body())
        self.set_account_state(self.tr("No number bound yet: bind your number in Settings."))
        self.show_page(0)
        for number in range(len(self._page_texts())):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number + 1}"), self)
            shortcut.activated.connect(lambda index=number: self.show_page(index))
        self._restore_geometry()

    def _page_texts(self) -> list[tuple[str, str, str, str]]:
        return [
            (
                "chats",
                self.tr("Chats"),
                self.tr("No conversations yet"),
                self.tr("Messages to and from your contacts will appear here."),
            ),
            (
                "contacts",
                self.tr("Contacts"),
                self.tr("No contacts yet"),
                self.tr("Add the people you call and write to."),
            ),
            (
                "dialpad",
                self.tr("Dial pad"),
                self.tr("Call any phone"),
                self.tr("Landlines and mobiles, at home and abroad."),
            ),
            (
                "calls",
                self.tr("Calls"),
                self.tr("No calls yet"),
                self.tr("Calls you make and receive will be listed here."),
            ),
            (
                "settings",
                self.tr("Settings"),
                self.tr("Bind your number"),
                self.tr("Register your mobile number with your operator's service to start."),
            ),
        ]

    def _layout_body(self) -> QWidget:
        top_bar = QWidget()
        top_bar.setObjectName("topBar")
        top_row = QHBoxLayout(top_bar)
        top_row.setContentsMargins(SPACING * 2, SPACING, SPACING * 2, SPACING)
        top_row.addWidget(self.account_state, 1)

        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(top_bar)
        column.addWidget(self.notices)
        column.addWidget(self.pages, 1)

        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.rail)
        row.addWidget(right, 1)
        return body

    def show_dial_request(self, request: DialRequest) -> None:
        """A clicked link: the number waits in the dial pad with the call button focused."""
        self.show_page(DIAL_PAD_PAGE)
        self.dial_pad_page.present_request(request)

    def show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self.rail.select(index)
        page = self.pages.currentWidget()
        if page is not None and self.isVisible():
            page.setFocus()

    def set_account_state(self, text: str) -> None:
        self.account_state.setText(text)
        self.account_state.setAccessibleName(text)

    def _restore_geometry(self) -> None:
        saved = self._settings.value("window/geometry")
        if isinstance(saved, QByteArray) and not saved.isEmpty():
            self.restoreGeometry(saved)
        else:
            self.resize(960, 640)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._settings.setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
