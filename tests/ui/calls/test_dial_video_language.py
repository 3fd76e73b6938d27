"""The video-call buttons and a link's extension follow a live language switch."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from pytestqt.qtbot import QtBot

from jego_desktop.domain.contacts import Contact, PhoneNumber
from jego_desktop.domain.links import parse_link
from jego_desktop.models.calls.calls import CallsModel
from jego_desktop.models.calls.post_dial import Extension
from jego_desktop.store.contacts import ContactStore
from jego_desktop.ui import translations
from jego_desktop.ui.calls.in_call_window import InCallWindow
from jego_desktop.ui.style import LIGHT
from jego_desktop.ui.window.main_window import DIAL_PAD_PAGE, MainWindow

ROOT = Path(__file__).resolve().parents[3]


def test_video_buttons_and_extension_texts_switch_language_live(
    qtbot: QtBot, tmp_path: Path, store: ContactStore, compiled_translations: Path
) -> None:
    store.add(Contact("Camille", (PhoneNumber("06 12 34 56 78", "cell"),)))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("dialing/home_region", "FR")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.contacts.set_store(store)
    window.dial_pad.set_account("+33100000000@example.org", "example.org")
    window.show()
    window.show_page(DIAL_PAD_PAGE)
    window.show_dial_request(parse_link("tel:+33140000000;ext=4711"))
    dial_pad = window.dial_pad_page
    detail = window.contacts_page.detail
    in_call = InCallWindow(CallsModel(), LIGHT)
    qtbot.addWidget(in_call)
    assert dial_pad.video_button.accessibleName() == "Video call"
    app = QCoreApplication.instance()
    assert app is not None

    translations.switch_language(app, "fr")
    qtbot.waitUntil(lambda: dial_pad.video_button.accessibleName() == "Appel vidéo")
    assert dial_pad.video_button.toolTip() == "Appel vidéo (Ctrl+Enter)"
    assert dial_pad.title.text() == "Clavier"
    assert dial_pad.extension_note.text() == "Le poste 4711 sera composé une fois l’appel décroché"
    qtbot.waitUntil(lambda: detail.video_button.accessibleName() == "Appel vidéo")
    assert in_call.extension_text(Extension("4711", dialled=True)) == "Poste 4711 composé"

    translations.switch_language(app, "zh_CN")
    qtbot.waitUntil(lambda: dial_pad.video_button.accessibleName() == "视频通话")
    assert dial_pad.extension_note.text() == "接通后将拨分机号 4711"
    app.processEvents()  # the new captions laid out
    call, zero = dial_pad.call_button, dial_pad.keypad.button("0")
    assert (
        call.mapTo(window, call.rect().center()).x() == zero.mapTo(window, zero.rect().center()).x()
    )  # the call button stays under the keypad's middle column
    qtbot.waitUntil(lambda: detail.video_button.accessibleName() == "视频通话")
    assert in_call.extension_text(Extension("4711", dialled=False)) == "将拨分机号 4711"
