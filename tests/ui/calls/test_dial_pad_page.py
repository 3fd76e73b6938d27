"""Dialing from the dial pad page, against the fake engine."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from jego_desktop.domain.links import DialRequest
from jego_desktop.models.calls.dial_pad import DialPadModel
from jego_desktop.ui.calls.dial_pad_page import DialPadPage
from jego_desktop.ui.style import LIGHT
from jego_desktop.ui.window.main_window import MainWindow
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


def test_a_typed_name_is_called_at_the_account_domain(qtbot: QtBot) -> None:
    """Issue #19 item 4: `bob` rings sip:bob@<account domain>, as in Linphone."""
    page, engine = make_page(qtbot)
    qtbot.keyClicks(page.entry, "bob")
    assert page.entry.text() == "bob" and page.message.text() == ""
    assert page.call_button.isEnabled() and page.message_button.isEnabled()
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    assert engine.commands == [("make_call", f"sip:bob@{DOMAIN}", KEY)]


def test_what_cannot_be_dialled_disables_the_buttons_and_says_what_to_type(
    qtbot: QtBot,
) -> None:
    page, engine = make_page(qtbot)
    assert not page.call_button.isEnabled()  # nothing typed, nothing to redial
    qtbot.keyClicks(page.entry, "bob?x")
    assert "name@server" in page.message.text()
    buttons = (page.call_button, page.video_button, page.message_button)
    assert not any(button.isEnabled() for button in buttons)
    qtbot.mouseClick(page.call_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    assert engine.commands == []
    page.entry.selectAll()
    qtbot.keyClicks(page.entry, "bob@example.net")
    assert page.message.text() == "" and all(button.isEnabled() for button in buttons)


def test_a_name_without_a_bound_number_asks_for_name_at_server(qtbot: QtBot) -> None:
    page, _engine = make_page(qtbot, domain=None)
    qtbot.keyClicks(page.entry, "bob")
    assert not page.call_button.isEnabled()
    assert "name@server" in page.message.text()
    page.model.set_account(KEY, DOMAIN)  # the number is bound meanwhile
    assert page.call_button.isEnabled() and page.message.text() == ""


def window_with_settings(qtbot: QtBot, tmp_path: Path, home_region: str) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    if home_region:
        settings.setValue("dialing/home_region", home_region)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    return window


def test_a_number_without_country_takes_the_bound_numbers_country(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Issue #14 section 4: a China Mobile number used from France dials +86."""
    window = window_with_settings(qtbot, tmp_path, home_region="")
    engine = FakeEngine()
    window.dial_pad.call_requested.connect(engine.make_call)
    window.set_bound_number("+8613800138000")
    window.dial_pad.set_account("+8613800138000@sip.example.cn", "sip.example.cn")
    window.show()
    window.show_page(window.pages.indexOf(window.dial_pad_page))
    qtbot.keyClicks(window.dial_pad_page.entry, "13800138001")
    assert window.dial_pad_page.entry.text() == "138 0013 8001"
    qtbot.keyClick(window.dial_pad_page.entry, Qt.Key.Key_Return)
    assert engine.last("make_call")[1] == "sip:+8613800138001@sip.example.cn"


def test_the_chosen_home_country_overrides_the_bound_numbers(qtbot: QtBot, tmp_path: Path) -> None:
    window = window_with_settings(qtbot, tmp_path, home_region="FR")
    window.set_bound_number("+8613800138000")
    window.dial_pad.set_account("+8613800138000@sip.example.cn", "sip.example.cn")
    window.dial_pad_page.entry.setFocus()
    qtbot.keyClicks(window.dial_pad_page.entry, "0612345678")
    assert window.dial_pad.uri_for(window.dial_pad.text)[0] == "sip:+33612345678@sip.example.cn"
