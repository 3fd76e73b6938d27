"""The first start and the way out (issue #19 items 8 and 9): no green "Online" before a
number is bound, "Bind your number" first; Quit in the window's menu and on Ctrl+Q."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jego_desktop.app.services import wire_registration_status
from jego_desktop.domain.accounts import RegistrationState
from jego_desktop.domain.engine_events import RegistrationChanged
from jego_desktop.models.settings.account_editor import AccountEditor
from jego_desktop.store.accounts import AccountStore
from jego_desktop.store.database import Database
from jego_desktop.store.secrets import SecretStore
from jego_desktop.ui.settings.services import SettingsServices
from jego_desktop.ui.window.main_window import SETTINGS_PAGE, MainWindow
from tests.ui.fake_engine import FakeEngine

KEY = "+8613800138000@127.0.0.1:5070"


def make_window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_before_any_number_the_window_says_so_and_offers_to_bind_one(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(qtbot, tmp_path)
    engine = FakeEngine()
    status = wire_registration_status(engine, window)  # type: ignore[arg-type]

    assert window.account_state.text() == "No number yet"
    assert window.status_button.accessibleName() == "No number yet"
    assert "Online" not in window.status_button.text()
    bind = window.top_bar.bind_button
    assert bind.isVisible()
    assert bind.text() == "Bind your number"

    status.add_account(KEY, "+8613800138000")  # bound: the button goes, my status comes
    assert not bind.isVisible()
    assert window.status_button.text() == "Online"
    engine.publish(RegistrationChanged(KEY, RegistrationState.REGISTERED, 200, "OK"))
    assert "online" in window.account_state.text()

    engine.publish(RegistrationChanged(KEY, RegistrationState.UNREGISTERED, 0, "removed"))
    assert bind.isVisible()  # the last number removed: bind one again
    assert window.status_button.accessibleName() == "No number yet"


def test_the_bind_button_opens_the_wizard_in_settings(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    database = Database.open(tmp_path / "jego.sqlite3")
    engine = FakeEngine()
    window.settings_page.connect_services(
        SettingsServices(
            engine=engine,
            status=wire_registration_status(engine, window),  # type: ignore[arg-type]
            accounts=AccountEditor(AccountStore(database), SecretStore("jego-first"), lambda: None),
        )
    )
    qtbot.mouseClick(window.top_bar.bind_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentIndex() == SETTINGS_PAGE
    wizard = window.settings_page.accounts.wizard
    assert wizard is not None
    qtbot.waitExposed(wizard)
    assert wizard.currentPage() is wizard.number_page
    wizard.reject()
    database.close()


@pytest.fixture
def quits(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    calls: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", lambda: calls.append(True))
    return calls


def test_ctrl_q_quits_wherever_focus_is_in_the_window(
    qtbot: QtBot, tmp_path: Path, quits: list[bool]
) -> None:
    window = make_window(qtbot, tmp_path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_page(2)  # the dial pad, focus in its entry
    entry = window.dial_pad_page.entry
    entry.setFocus()
    assert window.focusWidget() is entry
    qtbot.keyClick(entry, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert quits == [True]
    assert window.presence.quitting  # the close that follows is not turned into a hide


def test_the_window_menu_offers_quit_with_its_shortcut(
    qtbot: QtBot, tmp_path: Path, quits: list[bool]
) -> None:
    window = make_window(qtbot, tmp_path)
    menu = window.top_bar.menu_button.menu()
    assert menu is not None
    texts = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert texts == ["Settings", "Quit Jego"]
    quit_action = menu.actions()[-1]
    assert quit_action.shortcut().toString() == "Ctrl+Q"  # shown beside it in the menu
    assert window.top_bar.menu_button.accessibleName() == "Menu"
    quit_action.trigger()
    assert quits == [True]


def test_without_a_tray_closing_still_closes(
    qtbot: QtBot, tmp_path: Path, quits: list[bool]
) -> None:
    window = make_window(qtbot, tmp_path)
    assert not window.presence.tray.shown
    assert window.close()
