"""A message arriving in the conversation on screen never raises the rail or tray badge,
not even for a moment: it is marked read before the conversation list counts it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jego_desktop.domain.accounts import RegistrationState
from jego_desktop.domain.engine_events import MessageReceived, RegistrationChanged
from jego_desktop.domain.incoming_messages import IncomingText
from jego_desktop.engine.refcount_workaround import protect_singletons
from jego_desktop.models.chats.chat_services import ChatServices
from jego_desktop.models.chats.messaging import MessagingService
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.message_window import NewerMessages
from jego_desktop.store.messages import MessageStore
from jego_desktop.store.search import MessageSearch
from jego_desktop.ui.window.main_window import MainWindow
from jego_desktop.ui.window.window_presence import CHATS_PAGE
from tests.ui.fake_engine import FakeEngine

ACCOUNT = "+33100000000@sip.example.org"
BOB = "sip:+33698765432@sip.example.org"
ALICE = "sip:alice@example.net"


class Arrivals:
    """A main window with the chats page on screen and a way to receive messages."""

    def __init__(self, qtbot: QtBot, db: Database, tmp_path: Path) -> None:
        protect_singletons()
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        self.window = MainWindow(settings)
        qtbot.addWidget(self.window)
        self.engine = FakeEngine()
        self.messaging = MessagingService(self.engine, ConversationStore(db), MessageStore(db))
        self.messaging.connect_engine(self.engine)
        self.engine.publish(
            RegistrationChanged(ACCOUNT, RegistrationState.REGISTERED, 200, "OK", 300)
        )
        self.window.chats_page.connect_services(
            ChatServices(
                self.messaging,
                ConversationStore(db),
                MessageStore(db),
                NewerMessages(db),
                MessageSearch(db),
            )
        )
        self.rail_values: list[int] = []
        self.tray_values: list[int] = []
        rail = self.window.rail
        real_set_badge = rail.set_badge
        tray = self.window.presence.tray
        real_set_counts = tray.set_counts

        def set_badge(index: int, count: int) -> None:
            if index == CHATS_PAGE:
                self.rail_values.append(count)
            real_set_badge(index, count)

        def set_counts(unread: int, missed: int, voicemails: int = 0) -> None:
            self.tray_values.append(unread)
            real_set_counts(unread, missed, voicemails)

        rail.set_badge = set_badge  # type: ignore[method-assign]
        tray.set_counts = set_counts  # type: ignore[method-assign]
        self.window.resize(1000, 700)
        self.window.show()
        self.window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window)
        self.window.pages.setCurrentIndex(CHATS_PAGE)

    def receive(self, peer: str, message_id: str) -> None:
        accepted = self.messaging.sink.accept(
            IncomingText(ACCOUNT, peer, message_id, "hi", "text/plain", wants_display_report=True)
        )
        self.engine.publish(
            MessageReceived(ACCOUNT, peer, message_id, "hi", "text/plain", accepted.stored)
        )


def test_a_message_in_the_open_conversation_never_shows_1(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    chats = Arrivals(qtbot, db, tmp_path)
    chats.window.chats_page.open_conversation(ACCOUNT, BOB)
    chats.rail_values.clear()
    chats.tray_values.clear()

    chats.receive(BOB, "b1")
    qtbot.wait(50)  # the attention counts' coalescing timer has run too

    assert 1 not in chats.rail_values
    assert 1 not in chats.tray_values
    assert chats.window.rail.badge(CHATS_PAGE) == 0
    assert chats.window.presence.tray.counts_action.text() == "Nothing new"
    # It really was read at once: the display receipt left with it.
    assert chats.engine.last("send_display_receipts") == (
        "send_display_receipts",
        ACCOUNT,
        BOB,
        ["b1"],
    )


def test_a_message_in_another_conversation_still_counts(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    chats = Arrivals(qtbot, db, tmp_path)
    chats.window.chats_page.open_conversation(ACCOUNT, BOB)

    chats.receive(ALICE, "a1")
    qtbot.wait(50)

    assert chats.window.rail.badge(CHATS_PAGE) == 1
    assert chats.rail_values[-1] == 1
    assert chats.tray_values[-1] == 1
