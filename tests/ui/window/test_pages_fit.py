"""Every page of the main window fits at the declared minimum size and at the default size,
in English, French and Chinese: nothing cut off by its parent, nothing overlapping, every
button's and label's text wide enough (it shrinks, reflows or scrolls instead)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jego_desktop.domain.contacts import Contact, PhoneNumber
from jego_desktop.store.contacts import ContactStore
from jego_desktop.ui import translations
from jego_desktop.ui.window.main_window import SETTINGS_PAGE, MainWindow
from tests.ui.account_line import registered_line
from tests.ui.layout_checks import layout_problems

SIZES = ((720, 480), (800, 600), (960, 640))  # the minimum, a small screen, the default
LANGUAGES = ("en", "fr", "zh_CN")
CONTACTS_PAGE = 1


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def main_window(
    qtbot: QtBot, folder: Path, store: ContactStore, size: tuple[int, int]
) -> MainWindow:
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("dialing/home_region", "FR")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.set_account_state(registered_line("+33 1 00 00 00 00"))
    window.dial_pad.set_account("+33100000000@sip.example.org", "sip.example.org")
    window.contacts.set_store(store)
    # A notice takes room above the pages, as "no sound device" does on a fresh machine.
    window.notices.set_notice("sound", "No sound: no audio device was found.")
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    assert (window.width(), window.height()) == size
    return window


def each_view(window: MainWindow) -> Iterator[str]:
    """Shows each page (and each settings section) in turn, naming it; the contacts page
    empty, then with a contact."""
    for index in range(window.pages.count()):
        window.show_page(index)
        if index == SETTINGS_PAGE:
            for section in range(window.settings_page.stack.count()):
                window.settings_page.show_section(section)
                settle()
                yield f"settings section {section}"
        else:
            settle()
            yield f"page {index}"
        if index == CONTACTS_PAGE:
            window.contacts.add(
                Contact(
                    "Camille Martin-Dubois",
                    phones=(PhoneNumber("+33 6 12 34 56 78", "cell"),),
                    organization="Société Générale des Transports",
                )
            )
            settle()
            yield "a contact"


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def test_every_page_fits(
    qtbot: QtBot,
    tmp_path: Path,
    compiled_translations: Path,
    store: ContactStore,
    language: str,
    size: tuple[int, int],
) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    translations.switch_language(app, language)
    window = main_window(qtbot, tmp_path, store, size)
    found = [
        f"{language} {size[0]}x{size[1]} {view}: {problem}"
        for view in each_view(window)
        for problem in layout_problems(window)
    ]
    assert found == [], "\n".join(found)
