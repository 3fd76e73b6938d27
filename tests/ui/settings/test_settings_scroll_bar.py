"""Settings scroll bars look like the message list's and the contacts' (one shared style)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QScrollBar, QVBoxLayout, QWidget, QWizard, QWizardPage
from pytestqt.qtbot import QtBot

from jego_desktop.models.settings.settings_values import AppSettings
from jego_desktop.ui.settings.look import settings_stylesheet
from jego_desktop.ui.settings.settings_page import CALLS, SettingsPage
from jego_desktop.ui.style import DARK, LIGHT, Palette, scroll_bar_rules

BAR_HEIGHT = 200


def _drawn(bar: QScrollBar, height: int = BAR_HEIGHT) -> QImage:
    """The bar at a given height and position, as it is painted."""
    bar.setRange(0, 300)
    bar.setPageStep(100)
    bar.setValue(100)
    bar.resize(bar.sizeHint().width(), height)
    return bar.grab().toImage()


def _house_drawing(qtbot: QtBot, palette: Palette, height: int = BAR_HEIGHT) -> QImage:
    """A scroll bar styled by the shared rules alone, as the message list and contacts are."""
    holder = QWidget()
    holder.setObjectName("reference")
    holder.setStyleSheet(scroll_bar_rules(palette, "QWidget#reference"))
    bar = QScrollBar(Qt.Orientation.Vertical, holder)
    qtbot.addWidget(holder)
    holder.show()
    return _drawn(bar, height)


def test_a_settings_section_scroll_bar_is_the_shared_one(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    page = SettingsPage(AppSettings(settings), LIGHT)
    qtbot.addWidget(page)
    page.resize(800, 200)  # too short for the calls section: its own scroll bar shows
    page.show()
    page.sections_list.setCurrentRow(CALLS)
    qtbot.waitExposed(page)
    section_bar = page.calls.verticalScrollBar()
    assert section_bar.isVisible()
    height = section_bar.height()
    house = _house_drawing(qtbot, LIGHT, height)
    assert house != _house_drawing(qtbot, DARK, height)  # the drawing shows the handle's colour
    assert _drawn(section_bar, height) == house


def test_the_account_wizard_scroll_bars_are_the_shared_one(qtbot: QtBot) -> None:
    wizard = QWizard()  # the account wizard sets the same sheet on itself
    wizard.setStyleSheet(settings_stylesheet(DARK))
    body = QWizardPage()
    bar = QScrollBar(Qt.Orientation.Vertical)
    QVBoxLayout(body).addWidget(bar)
    wizard.addPage(body)
    qtbot.addWidget(wizard)
    wizard.show()
    assert _drawn(bar) == _house_drawing(qtbot, DARK)
