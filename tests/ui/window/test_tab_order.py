"""The keyboard's way through each page of the main window: every Tab stop shows that it has
the focus, and the stops follow the page as it is read (top to bottom, left to right)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jego_desktop.domain.call_history import CallHistoryEntry
from jego_desktop.domain.calls import CallDirection, CallRecord
from jego_desktop.domain.contacts import Contact, PhoneNumber
from jego_desktop.models.chats.chat_services import ChatServices
from jego_desktop.models.chats.messaging import MessagingService
from jego_desktop.store.contacts import ContactStore
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.message_window import NewerMessages
from jego_desktop.store.messages import MessageStore
from jego_desktop.store.search import MessageSearch
from jego_desktop.ui.window.main_window import SETTINGS_PAGE, MainWindow
from tests.ui.fake_engine import FakeEngine
from tests.ui.focus_walk import describe, out_of_order, settle, tab_stops, unseen_focus

ACCOUNT = "+33100000000@sip.example.org"
PAGES = ("chats", "contacts", "dial pad", "calls")
SECTIONS = ("accounts", "audio", "calls", "network", "files", "startup")


class OneCall:
    """A call history of one missed call."""

    def __init__(self) -> None:
        record = CallRecord(
            call_id="c1",
            account_key=ACCOUNT,
            direction=CallDirection.INCOMING,
            peer="sip:+33612345678@sip.example.org",
            started_at=time.time() - 60,
            answered_at=None,
            ended_at=time.time() - 50,
            reason="",
        )
        self.entries = [CallHistoryEntry(1, record, True)]

    def recent(
        self, *, limit: int = 200, account_key: str | None = None, missed_only: bool = False
    ) -> list[CallHistoryEntry]:
        return self.entries

    def missed_count(self, *, account_key: str | None = None) -> int:
        return 1

    def mark_missed_seen(self) -> int:
        return 0

    def clear(self) -> int:
        count, self.entries = len(self.entries), []
        return count

    def delete(self, entry_id: int) -> bool:
        return False


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, store: ContactStore) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("dialing/home_region", "FR")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.dial_pad.set_account(ACCOUNT, "sip.example.org")
    window.call_history.set_source(OneCall())
    window.contacts.set_store(store)
    window.contacts.add(Contact("Camille Martin", phones=(PhoneNumber("+33 6 12 34 56 78"),)))
    window.resize(960, 640)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def walk(window: MainWindow) -> list[str]:
    assert window.rail.header is not None
    stops = tab_stops(window.rail.header)
    page = window.pages.currentWidget()
    assert page is not None
    inside = [stop for stop in stops if page.isAncestorOf(stop)]
    assert inside, "no Tab stop in the page"
    return [f"no focus shown: {name}" for name in unseen_focus(stops)] + [
        f"out of order: {step}" for step in out_of_order(stops, window)
    ]


@pytest.mark.parametrize("page", range(len(PAGES)), ids=PAGES)
def test_each_page_s_tab_stops_show_focus_in_reading_order(window: MainWindow, page: int) -> None:
    window.show_page(page)
    settle()
    problems = walk(window)
    assert problems == [], "\n".join(problems)


@pytest.mark.parametrize("section", range(len(SECTIONS)), ids=SECTIONS)
def test_each_settings_section_s_tab_stops_show_focus_in_reading_order(
    window: MainWindow, section: int
) -> None:
    window.show_page(SETTINGS_PAGE)
    window.settings_page.show_section(section)
    settle()
    problems = walk(window)
    assert problems == [], "\n".join(problems)


def test_chats_with_an_open_conversation_show_focus_in_reading_order(
    window: MainWindow, db: Database
) -> None:
    engine = FakeEngine()
    messaging = MessagingService(engine, ConversationStore(db), MessageStore(db))
    messaging.connect_engine(engine)
    window.chats_page.connect_services(
        ChatServices(
            messaging,
            ConversationStore(db),
            MessageStore(db),
            NewerMessages(db),
            MessageSearch(db),
        )
    )
    window.open_conversation(ACCOUNT, "sip:+33698765432@sip.example.org")
    settle()
    problems = walk(window)
    assert window.rail.header is not None
    names = [describe(stop) for stop in tab_stops(window.rail.header)]
    assert any("composer_emoji" in name for name in names), names
    assert problems == [], "\n".join(problems)
