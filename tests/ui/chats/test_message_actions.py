"""The message menu: reply (with its quoted bubble), take back, forward, delete with undo."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QListView, QMenu, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from jego_desktop.domain.chat_headers import RECALL_ID, REPLY_TO_ID
from jego_desktop.domain.engine_events import MessageRecalled, MessageSent
from jego_desktop.domain.incoming_messages import IncomingRecall
from jego_desktop.domain.messages import Message
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.messages import MessageStore
from jego_desktop.store.peer_formats import PeerFormats
from tests.ui.chats import test_chats_page
from tests.ui.chats.test_chats_page import ACCOUNT, ALICE, BOB, Chats

chats = test_chats_page.chats  # a fixture (db comes from conftest)


def option(view: QListView, index: QModelIndex) -> QStyleOptionViewItem:
    found = QStyleOptionViewItem()
    view.initViewItemOption(found)
    found.rect = view.visualRect(index)
    return found


def actions(menu: QMenu) -> dict[str, bool]:
    return {action.text(): action.isEnabled() for action in menu.actions() if action.text()}


def trigger(menu: QMenu, text: str) -> None:
    [action] = [action for action in menu.actions() if action.text() == text]
    action.trigger()


def write(chats: Chats, text: str) -> Message:
    chats.page.view.composer.set_text(text)
    chats.page.view.composer.submit()
    return chats.last_row()


def test_reply_from_the_menu_sends_the_original_id_and_shows_the_quote(
    qtbot: QtBot, chats: Chats
) -> None:
    chats.page.open_conversation(ACCOUNT, BOB)
    question = chats.receive(BOB, "b-1", "Sunday lunch at noon?\nbring the kids")
    PeerFormats(chats.db).remember(ACCOUNT, BOB, True)  # a Jego app, as its User-Agent says
    menu = chats.page.view.message_menu(question)
    assert "Take back" not in " ".join(actions(menu))  # not ours to take back
    trigger(menu, "Reply")
    bar = chats.page.view.reply_bar
    assert bar.isVisible() and bar.line.text() == "Sunday lunch at noon?"
    reply = write(chats, "yes, all four of us")
    assert not bar.isVisible() and chats.page.view.replying_to is None
    assert chats.engine.last("send_message")[6] == ((REPLY_TO_ID, "b-1"),)
    assert reply.quote is not None and reply.quote.first_line == "Sunday lunch at noon?"

    view = chats.page.view.list
    index = view.source_index(chats.page.messages.rowCount() - 1)
    geometry = chats.page.view.delegate.geometry(option(view, index), index)
    assert geometry is not None and geometry.quote is not None
    assert geometry.bubble.contains(geometry.quote)
    assert geometry.quote.bottom() < geometry.text_origin.y()  # above the reply's text
    clicked: list[int] = []
    chats.page.view.quote_clicked.connect(clicked.append)
    quote = geometry.quote
    qtbot.waitUntil(lambda: view.visualRect(index).contains(quote))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=quote.center())
    assert clicked == [question.id]


def test_take_back_is_offered_only_when_it_can_work_and_says_why_not(
    qtbot: QtBot, chats: Chats
) -> None:
    chats.page.open_conversation(ACCOUNT, BOB)
    pending = write(chats, "not answered yet")
    assert actions(chats.page.view.message_menu(pending)) == {
        "Reply": True,
        "Copy text": True,
        "Forward…": True,
        "Take back (not sent: delete it instead)": False,
        "Delete for me…": True,
    }
    chats.engine.publish(MessageSent(ACCOUNT, BOB, pending.message_id, "cid"))
    sent = chats.last_row()
    menu = actions(chats.page.view.message_menu(sent))
    assert menu["Take back (their phone cannot be told)"] is False  # plain-text peer
    PeerFormats(chats.db).remember(ACCOUNT, BOB, True)
    trigger(chats.page.view.message_menu(sent), "Take back")
    assert chats.engine.last("send_message")[6] == ((RECALL_ID, sent.message_id),)
    chats.engine.publish(MessageSent(ACCOUNT, BOB, chats.engine.last("send_message")[3], "c2"))
    assert chats.last_row().recalled
    assert "Reply" not in actions(chats.page.view.message_menu(chats.last_row()))


def test_a_message_the_peer_took_back_becomes_one_line(qtbot: QtBot, chats: Chats) -> None:
    chats.page.open_conversation(ACCOUNT, BOB)
    chats.receive(BOB, "b-9", "sent to the wrong person")
    changed = chats.messaging.sink.recall(IncomingRecall(ACCOUNT, BOB, "b-9"))
    assert changed is not None
    chats.engine.publish(MessageRecalled(ACCOUNT, BOB, "b-9", changed.stored))
    view = chats.page.view.list
    index = view.source_index(chats.page.messages.rowCount() - 1)
    geometry = chats.page.view.delegate.geometry(option(view, index), index)
    assert geometry is not None and geometry.notice is not None
    title = chats.page.view.title.text()
    assert chats.page.view.delegate._notice_text(chats.last_row()) == (
        f"{title} took back a message"
    )
    assert index.data(Qt.ItemDataRole.DisplayRole) == ""


def test_delete_asks_hides_the_row_and_undo_brings_it_back(qtbot: QtBot, chats: Chats) -> None:
    chats.page.open_conversation(ACCOUNT, BOB)
    keep = chats.receive(BOB, "b-1", "keep me")
    gone = chats.receive(BOB, "b-2", "delete me")
    questions: list[str] = []

    def say_no(question: str) -> bool:
        questions.append(question)
        return False

    chats.page.confirm = say_no
    trigger(chats.page.view.message_menu(gone), "Delete for me…")
    assert len(questions) == 1 and chats.page.messages.rowCount() == 2  # the user said no
    chats.page.confirm = lambda _question: True
    trigger(chats.page.view.message_menu(gone), "Delete for me…")
    assert chats.page.messages.rowCount() == 1 and chats.last_row().id == keep.id
    assert chats.page.undo_bar.isVisible()
    assert MessageStore(chats.db).get(gone.id) is not None  # nothing written during the undo
    qtbot.mouseClick(chats.page.undo_bar.button, Qt.MouseButton.LeftButton)
    assert chats.page.messages.rowCount() == 2 and chats.last_row().id == gone.id
    assert not chats.page.undo_bar.isVisible()

    trigger(chats.page.view.message_menu(chats.last_row()), "Delete for me…")
    assert chats.page.deletions is not None
    with qtbot.waitSignal(chats.page.deletions.done, timeout=10_000):
        pass  # the undo window passes
    assert MessageStore(chats.db).get(gone.id) is None
    assert MessageStore(chats.db).get(keep.id) is not None


def test_a_whole_conversation_goes_after_the_undo_window(qtbot: QtBot, chats: Chats) -> None:
    chats.page.open_conversation(ACCOUNT, BOB)
    chats.receive(BOB, "b-1", "hello")
    conversation = chats.page.current
    assert conversation is not None
    chats.page.confirm = lambda _question: True
    chats.page.delete_conversation(conversation)
    assert chats.page.conversations.row_of(conversation.id) < 0
    assert chats.page.current is None
    chats.page.undo()
    assert chats.page.conversations.row_of(conversation.id) >= 0
    chats.page.delete_conversation(conversation)
    assert chats.page.deletions is not None
    chats.page.deletions.commit()  # as when the app stops
    assert ConversationStore(chats.db).get(conversation.id) is None


def test_forward_to_another_conversation(qtbot: QtBot, chats: Chats) -> None:
    chats.page.open_conversation(ACCOUNT, ALICE)
    chats.page.open_conversation(ACCOUNT, BOB)
    photo_caption = chats.receive(BOB, "b-1", "look at this")
    trigger(chats.page.view.message_menu(photo_caption), "Forward…")
    dialog = chats.page.forward_dialog
    assert dialog is not None
    row = chats.page.conversations.row_of(
        ConversationStore(chats.db).get_or_create(ACCOUNT, ALICE).id
    )
    dialog.list.setCurrentIndex(chats.page.conversations.index(row, 0))
    assert dialog.send_button.isEnabled()
    dialog.accept()
    command = chats.engine.last("send_message")
    assert (command[2], command[4]) == (ALICE, "look at this")
    current = chats.page.current
    assert current is not None and current.peer_uri == ALICE
