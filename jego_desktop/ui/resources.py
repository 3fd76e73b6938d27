"""Finding bundled resources (icons) and drawing SVG icons in the palette's colours."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib.resources import files
from pathlib import Path

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QImage, QPainter, QPixmap
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


_Layer = tuple[QIcon.Mode, QIcon.State, QColor | None]
_Key = tuple[tuple[QIcon.Mode, QIcon.State, str | None], ...]


def icon(
    name: str, color: QColor | None = None, size: int = 24, disabled: QColor | None = None
) -> QIcon:
    """An icon drawn from `resources/icons/NAME.svg`, sharp at 1x, 2x and 3x; with
    `disabled`, drawn in that colour while its button is disabled (Qt's own greying is
    too faint on dark backgrounds)."""
    layers: list[_Layer] = [(QIcon.Mode.Normal, QIcon.State.Off, color)]
    return _cached_icon(name, size, _with_disabled(layers, disabled))


def toggle_icon(
    name: str, off: QColor, on: QColor, size: int = 24, disabled: QColor | None = None
) -> QIcon:
    """An icon for a checkable button: drawn in `off`, and in `on` while checked."""
    layers: list[_Layer] = [
        (QIcon.Mode.Normal, QIcon.State.Off, off),
        (QIcon.Mode.Normal, QIcon.State.On, on),
    ]
    return _cached_icon(name, size, _with_disabled(layers, disabled))


def _with_disabled(layers: list[_Layer], disabled: QColor | None) -> _Key:
    if disabled is not None:
        layers += [
            (QIcon.Mode.Disabled, QIcon.State.Off, disabled),
            (QIcon.Mode.Disabled, QIcon.State.On, disabled),
        ]
    return tuple((mode, state, None if c is None else c.name()) for mode, state, c in layers)


@lru_cache(maxsize=128)
def _cached_icon(name: str, size: int, layers: _Key) -> QIcon:
    # One shared QIcon per look: nothing modifies an icon once made, and the window
    # icon, the delegates' icons and the like are asked for more than once.
    def draw(scale: int) -> list[Drawing]:
        drawings: list[Drawing] = []
        for mode, state, colour in layers:
            renderer = _renderer(name, None if colour is None else QColor(colour))
            pixmap = _render(renderer, size * scale)
            pixmap.setDevicePixelRatio(scale)
            drawings.append((pixmap, mode, state))
        return drawings

    return QIcon(LazyIconEngine(draw))


Drawing = tuple[QPixmap, QIcon.Mode, QIcon.State]

_CLONES: list[QIconEngine] = []


class LazyIconEngine(QIconEngine):
    """Draws an icon at a device pixel ratio only when Qt first asks for it there (an
    unshown icon costs nothing), then lets an ordinary pixmap icon holding those
    drawings answer, so scaling and fallbacks are Qt's own.

    `draw(scale)` gives the pixmaps for one ratio; `scales` are the ratios it is drawn
    at (the nearest above is used, the largest at most)."""

    def __init__(
        self, draw: Callable[[int], Iterable[Drawing]], scales: tuple[int, ...] = (1, 2, 3)
    ) -> None:
        super().__init__()
        self._draw_at = draw
        self._scales = scales
        self._drawn = QIcon()
        self._done: set[int] = set()

    def _draw(self, ratio: float) -> None:
        wanted = math.ceil(ratio - 1e-6)
        scale = next((s for s in self._scales if s >= wanted), self._scales[-1])
        if scale in self._done:
            return
        self._done.add(scale)
        for pixmap, mode, state in self._draw_at(scale):
            self._drawn.addPixmap(pixmap, mode, state)

    def scaledPixmap(  # noqa: N802 - Qt override
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        self._draw(scale)
        return self._drawn.pixmap(size, scale, mode, state)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        device = painter.device()
        self._draw(device.devicePixelRatio() if device is not None else 1.0)
        self._drawn.paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:  # noqa: N802
        self._draw(1.0)
        return self._drawn.actualSize(size, mode, state)

    def availableSizes(  # noqa: N802
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        for scale in self._scales:
            self._draw(scale)
        return self._drawn.availableSizes(mode, state)

    def addPixmap(  # noqa: N802
        self, pixmap: QPixmap | QImage, mode: QIcon.Mode, state: QIcon.State
    ) -> None:
        if isinstance(pixmap, QImage):
            pixmap = QPixmap.fromImage(pixmap)
        self._drawn.addPixmap(pixmap, mode, state)

    def isNull(self) -> bool:  # noqa: N802
        return False

    def clone(self) -> QIconEngine:
        copy = LazyIconEngine(self._draw_at, self._scales)
        copy._drawn = QIcon(self._drawn)
        copy._done = set(self._done)
        # PySide leaves a returned engine owned by Python although the copied QIcon
        # deletes it; kept here so it outlives its Python reference.
        _CLONES.append(copy)
        return copy


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
