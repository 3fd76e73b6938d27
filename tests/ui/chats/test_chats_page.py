"""The Chats view over a real store, the real MessagingService and the fake engine."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QAction, QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox, QListView, QStyleOptionViewItem, QToolButton
from pytestqt.qtbot import QtBot

from jego_desktop.domain.accounts import RegistrationState
from jego_desktop.domain.engine_events import (
    MessageDelivered,
    MessageDisplayed,
    MessageFailed,
    MessageReceived,
    MessageSent,
    RegistrationChanged,
    TypingChanged,
)
from jego_desktop.domain.incoming_messages import IncomingText
from jego_desktop.domain.messages import Message, MessageState
from jego_desktop.engine.refcount_workaround import protect_singletons
from jego_desktop.models.calls.dial_pad import DialPadModel
from jego_desktop.models.chats.chat_services import ChatServices
from jego_desktop.models.chats.conversation_list import ConversationRole
from jego_desktop.models.chats.conversation_messages import MessageRole
from jego_desktop.models.chats.messaging import MessagingService
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.message_window import NewerMessages
from jego_desktop.store.messages import MessageStore
from jego_desktop.store.search import MessageSearch
from jego_desktop.ui import translations
from jego_desktop.ui.chats.bubble_layout import bubble_geometry, text_layout
from jego_desktop.ui.chats.chats_page import ChatsPage
from jego_desktop.ui.chats.message_delegate import READ_TICKS
from jego_desktop.ui.style import LIGHT
from jego_desktop.ui.window.main_window import MainWindow
from tests.ui.fake_engine import FakeEngine

ACCOUNT = "+33100000000@sip.example.org"
BOB = "sip:+33698765432@sip.example.org"
ALICE = "sip:alice@example.net"


@dataclass
class Chats:
    page: ChatsPage
    engine: FakeEngine
    messaging: MessagingService
    db: Database

    def receive(self, peer: str, message_id: str, body: str) -> Message:
        accepted = self.messaging.sink.accept(
            IncomingText(ACCOUNT, peer, message_id, body, "text/plain", wants_display_report=True)
        )
        self.engine.publish(
            MessageReceived(ACCOUNT, peer, message_id, body, "text/plain", accepted.stored)
        )
        found = MessageStore(self.db).get(accepted.stored_id or 0)
        assert found is not None
        return found

    def last_row(self) -> Message:
        model = self.page.messages
        message = model.index(model.rowCount() - 1, 0).data(MessageRole.MESSAGE)
        assert isinstance(message, Message)
        return message


def services(engine: FakeEngine, db: Database) -> tuple[MessagingService, ChatServices]:
    messaging = MessagingService(engine, ConversationStore(db), MessageStore(db))
    messaging.connect_engine(engine)
    engine.publish(RegistrationChanged(ACCOUNT, RegistrationState.REGISTERED, 200, "OK", 300))
    return messaging, ChatServices(
        messaging, ConversationStore(db), MessageStore(db), NewerMessages(db), MessageSearch(db)
    )


@pytest.fixture
def chats(qtbot: QtBot, db: Database) -> Chats:
    protect_singletons()  # as the app does (engine/refcount_workaround.py)
    engine = FakeEngine()
    messaging, chat_services = services(engine, db)
    dial_pad = DialPadModel("FR")
    dial_pad.set_account(ACCOUNT, "sip.example.org")
    page = ChatsPage(LIGHT, dial_pad.uri_for, account_key=lambda: ACCOUNT, home_region="FR")
    page.connect_services(chat_services)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    qtbot.waitUntil(page.isActiveWindow)
    return Chats(page, engine, messaging, db)


def tick_pixels(chats: Chats, row: int, colour: str) -> int:
    """Pixels of `colour` in the row's bubble: the read ticks are painted in READ_TICKS."""
    view = chats.page.view.list
    rect = view.visualRect(view.source_index(row))
    image: QImage = view.viewport().grab(rect).toImage()
    wanted = QColor(colour)
    return sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if abs(image.pixelColor(x, y).red() - wanted.red()) < 20
        and abs(image.pixelColor(x, y).green() - wanted.green()) < 20
        and abs(image.pixelColor(x, y).blue() - wanted.blue()) < 20
    )


def test_enter_sends_shift_enter_breaks_the_line_and_ticks_follow_reports(
    qtbot: QtBot, chats: Chats
) -> None:
    chats.page.open_conversation(ACCOUNT, BOB)
    editor = chats.page.view.composer.editor
    qtbot.keyClicks(editor, "hello")
    assert ("send_typing", ACCOUNT, BOB, True) in chats.engine.commands
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor, "<b>world</b>")
    assert "send_message" not in chats.engine.names()
    qtbot.keyClick(editor, Qt.Key.Key_Return)

    command = chats.engine.last("send_message")
    assert command[1:3] == (ACCOUNT, BOB) and command[4] == "hello\n<b>world</b>"
    assert editor.toPlainText() == ""
    sent = chats.last_row()
    assert sent.body == "hello\n<b>world</b>" and sent.state is MessageState.PENDING
    stored = MessageStore(chats.db).page(sent.conversation_id)
    assert [m.body for m in stored] == ["hello\n<b>world</b>"]

    row = chats.page.messages.rowCount() - 1
    assert tick_pixels(chats, row, READ_TICKS) == 0
    for event, state in (
        (MessageSent(ACCOUNT, BOB, sent.message_id), MessageState.SENT),
        (MessageDelivered(ACCOUNT, BOB, sent.message_id), MessageState.DELIVERED),
        (MessageDisplayed(ACCOUNT, BOB, sent.message_id), MessageState.DISPLAYED),
    ):
        chats.engine.publish(event)
        assert chats.last_row().state is state
    assert tick_pixels(chats, row, READ_TICKS) > 10  # the read ticks are drawn


def test_incoming_messages_unread_until_seen_then_receipts(qtbot: QtBot, chats: Chats) -> None:
    totals: list[int] = []
    chats.page.conversations.unread_changed.connect(totals.append)
    chats.page.open_conversation(ACCOUNT, ALICE)
    chats.receive(BOB, "m1", "are you there?")
    chats.receive(BOB, "m2", "hello?")
    model = chats.page.conversations
    bob_row = next(
        row
        for row in range(model.rowCount())
        if model.index(row, 0).data(ConversationRole.PEER_URI) == BOB
    )
    assert model.index(bob_row, 0).data(ConversationRole.UNREAD) == 2
    assert totals[-1] == 2
    assert "send_display_receipts" not in chats.engine.names()

    chats.page.list.setCurrentIndex(model.index(bob_row, 0))  # the user opens it
    assert chats.page.current is not None and chats.page.current.peer_uri == BOB
    assert [chats.page.messages.index(r, 0).data() for r in range(2)] == [
        "are you there?",
        "hello?",
    ]
    assert totals[-1] == 0
    assert chats.engine.last("send_display_receipts") == (
        "send_display_receipts",
        ACCOUNT,
        BOB,
        ["m1", "m2"],
    )
    # While it is open and the window active, a new message is read at once.
    chats.receive(BOB, "m3", "there you are")
    assert chats.last_row().body == "there you are"
    stored = MessageStore(chats.db).get(chats.last_row().id)
    assert stored is not None and stored.state is MessageState.DISPLAYED
    assert totals[-1] == 0
    assert chats.engine.last("send_display_receipts")[3] == ["m3"]


def test_failed_message_offers_retry_and_a_click_sends_it_again(qtbot: QtBot, chats: Chats) -> None:
    chats.page.open_conversation(ACCOUNT, BOB)
    chats.page.view.composer.set_text("are you there")
    chats.page.view.composer.submit()
    sent = chats.last_row()
    chats.engine.publish(MessageFailed(ACCOUNT, BOB, sent.message_id, 480, "not reachable"))
    assert chats.last_row().state is MessageState.FAILED
    view = chats.page.view.list
    index = view.source_index(chats.page.messages.rowCount() - 1)

    def retry_area() -> QRect | None:
        geometry = chats.page.view.delegate.geometry(_option(view, index), index)
        return geometry.retry if geometry is not None else None

    retry = retry_area()
    assert retry is not None  # "Not sent. Click to retry" under the bubble
    # The row grows to hold that line once the view lays it out again.
    qtbot.waitUntil(lambda: view.visualRect(index).contains(retry_area() or QRect()))
    retry = retry_area()
    assert retry is not None
    before = chats.engine.names().count("send_message")
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=retry.center())
    assert chats.engine.names().count("send_message") == before + 1
    assert chats.engine.last("send_message")[3] == sent.message_id
    assert chats.last_row().state is MessageState.PENDING


def _option(view: QListView, index: QModelIndex) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    return option


def test_markup_from_the_network_is_shown_literally(qtbot: QtBot, chats: Chats) -> None:
    body = '<b>bold</b> <img src="http://example.com/x.png"> &amp;'
    chats.page.open_conversation(ACCOUNT, BOB)
    chats.receive(BOB, "html", body)
    view = chats.page.view.list
    index = view.source_index(chats.page.messages.rowCount() - 1)
    assert index.data(Qt.ItemDataRole.DisplayRole) == body
    geometry = chats.page.view.delegate.geometry(_option(view, index), index)
    assert geometry is not None
    literal = view.fontMetrics().horizontalAdvance('<b>bold</b> <img src="http://example.com')
    assert geometry.bubble.width() > min(literal, geometry.text_width)  # not "bold" alone
    assert text_layout(body, view.font(), 400).text() == body


def test_typing_indicator_in_header_and_list(qtbot: QtBot, chats: Chats) -> None:
    chats.page.open_conversation(ACCOUNT, BOB)
    chats.engine.publish(TypingChanged(ACCOUNT, BOB, True, 60))
    assert chats.page.view.subtitle.text() == "typing…"
    model = chats.page.conversations
    assert model.index(model.row_of(chats.page.current.id), 0).data(ConversationRole.TYPING)  # type: ignore[union-attr]
    chats.engine.publish(TypingChanged(ACCOUNT, BOB, False))
    assert chats.page.view.subtitle.text() != "typing…"


def test_search_finds_an_old_message_and_jumps_to_it(qtbot: QtBot, chats: Chats) -> None:
    conversations = ConversationStore(chats.db)
    store = MessageStore(chats.db)
    bob = conversations.get_or_create(ACCOUNT, BOB)
    start = time.time() - 100_000
    for number in range(600):
        body = "the golden needle" if number == 40 else f"filler {number}"
        store.insert_outgoing(bob.id, body, created_at=start + number)
    chats.page.conversations.refresh()

    qtbot.keyClick(chats.page, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert chats.page.search.hasFocus()
    qtbot.keyClicks(chats.page.search, "needle")
    assert chats.page.results.rowCount() == 1
    qtbot.keyClick(chats.page.search, Qt.Key.Key_Return)

    assert chats.page.current is not None and chats.page.current.id == bob.id
    view = chats.page.view.list
    current = view.currentIndex()
    assert current.data() == "the golden needle"
    qtbot.waitUntil(lambda: view.viewport().rect().intersects(view.visualRect(current)))
    assert chats.page.messages.rowCount() < 600  # a page around it, not everything

    qtbot.keyClick(chats.page.search, Qt.Key.Key_Escape)
    assert chats.page.search.text() == ""


def test_the_search_has_a_clear_button_once_something_is_typed(qtbot: QtBot, chats: Chats) -> None:
    search = chats.page.search
    chats.page.open_search()
    qtbot.keyClicks(search, "needle")
    clear = search.findChild(QAction, "_q_qlineeditclearaction")
    assert search.isClearButtonEnabled() and clear is not None
    (button,) = [b for b in search.findChildren(QToolButton) if b.defaultAction() is clear]
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: search.text() == "")  # Qt clears from the event loop
    qtbot.keyClicks(search, "again")  # the button stays for the next search
    assert search.isClearButtonEnabled()


def test_long_lists_scroll_up_and_down_only(qtbot: QtBot, chats: Chats) -> None:
    """Enough search hits and conversations for a vertical scroll bar: the rows narrow to
    the space left beside it, with no horizontal scroll bar (as seen in the zh_TW
    screenshots, where every hit of a search matched)."""
    conversations = ConversationStore(chats.db)
    store = MessageStore(chats.db)
    start = time.time() - 100_000
    for number in range(30):
        peer = f"sip:+3361234{number:04d}@sip.example.org"
        conversation = conversations.get_or_create(ACCOUNT, peer)
        store.insert_outgoing(
            conversation.id, f"the bookshop by the river {number}", created_at=start
        )
    chats.page.conversations.refresh()
    conversation_list = chats.page.list
    qtbot.waitUntil(lambda: conversation_list.verticalScrollBar().isVisible())
    assert not conversation_list.horizontalScrollBar().isVisible()

    chats.page.open_search()
    qtbot.keyClicks(chats.page.search, "bookshop")
    assert chats.page.results.rowCount() == 30
    results = chats.page.result_list
    qtbot.waitUntil(lambda: results.verticalScrollBar().isVisible())
    assert not results.horizontalScrollBar().isVisible()
    assert results.horizontalScrollBar().maximum() == 0


def test_new_chat_takes_a_number_and_says_what_is_wrong(qtbot: QtBot, chats: Chats) -> None:
    qtbot.keyClick(chats.page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = chats.page.new_chat_dialog
    assert dialog is not None and dialog.isVisible()
    open_chat = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not open_chat.isEnabled()  # nothing typed yet
    dialog.entry.setText("06 12 ab")
    assert not open_chat.isEnabled() and "name@server" in dialog.problem.text()
    dialog.accept()  # Enter, whatever the button says
    assert dialog.isVisible() and dialog.problem.isVisibleTo(dialog)
    dialog.entry.setText("06 12 34 56 78")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    current = chats.page.current
    assert current is not None and current.peer_uri == "sip:+33612345678@sip.example.org"
    assert chats.page.view.title.text() == "06 12 34 56 78"


def test_new_chat_completes_a_name_with_the_account_domain(qtbot: QtBot, chats: Chats) -> None:
    chats.page.start_new_chat()
    dialog = chats.page.new_chat_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.entry, "bob")
    assert not dialog.problem.isVisibleTo(dialog)
    qtbot.keyClick(dialog.entry, Qt.Key.Key_Return)
    current = chats.page.current
    assert current is not None and current.peer_uri == "sip:bob@sip.example.org"


def test_call_button_asks_for_a_call_to_the_peer(qtbot: QtBot, chats: Chats) -> None:
    chats.page.open_conversation(ACCOUNT, BOB)
    with qtbot.waitSignal(chats.page.call_requested) as signal:
        chats.page.view.call_button.click()
    assert signal.args == [BOB, ACCOUNT]


def test_dial_pad_message_button_opens_the_conversation(
    qtbot: QtBot, db: Database, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("dialing/home_region", "FR")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    engine = FakeEngine()
    _messaging, chat_services = services(engine, db)
    window.chats_page.connect_services(chat_services)
    window.dial_pad.set_account(ACCOUNT, "sip.example.org")
    window.show()
    window.show_page(2)
    window.dial_pad.set_text("06 98 76 54 32")
    assert window.dial_pad.write()
    assert window.pages.currentWidget() is window.chats_page
    current = window.chats_page.current
    assert current is not None and current.peer_uri == BOB

    window.open_conversation(ACCOUNT, ALICE)
    assert window.chats_page.current is not None
    assert window.chats_page.current.peer_uri == ALICE
    assert window.chats_page.conversations.rowCount() == 2


def test_scrolling_up_loads_older_pages_and_keeps_the_view_in_place(
    qtbot: QtBot, chats: Chats
) -> None:
    conversations = ConversationStore(chats.db)
    store = MessageStore(chats.db)
    bob = conversations.get_or_create(ACCOUNT, BOB)
    start = time.time() - 100_000
    for number in range(1300):
        store.insert_outgoing(bob.id, f"line {number}", created_at=start + number)
    chats.page.open_conversation(ACCOUNT, BOB)
    view = chats.page.view.list
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())
    assert chats.last_row().body == "line 1299"  # opened at the newest message
    first_loaded = chats.page.messages.rowCount()

    bar.setValue(0)  # the user drags to the top
    qtbot.waitUntil(lambda: chats.page.messages.rowCount() > first_loaded)
    top = view.indexAt(view.viewport().rect().topLeft() + QPoint(10, 1))
    # What the user was looking at (the oldest row loaded before) is still on screen,
    # not pushed away by the rows added above it.
    assert top.data() == f"line {1300 - first_loaded}"

    for _ in range(200):  # a page, or fewer rows when none were laid out ahead
        if not chats.page.messages.canFetchMore():
            break
        bar.setValue(0)
        qtbot.wait(5)
    qtbot.waitUntil(lambda: not chats.page.messages.canFetchMore(), timeout=10_000)
    assert chats.page.messages.index(0, 0).data() == "line 0"
    assert chats.page.messages.rowCount() <= 1000  # the newest rows were let go
    bar.setValue(bar.maximum())  # and come back when scrolling down again
    for _ in range(40):
        if not chats.page.messages.has_newer():
            break
        bar.setValue(bar.maximum())
        qtbot.wait(5)
    qtbot.waitUntil(lambda: not chats.page.messages.has_newer(), timeout=10_000)
    assert chats.last_row().body == "line 1299"


def test_older_pages_are_read_and_laid_out_before_the_user_reaches_them(
    qtbot: QtBot, chats: Chats, monkeypatch: pytest.MonkeyPatch
) -> None:
    conversations = ConversationStore(chats.db)
    store = MessageStore(chats.db)
    bob = conversations.get_or_create(ACCOUNT, BOB)
    start = time.time() - 100_000
    for number in range(400):
        store.insert_outgoing(
            bob.id, f"line {number} " * (number % 7 + 1), created_at=start + number
        )
    layouts: list[Message] = []

    def counted(rect: QRect, message: Message, **kwargs: Any) -> Any:
        layouts.append(message)
        return bubble_geometry(rect, message, **kwargs)

    monkeypatch.setattr("jego_desktop.ui.chats.message_delegate.bubble_geometry", counted)
    chats.page.open_conversation(ACCOUNT, BOB)
    view = chats.page.view.list
    bar = view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())
    # While the user reads, the next older page is laid out a few rows at a time.
    qtbot.waitUntil(lambda: any(m.body.startswith("line 200 ") for m in layouts))
    qtbot.wait(300)  # and the view lays itself out at its width once the scroll bar shows
    layouts.clear()
    loaded = chats.page.messages.rowCount()
    bar.setValue(0)
    qtbot.waitUntil(lambda: chats.page.messages.rowCount() > loaded)
    # Inserting it lays out again only the row that lost its day heading, if any; the
    # rows painted at the top were laid out ahead, not while the user waits.
    assert len({m.id for m in layouts if m.body.startswith(("line 2", "line 3"))}) <= 1
    assert view.indexAt(QPoint(10, 1)).isValid()


def test_texts_follow_a_live_language_switch(
    qtbot: QtBot, chats: Chats, compiled_translations: Path
) -> None:
    chats.page.open_conversation(ACCOUNT, BOB)
    app = QCoreApplication.instance()
    assert app is not None
    translations.switch_language(app, "fr")
    qtbot.waitUntil(lambda: chats.page.title.text() == "Discussions")
    assert chats.page.search.placeholderText() == "Rechercher dans les messages (Ctrl+K)"
    assert chats.page.view.composer.editor.placeholderText() == "Écrire un message…"
    translations.switch_language(app, "zh_CN")
    qtbot.waitUntil(lambda: chats.page.title.text() == "聊天")
    assert chats.page.view.call_button.toolTip() == "呼叫"


def test_the_split_between_list_and_conversation_is_remembered(
    qtbot: QtBot, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1000, 640)
    window.show()
    window.chats_page.splitter.setSizes([400, 600])
    wanted = window.chats_page.splitter.sizes()
    window.close()
    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.resize(1000, 640)
    again.show()
    assert again.chats_page.splitter.sizes() == wanted


def test_the_conversation_pane_is_built_when_the_first_conversation_opens(chats: Chats) -> None:
    """Not at start: the first screen shows the list, and the pane costs ~40 ms (#15)."""
    page = chats.page
    chats.receive(BOB, "m-1", "hello before any pane")
    built_at_start = page.pane.built
    assert not built_at_start
    assert chats.page.current is None
    assert page.conversations.rowCount() == 1  # the list follows all the same
    built: list[object] = []
    page.pane.when_built(built.append)

    page.open_conversation(ACCOUNT, BOB)

    assert page.pane.built and built == [page.view]
    assert page.current is not None and page.current.peer_uri == BOB
    # Built with what connect_services gave before it existed.
    assert page.view.model is page.messages
    assert chats.last_row().body == "hello before any pane"
    assert page.view.recall_check == chats.messaging.recall_refusal
    late: list[object] = []
    page.pane.when_built(late.append)  # once built, at once
    assert late == [page.view]
