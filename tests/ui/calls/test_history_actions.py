"""History rows you can act on (issue #19 item 12): call and message buttons under the
pointer, a context menu (call, message, add to contacts, copy number, delete), a tooltip
for the double click; and contacts named in the history (item 5)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QGuiApplication, QImage, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from jego_desktop.domain.contacts import Contact, PhoneNumber
from jego_desktop.models.calls.call_history import CallHistoryModel, HistoryRole
from jego_desktop.store.calls import CallHistory
from jego_desktop.store.contacts import ContactStore
from jego_desktop.store.database import Database
from jego_desktop.ui.calls.calls_page import CallsPage
from jego_desktop.ui.calls.history_delegate import action_rects
from jego_desktop.ui.style import LIGHT
from jego_desktop.ui.window.main_window import CONTACTS_PAGE, MainWindow
from tests.unit.models.calls.test_call_history_model import FakeHistory, entry

ACCOUNT = "+33100000000@example.org"
KNOWN = "sip:+33612345678@example.org"
STRANGER = "sip:+4930123456@example.org"


def make_page(qtbot: QtBot, history: FakeHistory, names=lambda _uri: "") -> CallsPage:
    page = CallsPage(CallHistoryModel(history, home_region="FR", names=names), LIGHT)
    qtbot.addWidget(page)
    page.resize(600, 400)
    page.show()
    qtbot.waitExposed(page)
    return page


def sample() -> FakeHistory:
    return FakeHistory([entry(1, KNOWN), entry(2, STRANGER)])


def button_centre(page: CallsPage, row: int, name: str) -> QPoint:
    rect = page.view.visualRect(page.model.index(row, 0))
    return action_rects(rect)[name].center()


def test_the_row_buttons_call_and_write(qtbot: QtBot) -> None:
    page = make_page(qtbot, sample())
    viewport = page.view.viewport()
    with qtbot.waitSignal(page.call_back_requested) as called:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=button_centre(page, 1, "call"))
    assert called.args == [STRANGER, ACCOUNT]
    with qtbot.waitSignal(page.message_requested) as written:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=button_centre(page, 0, "message"))
    assert written.args == [KNOWN, ACCOUNT]
    assert page.view.currentIndex().row() == 0


def test_a_double_click_on_the_message_button_does_not_call(qtbot: QtBot) -> None:
    page = make_page(qtbot, sample())
    calls: list[tuple[str, str]] = []
    page.call_back_requested.connect(lambda peer, key: calls.append((peer, key)))
    where = button_centre(page, 0, "message")
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert calls == []


def test_the_buttons_are_painted_on_the_row_under_the_pointer(qtbot: QtBot) -> None:
    page = make_page(qtbot, sample())
    index = page.model.index(0, 0)
    rect = page.view.visualRect(index)

    def painted(hovered: bool) -> QImage:
        picture = QImage(rect.right() + 1, rect.bottom() + 1, QImage.Format.Format_ARGB32)
        picture.fill(QColor(LIGHT.surface))
        option = QStyleOptionViewItem()
        option.initFrom(page.view)
        option.rect = rect
        option.state = QStyle.StateFlag.State_Enabled
        if hovered:
            option.state |= QStyle.StateFlag.State_MouseOver
        painter = QPainter(picture)
        page.delegate.paint(painter, option, index)
        painter.end()
        return picture

    call_box = action_rects(rect)["call"]
    success = QColor(LIGHT.success)

    def shows_call_icon(picture: QImage) -> bool:
        for y in range(call_box.top(), call_box.bottom()):
            for x in range(call_box.left(), call_box.right()):
                pixel = QColor(picture.pixel(x, y))
                if abs(pixel.green() - success.green()) < 30 and pixel.red() < 80:
                    return True
        return False

    assert shows_call_icon(painted(hovered=True))
    assert not shows_call_icon(painted(hovered=False))


def test_the_context_menu_offers_every_action(qtbot: QtBot) -> None:
    history = sample()
    page = make_page(qtbot, history, names=lambda uri: "王小明" if uri == KNOWN else "")
    menu = page.context_menu(page.model.index(1, 0))
    actions = {a.text(): a for a in menu.actions() if not a.isSeparator()}
    assert list(actions) == [
        "Call",
        "Send a message",
        "Add to contacts",
        "Copy number",
        "Delete from history",
    ]
    assert actions["Add to contacts"].isEnabled()
    with qtbot.waitSignal(page.add_contact_requested) as added:
        actions["Add to contacts"].trigger()
    assert added.args == [STRANGER]
    with qtbot.waitSignal(page.call_back_requested) as called:
        actions["Call"].trigger()
    assert called.args == [STRANGER, ACCOUNT]
    with qtbot.waitSignal(page.message_requested):
        actions["Send a message"].trigger()
    actions["Copy number"].trigger()
    assert QGuiApplication.clipboard().text() == "+4930123456"
    actions["Delete from history"].trigger()
    assert [e.id for e in history.entries] == [1]
    assert page.model.rowCount() == 1

    known = page.context_menu(page.model.index(0, 0))
    add = next(a for a in known.actions() if a.text() == "Add to contacts")
    assert not add.isEnabled()  # already a contact


def test_the_menu_key_opens_the_menu_on_the_current_row(qtbot: QtBot) -> None:
    page = make_page(qtbot, sample())
    page.view.setCurrentIndex(page.model.index(1, 0))
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard,
        QPoint(-1, -1),
        QPoint(-1, -1),
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(page.view.viewport(), event)
    assert page.menu is not None
    qtbot.waitUntil(page.menu.isVisible)
    page.menu.close()
    assert page.view.currentIndex().row() == 1


def test_rows_are_as_wide_as_the_list(qtbot: QtBot) -> None:
    page = make_page(qtbot, sample())
    rect = page.view.visualRect(page.model.index(0, 0))
    assert rect.width() == page.view.viewport().width()  # before: wider, the time cut off
    assert not page.view.horizontalScrollBar().isVisible()


def test_the_double_click_is_documented(qtbot: QtBot) -> None:
    page = make_page(qtbot, sample())
    assert "Double-click" in page.view.toolTip()
    assert page.delegate.action_tip("call") == "Call back"


def test_named_rows_show_the_number_under_the_name(qtbot: QtBot) -> None:
    page = make_page(qtbot, sample(), names=lambda uri: "王小明" if uri == KNOWN else "")
    first = page.model.index(0, 0)
    assert first.data(Qt.ItemDataRole.DisplayRole) == "王小明"
    assert first.data(HistoryRole.DETAIL).startswith("06 12 34 56 78 · ")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, db: Database) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("dialing/home_region", "FR")
    main = MainWindow(settings)
    qtbot.addWidget(main)
    main.contacts.set_store(ContactStore(db))
    main.call_history.set_source(CallHistory(db))
    return main


def test_the_main_window_names_history_rows_after_the_address_book(
    window: MainWindow, db: Database
) -> None:
    history = CallHistory(db)
    history.add(entry(1, KNOWN).record)
    window.call_history.refresh()
    row = window.call_history.index(0, 0)
    assert row.data(Qt.ItemDataRole.DisplayRole) == "06 12 34 56 78"
    window.contacts.add(Contact("王小明", (PhoneNumber("06 12 34 56 78", "cell"),)))
    assert row.data(Qt.ItemDataRole.DisplayRole) == "王小明"


def test_add_to_contacts_opens_the_editor_with_the_number(window: MainWindow) -> None:
    window.calls_page.add_contact_requested.emit(STRANGER)
    assert window.pages.currentIndex() == CONTACTS_PAGE
    editor = window.contacts_page.editor
    assert editor is not None and editor.isVisible()
    assert [row.number.text() for row in editor.phone_rows] == ["+4930123456"]
    editor.reject()


def test_message_from_the_history_opens_the_chat(window: MainWindow, monkeypatch) -> None:
    opened: list[tuple[str, str]] = []
    monkeypatch.setattr(window.chats_page, "open_conversation", lambda k, p: opened.append((k, p)))
    window.calls_page.message_requested.emit(STRANGER, ACCOUNT)
    assert opened == [(ACCOUNT, STRANGER)]
