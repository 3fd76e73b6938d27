"""The main window with sample data at a given size, and a walk through all its views."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jego_desktop.domain.accounts import AccountConfig
from jego_desktop.domain.contacts import Contact, PhoneNumber
from jego_desktop.domain.engine_events import VoicemailChanged
from jego_desktop.domain.message_summary import MessageSummary
from jego_desktop.models.window.sound_notice import sound_notice
from jego_desktop.store.contacts import ContactStore
from jego_desktop.ui.window.main_window import SETTINGS_PAGE, MainWindow
from tests.ui.account_line import registered_line

CONTACTS_PAGE = 1
SAMPLE_CONTACT = Contact(
    "Camille Martin-Dubois",
    phones=(PhoneNumber("+33 6 12 34 56 78", "cell"),),
    organization="Société Générale des Transports",
)


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def sample_window(
    qtbot: QtBot, folder: Path, store: ContactStore, size: tuple[int, int]
) -> MainWindow:
    """The window shown at `size`, a number registered, the notice a fresh machine without
    sound shows (it takes room above the pages)."""
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("dialing/home_region", "FR")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.set_account_state(registered_line("+33 1 00 00 00 00"))
    window.dial_pad.set_account("+33100000000@sip.example.org", "sip.example.org")
    window.contacts.set_store(store)
    window.notices.set_notice("sound", lambda: sound_notice("no sound device was found"))
    show_voicemail(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    assert (window.width(), window.height()) == size
    return window


def show_voicemail(window: MainWindow) -> None:
    """The Calls page's voicemail line, with new messages and a number to call."""
    account = AccountConfig(number="+33100000000", server="sip.example.org")
    summary = MessageSummary(True, 12, 3, account="sip:888@sip.example.org", voice_counted=True)
    window.voicemail.set_sources(lambda: [account], _OneAccountSettings())
    window.voicemail.on_voicemail_changed(VoicemailChanged(account.key, summary))


class _OneAccountSettings:
    def __init__(self) -> None:
        self.values: dict[str, object] = {}

    def settings(self, key: str) -> dict[str, object]:
        return dict(self.values)

    def set_settings(self, key: str, settings: dict[str, object]) -> None:
        self.values = dict(settings)


def each_view(window: MainWindow) -> Iterator[str]:
    """Shows each page (and each settings section) in turn, naming it; the contacts page
    without contacts, then with one."""
    for index in range(window.pages.count()):
        window.show_page(index)
        if index == SETTINGS_PAGE:
            for section in range(window.settings_page.stack.count()):
                window.settings_page.show_section(section)
                settle()
                yield f"settings section {section}"
            continue
        if index == CONTACTS_PAGE and window.contacts.rowCount() == 0:
            settle()
            yield "contacts page, empty"
            window.contacts.add(SAMPLE_CONTACT)
        settle()
        yield f"page {index}"
