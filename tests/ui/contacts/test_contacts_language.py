"""The Contacts page, its editor and the tray menu follow a live language switch."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from pytestqt.qtbot import QtBot

from jego_desktop.domain.contacts import Contact, PhoneNumber
from jego_desktop.models.contacts.contacts_model import ContactRole
from jego_desktop.store.contacts import ContactStore
from jego_desktop.ui import translations
from jego_desktop.ui.window.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[3]


def test_contacts_and_tray_switch_language_live(
    qtbot: QtBot, tmp_path: Path, store: ContactStore, compiled_translations: Path
) -> None:
    store.add(Contact("Camille", (PhoneNumber("06 12 34 56 78", "cell"),), favourite=True))
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.contacts.set_store(store)
    window.show()
    window.show_page(1)
    page = window.contacts_page
    tray = window.presence.tray
    assert page.search.placeholderText() == "Search contacts"
    app = QCoreApplication.instance()
    assert app is not None

    translations.switch_language(app, "fr")
    qtbot.waitUntil(lambda: page.search.placeholderText() == "Rechercher un contact")
    assert page.detail.call_button.accessibleName() == "Appeler"
    assert page.detail.delete_button.text() == "Supprimer le contact"
    assert page.view.model().index(0, 0).data(ContactRole.SECTION) == "Favoris"
    qtbot.waitUntil(lambda: tray.quit_action.text() == "Quitter")
    assert tray.dial_action.text() == "Composer…"

    translations.switch_language(app, "zh_CN")
    qtbot.waitUntil(lambda: page.search.placeholderText() == "搜索联系人")
    assert page.import_action.text() == "导入 vCard…"
    qtbot.waitUntil(lambda: tray.counts_action.text() == "没有新消息")
    editor = page.open_editor(None)
    assert editor.windowTitle() == "新建联系人"
    editor.reject()
