"""Render my status (the rail's button with its menu open, the tray menu's submenu, a
call missed on Do not disturb in the history) into docs/screenshots/.

Run from the repository root:
    .venv/bin/python docs/screenshot_my_status.py [--dark] [--language fr|zh_CN]
Offscreen, against sample data: no account, database or network.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint, QSettings  # noqa: E402
from PySide6.QtGui import QColor, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QMenu, QWidget  # noqa: E402

from jego_desktop.domain.call_history import CallHistoryEntry  # noqa: E402
from jego_desktop.domain.calls import CallDirection, CallRecord  # noqa: E402
from jego_desktop.domain.my_status import MISSED_WHILE_BUSY, MyStatus  # noqa: E402
from jego_desktop.engine.refcount_workaround import protect_singletons  # noqa: E402
from jego_desktop.ui import main_window as main_window_module  # noqa: E402
from jego_desktop.ui import style  # noqa: E402
from jego_desktop.ui.main_window import MainWindow  # noqa: E402
from jego_desktop.ui.my_status_button import MyStatusButton  # noqa: E402
from jego_desktop.ui.translations import install_translators  # noqa: E402
from tests.ui.account_line import registered_line  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
ACCOUNT = "+33100000000@sip.example.org"


class SampleHistory:
    """A call declined on Do not disturb, an ordinary missed call and an answered one."""

    def __init__(self, now: float) -> None:
        rows = [
            ("sip:+33612345678@sip.example.org", None, MISSED_WHILE_BUSY, True),
            ("sip:+33145678900@sip.example.org", None, "cancelled", True),
            ("sip:alice@example.net", 4.0, "call ended", False),
        ]
        self.entries = []
        for number, (peer, answered, reason, missed) in enumerate(rows):
            started = now - 600 - number * 5_000
            record = CallRecord(
                call_id=f"sample-{number}",
                account_key=ACCOUNT,
                direction=CallDirection.INCOMING,
                peer=peer,
                started_at=started,
                answered_at=started + answered if answered is not None else None,
                ended_at=started + 200,
                reason=reason,
            )
            self.entries.append(CallHistoryEntry(number + 1, record, missed))

    def recent(self, *, limit: int = 200, account_key: str | None = None) -> list[CallHistoryEntry]:
        return self.entries[:limit]


def with_popup(base: QWidget, popups: list[tuple[QMenu, QPoint]]) -> QPixmap:
    """`base` with menus drawn where they would pop up (offscreen has no window stacking)."""
    picture = base.grab()
    painter = QPainter(picture)
    for menu, at in popups:
        menu.adjustSize()
        painter.drawPixmap(at, menu.grab())
    painter.end()
    return picture


def save(picture: QPixmap, name: str) -> None:
    path = OUT / f"{name}.png"
    picture.save(str(path))
    print(path)


def main() -> int:
    dark = "--dark" in sys.argv
    language = sys.argv[sys.argv.index("--language") + 1] if "--language" in sys.argv else ""
    suffix = ("-dark" if dark else "") + (f"-{language}" if language else "")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    protect_singletons()
    assert isinstance(app, QApplication)
    if language:
        install_translators(app, language)
    if dark:
        style.current_palette = lambda: style.DARK
        main_window_module.current_palette = lambda: style.DARK
    palette = style.current_palette()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        settings = QSettings(str(Path(work) / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("dialing/home_region", "FR")
        window = MainWindow(settings)
        window.resize(960, 640)
        window.set_account_state(registered_line("+33 1 00 00 00 00"))
        window.my_status.set_status(MyStatus.BUSY)
        window.show()
        window.show_page(2)
        QApplication.processEvents()
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

        window.call_history.set_source(SampleHistory(time.time()))
        window.show_page(3)
        save(window.grab(), f"calls-missed-while-busy{suffix}")
        window.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
