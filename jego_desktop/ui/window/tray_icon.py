"""The tray icon's picture: the app icon, greyed while offline, with a red count, and a
red "no entry" mark while my status is Do not disturb (as Teams and Skype show it)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from jego_desktop.ui.resources import Drawing, LazyIconEngine, svg_pixmap
from jego_desktop.ui.style import LIGHT
from jego_desktop.ui.window.rail_badge import badge_text

SIZES = (16, 22, 24, 32, 48, 64)


def tray_icon(registered: bool, count: int, *, busy: bool = False) -> QIcon:
    """Drawn at its sizes when first asked for: where there is no tray, never (the
    window's first drawing comes ~5 ms sooner)."""

    def draw(_scale: int) -> list[Drawing]:
        normal, off = QIcon.Mode.Normal, QIcon.State.Off
        return [(tray_pixmap(registered, count, size, busy=busy), normal, off) for size in SIZES]

    return QIcon(LazyIconEngine(draw, scales=(1,)))


def tray_pixmap(registered: bool, count: int, size: int, *, busy: bool = False) -> QPixmap:
    base = svg_pixmap("jego", size)  # redrawn each time: an icon's pixmap stays in Qt's cache
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if registered:
        painter.drawPixmap(0, 0, base)
    else:  # offline: a faded grey version, so the difference shows at 16 px
        grey = QPixmap(base)
        tint = QPainter(grey)
        tint.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        tint.fillRect(grey.rect(), QColor("#8a8f98"))
        tint.end()
        painter.setOpacity(0.85)
        painter.drawPixmap(0, 0, grey)
        painter.setOpacity(1.0)
    if busy:
        _draw_do_not_disturb(painter, size)
    text = badge_text(count)
    if text:
        diameter = size * 0.58
        box = QRectF(size - diameter, 0, diameter, diameter)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(LIGHT.danger))
        painter.drawEllipse(box)
        font = QFont()
        font.setPixelSize(max(6, round(diameter * (0.62 if len(text) == 1 else 0.45))))
        font.setWeight(QFont.Weight.Bold)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


def _draw_do_not_disturb(painter: QPainter, size: int) -> None:
    """A red disc with a white bar in the bottom-right corner (the count takes the top-right),
    ringed in white so that it stands out from the icon under it."""
    diameter = size * 0.52
    box = QRectF(size - diameter, size - diameter, diameter, diameter)
    ring = max(1.0, size * 0.06)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#ffffff"))
    painter.drawEllipse(box)
    painter.setBrush(QColor(LIGHT.danger))
    painter.drawEllipse(box.adjusted(ring, ring, -ring, -ring))
    bar_width = diameter * 0.52
    bar_height = max(1.5, diameter * 0.16)
    bar = QRectF(0, 0, bar_width, bar_height)
    bar.moveCenter(box.center())
    painter.setBrush(QColor("#ffffff"))
    painter.drawRoundedRect(bar, bar_height / 2, bar_height / 2)
