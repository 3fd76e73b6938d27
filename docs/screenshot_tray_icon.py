"""Render the tray icon's states (online, offline, unread, Do not disturb) as a panel would
show them, at real size and magnified, into docs/screenshots/tray-icon[-dark].png.

Run from the repository root:
    .venv/bin/python docs/screenshot_tray_icon.py [--dark]
Offscreen; the icon carries no text, so there are no translated pictures.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from screenshot_kit import parse_variant, save, start_app

from jego_desktop.ui.window.tray_icon import tray_icon

# (registered, unread + missed, Do not disturb)
STATES = [
    (True, 0, False),
    (False, 0, False),
    (True, 3, False),
    (True, 0, True),
    (True, 3, True),
    (False, 0, True),
]
PANEL_SIZES = (22, 32)
ZOOM = 4
GAP = 14


def main() -> int:
    variant = parse_variant(sys.argv[1:], languages=())
    app = start_app(variant)
    panel = QColor("#202124" if variant.dark else "#e8e8ec")
    zoomed_size = PANEL_SIZES[0] * ZOOM
    width = GAP + len(STATES) * (zoomed_size + GAP)
    height = GAP + sum(size + GAP for size in PANEL_SIZES) + zoomed_size + GAP
    canvas = QPixmap(width, height)
    canvas.fill(panel)
    painter = QPainter(canvas)
    y = GAP
    for size in PANEL_SIZES:  # as the panel shows them
        for column, (registered, count, busy) in enumerate(STATES):
            x = GAP + column * (zoomed_size + GAP) + (zoomed_size - size) // 2
            painter.drawPixmap(QPoint(x, y), tray_icon(registered, count, busy=busy).pixmap(size))
        y += size + GAP
    for column, (registered, count, busy) in enumerate(STATES):  # magnified, pixel for pixel
        small = tray_icon(registered, count, busy=busy).pixmap(PANEL_SIZES[0])
        big = small.scaled(
            zoomed_size,
            zoomed_size,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.FastTransformation,
        )
        painter.drawPixmap(QPoint(GAP + column * (zoomed_size + GAP), y), big)
    painter.end()
    save(canvas, f"tray-icon{variant.suffix}")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
