"""The main window: navigation rail, account state, notices and the views."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from jego_desktop import APP_NAME
from jego_desktop.domain.addresses import dialling_region
from jego_desktop.domain.links import DialRequest
from jego_desktop.models.calls.call_history import CallHistoryModel
from jego_desktop.models.calls.dial_pad import DialPadModel, default_home_region
from jego_desktop.models.calls.voicemail import VoicemailBox
from jego_desktop.models.contacts.contacts_model import ContactsModel
from jego_desktop.models.contacts.new_contact import contact_for_peer
from jego_desktop.models.contacts.peer_names import PeerNames
from jego_desktop.models.settings.settings_values import AppSettings
from jego_desktop.models.window.my_status import MyStatusChoice
from jego_desktop.ui.chats.chats_page import ChatsPage
from jego_desktop.ui.page_slot import PageSlot
from jego_desktop.ui.resources import icon
from jego_desktop.ui.style import current_palette, ink, stylesheet
from jego_desktop.ui.tab_order import follow_layout
from jego_desktop.ui.window.my_status_button import MyStatusButton
from jego_desktop.ui.window.navigation import NavigationRail
from jego_desktop.ui.window.notices import NoticeArea
from jego_desktop.ui.window.top_bar import TopBar
from jego_desktop.ui.window.window_presence import WindowPresence

if TYPE_CHECKING:  # built on first use: their modules load then
    from jego_desktop.ui.calls.calls_page import CallsPage
    from jego_desktop.ui.calls.dial_pad_page import DialPadPage
    from jego_desktop.ui.contacts.contacts_page import ContactsPage
    from jego_desktop.ui.settings.settings_page import SettingsPage


@runtime_checkable
class ArrivingFocus(Protocol):
    """A page that says which of its widgets takes the keyboard when it is chosen."""

    def arrival_focus(self) -> QWidget: ...


CHATS_PAGE = 0
CONTACTS_PAGE = 1
DIAL_PAD_PAGE = 2
SETTINGS_PAGE = 4


class MainWindow(QMainWindow):
    """Chats, Contacts, Dial pad, Calls and Settings behind a navigation rail.

    The first screen shows Chats: the other pages are built the first time they are shown
    or used (`contacts_page`, `settings_page`...); app/ wires their services through
    their slot's `when_built`."""

    def __init__(self, settings: QSettings) -> None:
        super().__init__()
        self._settings = settings
        palette = current_palette()
        self._palette = palette
        self.app_settings = AppSettings(settings)
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(icon("jego", size=64))
        self.setStyleSheet(stylesheet(palette))
        self.setMinimumSize(720, 480)

        self.rail = NavigationRail()
        self.pages = QStackedWidget()
        self.notices = NoticeArea()
        self.top_bar = TopBar(palette)
        self.account_state = self.top_bar.account_state

        self._chosen_region = AppSettings(settings).home_region()
        self._bound_number = ""
        self.home_region = dialling_region(self._chosen_region, "", default_home_region())
        self.dial_pad = DialPadModel(self.home_region, parent=self)
        self.peer_names = PeerNames()
        self.call_history = CallHistoryModel(
            home_region=self.home_region, parent=self, names=self.peer_names.name_for
        )
        self.voicemail = VoicemailBox(parent=self)
        self.contacts = ContactsModel(parent=self)
        self.chats_page = ChatsPage(
            palette,
            self.dial_pad.uri_for,
            account_key=lambda: self.dial_pad.account_key,
            names=self.peer_names.name_for,
            home_region=self.home_region,
        )
        self.chats_page.problem.connect(lambda text: self.notices.set_notice("chats", text))
        self.chats_page.contact_choices = self._contact_choices
        self.contacts.modelReset.connect(self._on_contacts_changed)
        for icon_name, label, _empty, _hint in self._page_texts():
            self.rail.add_entry(icon_name, label, ink(palette))
        self.pages.addWidget(self.chats_page)
        # In the rail's order: Contacts, Dial pad, Calls, Settings.
        self.contacts_slot = PageSlot(self.pages, self._build_contacts, self._place_contacts)
        self.dial_pad_slot = PageSlot(self.pages, self._build_dial_pad, follow_layout)
        self.calls_slot = PageSlot(self.pages, self._build_calls, self._place_calls)
        self.settings_slot = PageSlot(self.pages, self._build_settings, self._place_settings)
        self._slots: dict[int, PageSlot[QWidget]] = {
            slot.index: slot  # type: ignore[misc]
            for slot in (
                self.contacts_slot,
                self.dial_pad_slot,
                self.calls_slot,
                self.settings_slot,
            )
        }
        self.rail.page_requested.connect(self.show_page)
        self.my_status = MyStatusChoice(settings, parent=self)
        self.status_button = MyStatusButton(self.my_status, palette)
        self.rail.set_header(self.status_button)
        self.presence = WindowPresence(self, settings, palette)  # tray, badges, hide on close
        self.chats_page.conversations.unread_changed.connect(self.presence.attention.set_unread)
        self.dial_pad.message_requested.connect(lambda uri, key: self.open_conversation(key, uri))

        self.setCentralWidget(self._layout_body())
        self.addAction(self.top_bar.quit_action)  # Ctrl+Q wherever focus is in the window
        self.top_bar.quit_action.triggered.connect(self.presence.quit)
        self.top_bar.settings_action.triggered.connect(lambda: self.show_page(SETTINGS_PAGE))
        self.top_bar.bind_button.clicked.connect(self.bind_number)
        self.rail.order_tabs()
        follow_layout(self.chats_page)  # now that it is in this window
        self.set_account_state(self.tr("No number yet"))
        self.set_numbers_bound(False)
        self.show_page(0)
        for number in range(len(self._page_texts())):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number + 1}"), self)
            shortcut.activated.connect(lambda index=number: self.show_page(index))
        self._restore_geometry()

    @property
    def contacts_page(self) -> ContactsPage:
        return self.contacts_slot.page()

    @property
    def dial_pad_page(self) -> DialPadPage:
        return self.dial_pad_slot.page()

    @property
    def calls_page(self) -> CallsPage:
        return self.calls_slot.page()

    @property
    def settings_page(self) -> SettingsPage:
        return self.settings_slot.page()

    def _build_contacts(self) -> ContactsPage:
        from jego_desktop.ui.contacts.contacts_page import ContactsPage

        return ContactsPage(self.contacts, self.dial_pad, self._palette)

    def _place_contacts(self, page: ContactsPage) -> None:
        follow_layout(page)
        page.chat_requested.connect(lambda uri, key: self.open_conversation(key, uri))

    def _build_dial_pad(self) -> DialPadPage:
        from jego_desktop.ui.calls.dial_pad_page import DialPadPage

        return DialPadPage(self.dial_pad, self._palette)

    def _build_calls(self) -> CallsPage:
        from jego_desktop.ui.calls.calls_page import CallsPage

        return CallsPage(self.call_history, self._palette, self.voicemail)

    def _place_calls(self, page: CallsPage) -> None:
        follow_layout(page)
        page.message_requested.connect(lambda uri, key: self.open_conversation(key, uri))
        page.add_contact_requested.connect(self.add_contact_for)

    def _build_settings(self) -> SettingsPage:
        from jego_desktop.ui.settings.settings_page import SettingsPage

        return SettingsPage(AppSettings(self._settings), self._palette)

    def _place_settings(self, page: SettingsPage) -> None:
        follow_layout(page)
        page.home_region_changed.connect(self._on_home_region_changed)

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

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.rail.set_texts([texts[1] for texts in self._page_texts()])
        super().changeEvent(event)

    def set_bound_number(self, number: str) -> None:
        """The number calls go out from: its country is home unless the user chose one."""
        self._bound_number = number
        self._follow_home_region()

    def _on_home_region_changed(self, region: str) -> None:
        self._chosen_region = region
        self._follow_home_region()

    def _follow_home_region(self) -> None:
        region = dialling_region(self._chosen_region, self._bound_number, default_home_region())
        if region == self.home_region:
            return
        self.home_region = region
        self.dial_pad.set_home_region(self.home_region)
        self.chats_page.set_home_region(self.home_region)

    def _layout_body(self) -> QWidget:
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.top_bar)
        column.addWidget(self.notices)
        column.addWidget(self.pages, 1)

        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.rail)
        row.addWidget(right, 1)
        return body

    def open_conversation(self, account_key: str, peer_uri: str) -> None:
        """Show the chat with this peer on this engine account key ("" = the default one)."""
        self.show_page(CHATS_PAGE)
        self.chats_page.open_conversation(account_key, peer_uri)
        self.chats_page.view.composer.focus_editor()

    def add_contact_for(self, peer_uri: str) -> None:
        """The contact editor, with the peer's number or address filled in."""
        self.show_page(CONTACTS_PAGE)
        self.contacts_page.open_editor(contact_for_peer(peer_uri))

    def _on_contacts_changed(self) -> None:
        self.peer_names.update(self.contacts.all_contacts())
        self.chats_page.set_names(self.peer_names.name_for)
        self.call_history.set_names(self.peer_names.name_for)

    def _contact_choices(self) -> list[tuple[str, str]]:
        """Each contact by name with their first address on the dialling account (to pick
        group members from)."""
        key = self.dial_pad.account_key
        choices = []
        for contact in self.contacts.all_contacts():
            # The watched addresses once presence bound the account; completed as typed before.
            typed = [phone.number for phone in contact.phones] + [contact.sip_uri]
            completed = (self.dial_pad.uri_for(raw)[0] for raw in typed if raw)
            uri = next(iter(self.contacts.uris_on(key, contact)), None) or next(
                (found for found in completed if found), None
            )
            if uri:
                choices.append((contact.display_name, uri))
        return choices

    def show_dial_request(self, request: DialRequest) -> None:
        """A clicked link: the number waits in the dial pad with the call button focused."""
        self.show_page(DIAL_PAD_PAGE)
        self.dial_pad_page.present_request(request)

    def show_page(self, index: int) -> None:
        slot = self._slots.get(index)
        if slot is not None:
            slot.page()
        self.pages.setCurrentIndex(index)
        self.rail.select(index)
        page = self.pages.currentWidget()
        if page is not None and self.isVisible():
            (page.arrival_focus() if isinstance(page, ArrivingFocus) else page).setFocus()

    def set_account_state(self, text: str) -> None:
        self.account_state.setText(text)
        self.account_state.setAccessibleName(text)

    def set_numbers_bound(self, bound: bool) -> None:
        """No number yet: say so where my status is, and offer to bind one first."""
        self.top_bar.set_numbers_bound(bound)
        self.status_button.set_has_number(bound)

    def bind_number(self) -> None:
        """The settings' accounts, with the wizard open on them."""
        from jego_desktop.ui.settings.settings_page import ACCOUNTS

        self.show_page(SETTINGS_PAGE)
        self.settings_page.show_section(ACCOUNTS)
        self.settings_page.accounts.bind_number()

    def _restore_geometry(self) -> None:
        geometry, chats = AppSettings(self._settings).window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(960, 640)
        if chats is not None:
            self.chats_page.splitter.restoreState(chats)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        AppSettings(self._settings).set_window_state(
            self.saveGeometry(), self.chats_page.splitter.saveState()
        )
        if self.presence.hide_instead_of_closing():
            event.ignore()
            return
        super().closeEvent(event)
