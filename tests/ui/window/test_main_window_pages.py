"""The dial pad and the calls history sit in the main window in place of placeholders."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jego_desktop.ui.window.main_window import MainWindow
from tests.ui.fake_engine import FakeEngine


def make_window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("dialing/home_region", "FR")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_pages_are_in_place(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    dial_pad_page, calls_page = window.dial_pad_page, window.calls_page  # built now
    assert window.pages.widget(2) is dial_pad_page
    assert window.pages.widget(3) is calls_page
    assert window.home_region == "FR"


def test_ctrl_3_then_typing_dials(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    engine = FakeEngine()
    window.dial_pad.set_account("k", "example.org")
    window.dial_pad.call_requested.connect(engine.make_call)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.dial_pad_page.entry.hasFocus)
    qtbot.keyClicks(window.dial_pad_page.entry, "0612345678")
    qtbot.keyClick(window.dial_pad_page.entry, Qt.Key.Key_Return)
    assert engine.commands == [("make_call", "sip:+33612345678@example.org", "k")]


def test_message_button_leads_to_the_chats(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    window.dial_pad.set_account("k", "example.org")
    window.show_page(2)
    window.dial_pad.set_text("0612345678")
    window.dial_pad_page.message_button.click()
    assert window.pages.currentIndex() == 0
