"""Reading a conversation lowers the rail badge and the tray count at once, through the
list model's messages_read update (no reload of the conversation list)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from jego_desktop.domain.accounts import RegistrationState
from jego_desktop.domain.conversations import ConversationSummary
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


class CountingConversations(ConversationStore):
    """Counts the list's reads of every conversation (a reload)."""

    reads = 0

    def summaries(
        self, *, account_key: str | None = None, limit: int = -1
    ) -> list[ConversationSummary]:
        self.reads += 1
        return super().summaries(account_key=account_key, limit=limit)


def test_reading_a_conversation_lowers_the_rail_badge_and_the_tray_count(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    protect_singletons()
    window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    engine = FakeEngine()
    messaging = MessagingService(engine, ConversationStore(db), MessageStore(db))
    messaging.connect_engine(engine)
    engine.publish(RegistrationChanged(ACCOUNT, RegistrationState.REGISTERED, 200, "OK", 300))
    conversations = CountingConversations(db)
    window.chats_page.connect_services(
        ChatServices(
            messaging, conversations, MessageStore(db), NewerMessages(db), MessageSearch(db)
        )
    )
    for peer, message_id in ((BOB, "b1"), (BOB, "b2"), (ALICE, "a1")):
        accepted = messaging.sink.accept(
            IncomingText(ACCOUNT, peer, message_id, "hi", "text/plain", wants_display_report=True)
        )
        engine.publish(
            MessageReceived(ACCOUNT, peer, message_id, "hi", "text/plain", accepted.stored)
        )
    tray = window.presence.tray
    assert window.rail.badge(CHATS_PAGE) == 3
    assert tray.counts_action.text() == "Unread messages: 3"

    bob = ConversationStore(db).get_or_create(ACCOUNT, BOB)
    reads = conversations.reads
    messaging.mark_read(bob.id)

    assert window.rail.badge(CHATS_PAGE) == 1
    assert tray.counts_action.text() == "Unread messages: 1"
    assert conversations.reads == reads  # the list was not read again
    assert engine.last("send_display_receipts") == (
        "send_display_receipts",
        ACCOUNT,
        BOB,
        ["b1", "b2"],
    )
