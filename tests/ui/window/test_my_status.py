"""My status: the rail button and the tray submenu, kept in settings.ini, sent to the engine."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from pytestqt.qtbot import QtBot

from jego_desktop.app.presence import wire_my_status
from jego_desktop.domain.my_status import MyStatus
from jego_desktop.models.window.my_status import SETTINGS_KEY, MyStatusChoice
from jego_desktop.ui import translations
from jego_desktop.ui.window.main_window import MainWindow
from jego_desktop.ui.window.my_status_button import MyStatusButton
from tests.ui.fake_engine import FakeEngine


def settings_at(path: Path) -> QSettings:
    return QSettings(str(path / "settings.ini"), QSettings.Format.IniFormat)


def make_window(qtbot: QtBot, path: Path) -> MainWindow:
    window = MainWindow(settings_at(path))
    qtbot.addWidget(window)
    window.set_numbers_bound(True)  # before a number is bound the rail says "No number yet"
    return window


def status_button(window: MainWindow) -> MyStatusButton:
    button = window.rail.findChild(MyStatusButton)
    assert isinstance(button, MyStatusButton)
    return button


def test_the_rail_offers_four_statuses_and_starts_online(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    button = status_button(window)
    menu = button.menu_of_statuses
    assert [a.text() for a in menu.actions()] == [
        "Online",
        "Away",
        "Do not disturb",
        "Invisible",
    ]
    assert menu.status_actions[MyStatus.ONLINE].isChecked()
    assert button.text() == "Online"
    assert button.accessibleName() == "My status: Online"
    assert "declined as busy" in menu.status_actions[MyStatus.BUSY].toolTip()


def test_a_choice_in_the_rail_is_shown_everywhere_and_sent_to_the_engine(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(qtbot, tmp_path)
    engine = FakeEngine()
    wire_my_status(window, engine)  # type: ignore[arg-type]
    assert engine.last("set_my_status") == ("set_my_status", MyStatus.ONLINE)

    status_button(window).menu_of_statuses.status_actions[MyStatus.BUSY].trigger()
    assert engine.last("set_my_status") == ("set_my_status", MyStatus.BUSY)
    assert status_button(window).text() == "Do not\ndisturb"  # two lines: the rail is narrow
    assert status_button(window).accessibleName() == "My status: Do not disturb"
    tray_menu = window.presence.tray.status_menu
    assert tray_menu is not None
    assert tray_menu.status_actions[MyStatus.BUSY].isChecked()  # type: ignore[attr-defined]
    assert tray_menu.title() == "Do not disturb"


def test_the_tray_submenu_changes_the_status(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    engine = FakeEngine()
    wire_my_status(window, engine)  # type: ignore[arg-type]
    tray = window.presence.tray
    tray.refresh_menu()
    submenus = [a.menu() for a in tray.menu.actions() if a.menu() is not None]
    assert submenus == [tray.status_menu]
    tray.status_menu.status_actions[MyStatus.AWAY].trigger()  # type: ignore[union-attr]
    assert window.my_status.status is MyStatus.AWAY
    assert engine.last("set_my_status") == ("set_my_status", MyStatus.AWAY)
    assert status_button(window).menu_of_statuses.status_actions[MyStatus.AWAY].isChecked()


def test_the_status_survives_a_restart(qtbot: QtBot, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    status_button(window).menu_of_statuses.status_actions[MyStatus.INVISIBLE].trigger()
    window.close()
    settings_at(tmp_path).sync()
    assert settings_at(tmp_path).value(SETTINGS_KEY) == "invisible"

    again = make_window(qtbot, tmp_path)
    engine = FakeEngine()
    wire_my_status(again, engine)  # type: ignore[arg-type]
    assert again.my_status.status is MyStatus.INVISIBLE
    assert status_button(again).text() == "Invisible"
    assert engine.last("set_my_status") == ("set_my_status", MyStatus.INVISIBLE)


def test_choosing_the_same_status_again_sends_nothing(tmp_path: Path) -> None:
    choice = MyStatusChoice(settings_at(tmp_path))
    sent: list[MyStatus] = []
    choice.changed.connect(sent.append)
    choice.set_status(MyStatus.AWAY)
    choice.set_status(MyStatus.AWAY)
    assert sent == [MyStatus.AWAY]


def test_a_broken_setting_falls_back_to_online_and_says_so(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    settings = settings_at(tmp_path)
    settings.setValue(SETTINGS_KEY, "sleeping")
    with caplog.at_level(logging.WARNING):
        choice = MyStatusChoice(settings)
    assert choice.status is MyStatus.ONLINE
    assert "unknown status 'sleeping'" in caplog.text


def test_the_status_texts_switch_language_live(
    qtbot: QtBot, tmp_path: Path, compiled_translations: Path
) -> None:
    window = make_window(qtbot, tmp_path)
    window.my_status.set_status(MyStatus.BUSY)
    button = status_button(window)
    tray_menu = window.presence.tray.status_menu
    assert tray_menu is not None
    app = QCoreApplication.instance()
    assert app is not None

    translations.switch_language(app, "fr")
    qtbot.waitUntil(lambda: button.accessibleName() == "Mon statut : Ne pas déranger")
    assert [a.text() for a in button.menu_of_statuses.actions()] == [
        "En ligne",
        "Absent",
        "Ne pas déranger",
        "Invisible",
    ]
    qtbot.waitUntil(lambda: tray_menu.title() == "Ne pas déranger")

    translations.switch_language(app, "zh_CN")
    qtbot.waitUntil(lambda: button.text() == "请勿打扰")
    assert tray_menu.actions()[1].text() == "离开"
