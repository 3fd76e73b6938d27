"""Finding bundled resources (icons) and drawing SVG icons in the palette's colours."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

_INK = "#1f2937"  # the colour the SVG files are drawn in; replaced by the palette's


def installed_folder(name: str) -> Path:
    """The folder `name` ("resources", "translations") of this installation.

    A wheel carries it inside the package as package data; a source checkout and the
    PyInstaller bundle keep it beside the package.
    """
    found = files("jego_desktop")
    # Qt reads real files; a loader that answers otherwise (a frozen or zipped package)
    # still has the package's folder on disk beside this module.
    package = found if isinstance(found, Path) else Path(__file__).resolve().parents[1]
    for candidate in (package / name, package.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the {name} folder is missing from this installation")


def resources_dir() -> Path:
    """The icons' folder: `resources/`."""
    return installed_folder("resources")


@lru_cache(maxsize=64)
def _svg_text(name: str) -> str:
    return (resources_dir() / "icons" / f"{name}.svg").read_text(encoding="utf-8")


def icon(name: str, color: QColor | None = None, size: int = 24) -> QIcon:
    """An icon drawn from `resources/icons/NAME.svg`, sharp at 1x, 2x and 3x."""
    result = QIcon()
    _add_pixmaps(result, name, color, size, QIcon.State.Off)
    return result


def toggle_icon(name: str, off: QColor, on: QColor, size: int = 24) -> QIcon:
    """An icon for a checkable button: drawn in `off`, and in `on` while checked."""
    result = QIcon()
    _add_pixmaps(result, name, off, size, QIcon.State.Off)
    _add_pixmaps(result, name, on, size, QIcon.State.On)
    return result


def add_disabled_look(result: QIcon, name: str, color: QColor, size: int = 24) -> QIcon:
    """Draw `result` in `color` while its button is disabled (Qt's own greying is too
    faint on dark backgrounds)."""
    _add_pixmaps(result, name, color, size, QIcon.State.Off, QIcon.Mode.Disabled)
    _add_pixmaps(result, name, color, size, QIcon.State.On, QIcon.Mode.Disabled)
    return result


def _add_pixmaps(
    result: QIcon,
    name: str,
    color: QColor | None,
    size: int,
    state: QIcon.State,
    mode: QIcon.Mode = QIcon.Mode.Normal,
) -> None:
    renderer = _renderer(name, color)
    for scale in (1, 2, 3):
        pixmap = _render(renderer, size * scale)
        pixmap.setDevicePixelRatio(scale)
        result.addPixmap(pixmap, mode, state)


def svg_pixmap(name: str, size: int, color: QColor | None = None) -> QPixmap:
    """`resources/icons/NAME.svg` drawn at `size` x `size` pixels, for painting on.

    Unlike `icon(...).pixmap()`, it leaves nothing in Qt's pixmap cache, which keeps
    each new icon's pixmaps (up to 10 MB) long after the icon is gone."""
    return _render(_renderer(name, color), size)


def _renderer(name: str, color: QColor | None) -> QSvgRenderer:
    text = _svg_text(name)
    if color is not None:
        text = text.replace(_INK, color.name())
    return QSvgRenderer(QByteArray(text.encode("utf-8")))


def _render(renderer: QSvgRenderer, pixels: int) -> QPixmap:
    pixmap = QPixmap(QSize(pixels, pixels))
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    renderer.render(painter)
    painter.end()
    return pixmap
