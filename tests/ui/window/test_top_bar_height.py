"""The main window's top bar is as tall in Chinese as in English and French, glyphs unclipped."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSettings, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from jego_desktop.ui import translations
from jego_desktop.ui.window.main_window import MainWindow


def _shown_window(qtbot: QtBot, tmp_path: Path, language: str) -> MainWindow:
    settings = QSettings(str(tmp_path / f"{language}.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _top_bar(window: MainWindow) -> QWidget:
    bar = window.findChild(QWidget, "topBar")
    assert bar is not None
    return bar


def _text_height(window: MainWindow) -> int:
    line = window.account_state
    metrics = QFontMetrics(line.font())
    return metrics.boundingRect(QRect(), int(Qt.AlignmentFlag.AlignLeft), line.text()).height()


def test_the_top_bar_is_as_tall_in_every_language(
    qapp: QCoreApplication, qtbot: QtBot, tmp_path: Path, compiled_translations: Path
) -> None:
    heights = {}
    for language in ("en", "fr", "zh_CN"):
        translations.switch_language(qapp, language)
        window = _shown_window(qtbot, tmp_path, language)
        text = window.account_state.text()
        assert ("号码" in text) == (language == "zh_CN")  # the line really is in that language
        assert window.account_state.height() >= _text_height(window)  # nothing clipped
        heights[language] = _top_bar(window).height()
        window.close()
    assert heights["fr"] == heights["en"]
    assert heights["zh_CN"] == heights["en"]


def test_a_chinese_line_arriving_later_leaves_the_bar_as_it_was(
    qtbot: QtBot, tmp_path: Path
) -> None:
    window = _shown_window(qtbot, tmp_path, "en")
    before = _top_bar(window).height()
    window.set_account_state("+86 138 0013 8000：在线")
    qtbot.wait(10)  # let the layout settle
    assert window.account_state.height() >= _text_height(window)
    assert _top_bar(window).height() == before


def test_a_bigger_font_still_fits_chinese(qtbot: QtBot, tmp_path: Path) -> None:
    window = _shown_window(qtbot, tmp_path, "en")
    font = QFont(window.account_state.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    window.account_state.setFont(font)
    window.set_account_state("尚未绑定号码")
    qtbot.wait(10)
    assert window.account_state.minimumHeight() >= _text_height(window)
