"""The main window without any account, sound card or keyring."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jego_desktop.app import report_missing_capabilities
from jego_desktop.domain.contacts import Contact, PhoneNumber
from jego_desktop.store.contacts import ContactStore
from jego_desktop.store.database import Database
from jego_desktop.ui.window.main_window import MainWindow


def make_window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    return window


def test_rail_switches_pages(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    window.show()
    buttons = window.rail.buttons()
    assert [b.accessibleName() for b in buttons] == [
        "Chats",
        "Contacts",
        "Dial pad",
        "Calls",
        "Settings",
    ]
    qtbot.mouseClick(buttons[2], Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == 2
    assert buttons[2].isChecked()


def test_keyboard_shortcuts_switch_pages(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == 3


def test_window_says_there_is_no_account(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    assert window.account_state.text() == "No number yet"


def test_missing_sound_and_keyring_are_reported(qtbot: QtBot, tmp_path: Path, monkeypatch) -> None:
    import jego_desktop.app.capabilities as app_module
    from jego_desktop.media.devices import AudioStatus
    from jego_desktop.store.secrets import KeyringStatus

    monkeypatch.setattr(
        app_module, "audio_status", lambda: AudioStatus((), (), "no sound device was found")
    )
    monkeypatch.setattr(
        app_module, "keyring_status", lambda: KeyringStatus(False, "fail", "no backend")
    )
    window = make_window(qtbot, tmp_path)
    report_missing_capabilities(window)
    texts = window.notices.texts()
    assert any("No sound" in text for text in texts)
    assert any("No keyring" in text for text in texts)


def test_geometry_is_remembered(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    window.show()
    window.resize(800, 555)
    window.close()
    again = make_window(qtbot, tmp_path)
    assert again.size().height() == 555


def test_group_members_are_picked_from_the_contacts(
    qtbot: QtBot, tmp_path: Path, db: Database
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("dialing/home_region", "FR")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.dial_pad.set_account("+33100000000@sip.example.org", "sip.example.org")
    ContactStore(db).add_many(
        [
            Contact("Alice", (PhoneNumber("06 11 11 11 11", "cell"),)),
            Contact("Carol", sip_uri="sip:carol@example.net"),
            Contact("No address"),
        ]
    )
    window.contacts.set_store(ContactStore(db))
    assert window.chats_page.contact_choices() == [
        ("Alice", "sip:+33611111111@sip.example.org"),
        ("Carol", "sip:carol@example.net"),
    ]
