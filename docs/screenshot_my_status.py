"""Render my status (the rail's button with its menu open, the tray menu's submenu, a
call missed on Do not disturb in the history) into docs/screenshots/.

Run from the repository root:
    .venv/bin/python docs/screenshot_my_status.py [--dark] [--language fr|zh_CN]
Offscreen, against sample data: no account, database or network.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QWidget
from screenshot_kit import (
    PastCall,
    SampleHistory,
    parse_variant,
    sample_main_window,
    sample_settings,
    save,
    start_app,
)

from jego_desktop.domain.calls import CallDirection
from jego_desktop.domain.my_status import MISSED_WHILE_BUSY, MyStatus
from jego_desktop.ui.window.my_status_button import MyStatusButton


def sample_history(now: float) -> SampleHistory:
    """A call declined on Do not disturb, an ordinary missed call and an answered one."""
    rows = [
        ("sip:+33612345678@sip.example.org", None, MISSED_WHILE_BUSY, True),
        ("sip:+33145678900@sip.example.org", None, "cancelled", True),
        ("sip:alice@example.net", 4.0, "call ended", False),
    ]
    return SampleHistory(
        [
            PastCall(
                peer,
                CallDirection.INCOMING,
                now - 600 - number * 5_000,
                answered,
                200,
                missed,
                reason,
            )
            for number, (peer, answered, reason, missed) in enumerate(rows)
        ]
    )


def with_popup(base: QWidget, popups: list[tuple[QMenu, QPoint]]) -> QPixmap:
    """`base` with menus drawn where they would pop up (offscreen has no window stacking)."""
    picture = base.grab()
    painter = QPainter(picture)
    for menu, at in popups:
        menu.adjustSize()
        painter.drawPixmap(at, menu.grab())
    painter.end()
    return picture


def main() -> int:
    variant = parse_variant(sys.argv[1:])
    app = start_app(variant)
    suffix = variant.suffix
    palette = variant.palette
    with tempfile.TemporaryDirectory() as work:
        window = sample_main_window(sample_settings(Path(work)), 960, 640)
        window.my_status.set_status(MyStatus.BUSY)
        window.show()
        window.show_page(2)
        app.processEvents()
        button = window.rail.findChild(MyStatusButton)
        assert isinstance(button, MyStatusButton)
        at = button.mapTo(window, QPoint(button.width() - 8, button.height() - 4))
        save(with_popup(window, [(button.menu_of_statuses, at)]), f"my-status{suffix}")

        tray = window.presence.tray
        tray.refresh_menu()
        tray.menu.adjustSize()
        submenu = tray.status_menu
        assert submenu is not None
        submenu.adjustSize()
        row = tray.menu.actionGeometry(submenu.menuAction())
        canvas = QPixmap(
            tray.menu.width() + submenu.width() - 4,
            max(tray.menu.height(), row.top() + submenu.height()),
        )
        canvas.fill(QColor(palette.window))
        painter = QPainter(canvas)
        painter.drawPixmap(0, 0, tray.menu.grab())
        painter.drawPixmap(tray.menu.width() - 4, row.top(), submenu.grab())
        painter.end()
        save(canvas, f"tray-menu-status{suffix}")

        window.call_history.set_source(sample_history(time.time()))
        window.show_page(3)
        save(window.grab(), f"calls-missed-while-busy{suffix}")
        window.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
