"""Icons drawn from the SVG files: in the palette's colours, sharp at each device pixel
ratio, and drawn only when Qt first asks for them at that ratio."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap
from pytestqt.qtbot import QtBot

from jego_desktop.ui import resources
from jego_desktop.ui.resources import icon, svg_pixmap, toggle_icon


def image(pixmap: QPixmap) -> QImage:
    return pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)


@pytest.fixture(autouse=True)
def fresh_icons(qtbot: QtBot) -> None:
    resources._cached_icon.cache_clear()


def test_an_icon_is_the_svg_in_its_colour_at_each_ratio() -> None:
    red = QColor("#d00000")
    drawn = icon("send", red, 24)
    for ratio in (1.0, 2.0, 3.0):
        pixmap = drawn.pixmap(QSize(24, 24), ratio)
        pixels = int(24 * ratio)
        assert pixmap.size() == QSize(pixels, pixels)
        assert image(pixmap) == image(svg_pixmap("send", pixels, red))
    assert image(drawn.pixmap(QSize(24, 24), 1.0)) != image(svg_pixmap("send", 24))


def test_checked_and_disabled_looks_take_their_colours() -> None:
    off, on, faded = QColor("#d00000"), QColor("#00a000"), QColor("#0000c0")
    drawn = toggle_icon("star", off, on, 26, faded)
    size = QSize(26, 26)
    assert image(drawn.pixmap(size, 1.0, QIcon.Mode.Normal, QIcon.State.Off)) == image(
        svg_pixmap("star", 26, off)
    )
    assert image(drawn.pixmap(size, 1.0, QIcon.Mode.Normal, QIcon.State.On)) == image(
        svg_pixmap("star", 26, on)
    )
    for state in (QIcon.State.Off, QIcon.State.On):
        disabled = drawn.pixmap(size, 2.0, QIcon.Mode.Disabled, state)
        assert image(disabled) == image(svg_pixmap("star", 52, faded))


def test_an_icon_is_drawn_when_first_asked_for_at_a_ratio(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    drawings: list[int] = []
    render = resources._render

    def counted(renderer: object, pixels: int) -> QPixmap:
        drawings.append(pixels)
        return render(renderer, pixels)  # type: ignore[arg-type]

    monkeypatch.setattr(resources, "_render", counted)
    drawn = icon("send", QColor("#d00000"), 24)
    assert drawings == []  # made, never shown: nothing drawn
    drawn.pixmap(QSize(24, 24), 1.0)
    drawn.pixmap(QSize(20, 20), 1.0)
    assert drawings == [24]
    drawn.pixmap(QSize(24, 24), 1.5)  # drawn at 2x, scaled down by Qt
    assert drawings == [24, 48]


def test_the_same_look_is_one_shared_icon_and_a_changed_copy_is_its_own() -> None:
    red = QColor("#d00000")
    first = icon("jego", red, 64)
    assert icon("jego", red, 64).cacheKey() == first.cacheKey()
    changed = QIcon(first)
    added = QPixmap(8, 8)
    added.fill(QColor("#00a000"))
    changed.addPixmap(added, QIcon.Mode.Selected)
    assert changed.cacheKey() != first.cacheKey()
    assert image(changed.pixmap(QSize(64, 64), 1.0)) == image(svg_pixmap("jego", 64, red))
    assert image(changed.pixmap(QSize(8, 8), 1.0, QIcon.Mode.Selected)) == image(added)
    assert image(first.pixmap(QSize(64, 64), 1.0)) == image(svg_pixmap("jego", 64, red))
