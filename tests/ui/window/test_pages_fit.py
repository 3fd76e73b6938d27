"""Every page of the main window fits at the declared minimum size, a small screen's and the
default size, in English, French, Simplified and Traditional Chinese: nothing cut off by its
parent, nothing overlapping, every button's and label's text wide enough (it shrinks, reflows
or scrolls instead)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from jego_desktop.store.contacts import ContactStore
from jego_desktop.ui import translations
from tests.ui.layout_checks import layout_problems
from tests.ui.window.main_window_views import each_view, sample_window

SIZES = ((720, 480), (800, 600), (960, 640))  # the minimum, a small screen, the default
LANGUAGES = ("en", "fr", "zh_CN", "zh_TW")


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
    window = sample_window(qtbot, tmp_path, store, size)
    found = [
        f"{language} {size[0]}x{size[1]} {view}: {problem}"
        for view in each_view(window)
        for problem in layout_problems(window)
    ]
    assert found == [], "\n".join(found)
