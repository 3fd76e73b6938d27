"""The tray icon carries a red "no entry" mark while my status is Do not disturb."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from jego_desktop.domain.my_status import MyStatus
from jego_desktop.engine.refcount_workaround import protect_singletons
from jego_desktop.models.window.my_status import SETTINGS_KEY
from jego_desktop.ui.window.main_window import MainWindow
from jego_desktop.ui.window.tray_icon import tray_pixmap


def is_red(colour: QColor) -> bool:
    return colour.alpha() > 200 and colour.red() > 180 and colour.green() < 90 < colour.red()


def is_white(colour: QColor) -> bool:
    return colour.alpha() > 200 and min(colour.red(), colour.green(), colour.blue()) > 225


def red_pixels(image: QImage, left: int, top: int, right: int, bottom: int) -> int:
    return sum(
        is_red(QColor(image.pixel(x, y))) for x in range(left, right) for y in range(top, bottom)
    )


def pixel(image: QImage, x: float, y: float) -> QColor:
    return QColor(image.pixelColor(int(x), int(y)))


@pytest.mark.parametrize("size", [16, 22, 32, 64])
@pytest.mark.parametrize("registered", [True, False])
def test_the_mark_is_a_red_disc_with_a_white_bar_in_the_bottom_right_corner(
    qtbot: QtBot, size: int, registered: bool
) -> None:
    plain = tray_pixmap(registered, 0, size).toImage()
    busy = tray_pixmap(registered, 0, size, busy=True).toImage()
    half = size // 2

    assert red_pixels(plain, 0, 0, size, size) == 0
    corner = red_pixels(busy, half, half, size, size)
    assert corner >= size * size * 0.06  # a disc of about half the icon's width, ringed
    assert red_pixels(busy, 0, 0, size, size) == corner  # nothing red outside the corner
    for x in range(half - 2):  # the rest of the icon is untouched
        for y in range(half - 2):
            assert busy.pixel(x, y) == plain.pixel(x, y)
    diameter = size * 0.52
    centre = size - diameter / 2
    assert is_white(pixel(busy, centre, centre))  # the bar across the middle
    assert is_red(pixel(busy, centre, centre - diameter * 0.28))  # red above it
    assert is_red(pixel(busy, centre, centre + diameter * 0.28))  # and below it


def test_the_unread_count_stays_readable_beside_the_mark(qtbot: QtBot) -> None:
    busy = tray_pixmap(True, 0, 32, busy=True).toImage()
    both = tray_pixmap(True, 3, 32, busy=True).toImage()
    assert red_pixels(both, 16, 0, 32, 12) > 40  # the count's red disc, top right
    assert red_pixels(busy, 16, 0, 32, 12) == 0


def window_with_status(qtbot: QtBot, tmp_path: Path, saved: str) -> MainWindow:
    protect_singletons()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue(SETTINGS_KEY, saved)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    return window


def icon_image(window: MainWindow) -> QImage:
    return window.presence.tray.icon.icon().pixmap(32).toImage()


def test_the_tray_icon_follows_my_status(qtbot: QtBot, tmp_path: Path) -> None:
    window = window_with_status(qtbot, tmp_path, "online")
    assert red_pixels(icon_image(window), 16, 16, 32, 32) == 0

    window.my_status.set_status(MyStatus.BUSY)
    assert red_pixels(icon_image(window), 16, 16, 32, 32) > 80

    window.my_status.set_status(MyStatus.AWAY)
    assert red_pixels(icon_image(window), 16, 16, 32, 32) == 0


def test_a_saved_do_not_disturb_shows_from_the_start(qtbot: QtBot, tmp_path: Path) -> None:
    window = window_with_status(qtbot, tmp_path, "busy")
    assert window.presence.tray.busy
    assert red_pixels(icon_image(window), 16, 16, 32, 32) > 80
