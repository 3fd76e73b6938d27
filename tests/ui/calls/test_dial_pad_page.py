"""Dialing from the dial pad page, against the fake engine."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from jego_desktop.domain.links import DialRequest
from jego_desktop.models.calls.dial_pad import DialPadModel
from jego_desktop.ui.calls.dial_pad_page import DialPadPage
from jego_desktop.ui.style import LIGHT
from tests.ui.fake_engine import FakeEngine

KEY = "+33100000000@example.org"
DOMAIN = "example.org"


def make_page(qtbot: QtBot, domain: str | None = DOMAIN) -> tuple[DialPadPage, FakeEngine]:
    engine = FakeEngine()
    model = DialPadModel("FR")
    model.set_account(KEY if domain else "", domain)
    model.call_requested.connect(engine.make_call)
    page = DialPadPage(model, LIGHT)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.entry.hasFocus)
    return page, engine


def test_typed_digits_are_formatted_and_enter_dials(qtbot: QtBot) -> None:
    page, engine = make_page(qtbot)
    qtbot.keyClicks(page.entry, "0612345678")
    assert page.entry.text() == "06 12 34 56 78"
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    assert engine.commands == [("make_call", f"sip:+33612345678@{DOMAIN}", KEY)]


def test_clicked_digits_and_the_call_button(qtbot: QtBot) -> None:
    page, engine = make_page(qtbot)
    for key in "+442079460000":
        if key == "+":
            page.model.press("+")  # a long press on 0 on a real keypad
        else:
            qtbot.mouseClick(page.keypad.button(key), Qt.MouseButton.LeftButton)
    assert page.entry.text() == "+44 20 7946 0000"
    qtbot.mouseClick(page.call_button, Qt.MouseButton.LeftButton)
    assert engine.last("make_call") == ("make_call", f"sip:+442079460000@{DOMAIN}", KEY)


def test_keyboard_digits_work_when_a_key_has_the_focus(qtbot: QtBot) -> None:
    page, engine = make_page(qtbot)
    page.keypad.button("5").setFocus()
    qtbot.keyClicks(page.keypad.button("5"), "0612")
    assert page.entry.text() == "06 12"
    qtbot.keyClick(page.keypad.button("5"), Qt.Key.Key_Backspace)
    assert page.entry.text() == "061"
    qtbot.keyClick(page.keypad.button("5"), Qt.Key.Key_Escape)
    assert page.entry.text() == ""
    assert engine.commands == []


def test_pasted_number_is_cleaned_and_formatted(qtbot: QtBot) -> None:
    page, engine = make_page(qtbot)
    QGuiApplication.clipboard().setText("tel:+33 (0)6-12.34.56.78")
    page.entry.setFocus()
    qtbot.keyClick(page.entry, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert page.entry.text() == "+33 6 12 34 56 78"
    page.call_button.click()
    assert engine.last("make_call")[1] == f"sip:+33612345678@{DOMAIN}"


def test_editing_in_the_middle_keeps_the_cursor(qtbot: QtBot) -> None:
    page, _ = make_page(qtbot)
    qtbot.keyClicks(page.entry, "061234")
    page.entry.setCursorPosition(2)  # after "06"
    qtbot.keyClicks(page.entry, "9")
    assert page.entry.text() == "06 91 23 4"
    assert page.entry.cursorPosition() == 4  # right after the 9


def test_invalid_input_shows_a_message_and_does_not_dial(qtbot: QtBot) -> None:
    page, engine = make_page(qtbot)
    qtbot.keyClicks(page.entry, "06 12 xx")
    assert page.message.text()
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    assert page.message.accessibleName() == page.message.text() != ""
    assert engine.commands == []


def test_numbers_need_an_account(qtbot: QtBot) -> None:
    page, engine = make_page(qtbot, domain=None)
    qtbot.keyClicks(page.entry, "0612345678")
    page.call_button.click()
    assert page.message.text()
    assert engine.commands == []
    page.entry.clear()
    qtbot.keyClicks(page.entry, "sip:bob@192.0.2.7")
    page.call_button.click()
    assert engine.commands == [("make_call", "sip:bob@192.0.2.7", "")]


def test_redial(qtbot: QtBot) -> None:
    page, engine = make_page(qtbot)
    assert not page.redial_button.isEnabled()
    qtbot.keyClicks(page.entry, "0612345678")
    qtbot.keyClick(page.entry, Qt.Key.Key_Enter)
    page.model.clear()
    assert page.redial_button.isEnabled()
    qtbot.mouseClick(page.redial_button, Qt.MouseButton.LeftButton)
    assert engine.names() == ["make_call", "make_call"]
    assert engine.commands[0] == engine.commands[1]


def test_controls_have_accessible_names(qtbot: QtBot) -> None:
    page, _ = make_page(qtbot)
    for widget in (page.entry, page.call_button, page.message_button, page.redial_button):
        assert widget.accessibleName()
    assert all(page.keypad.button(key).accessibleName() for key in "0123456789*#")


def test_a_link_waits_in_the_entry(qtbot: QtBot) -> None:
    page, engine = make_page(qtbot)
    page.present_request(DialRequest("tel", "+33612345678"))
    assert page.entry.text() == "+33 6 12 34 56 78"
    assert page.call_button.hasFocus()
    assert engine.commands == []
    qtbot.keyClick(page.call_button, Qt.Key.Key_Return)
    assert engine.commands == [("make_call", f"sip:+33612345678@{DOMAIN}", KEY)]
