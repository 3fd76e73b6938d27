"""Render the dial pad, the call history and the call windows into docs/screenshots/.

Run from the repository root: .venv/bin/python docs/screenshot_views.py [--dark]
Offscreen, against the fake engine and sample data: no account, database or network.
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

from PySide6.QtCore import QLocale, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from jego_desktop.domain.call_history import CallHistoryEntry  # noqa: E402
from jego_desktop.domain.calls import CallDirection, CallRecord, CallState  # noqa: E402
from jego_desktop.engine.events import CallStats  # noqa: E402
from jego_desktop.engine.refcount_workaround import protect_singletons  # noqa: E402
from jego_desktop.models.calls import CallsModel  # noqa: E402
from jego_desktop.ui import main_window as main_window_module  # noqa: E402
from jego_desktop.ui import style  # noqa: E402
from jego_desktop.ui.call_windows import CallWindows  # noqa: E402
from jego_desktop.ui.main_window import MainWindow  # noqa: E402
from tests.ui.account_line import registered_line  # noqa: E402
from tests.ui.fake_engine import FakeEngine  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
ACCOUNT = "+33100000000@sip.example.org"


class SampleHistory:
    def __init__(self, now: float) -> None:
        rows = [
            ("sip:+33612345678@sip.example.org", CallDirection.INCOMING, None, 20, True),
            ("sip:+33698765432@sip.example.org", CallDirection.OUTGOING, 3, 245, False),
            ("sip:alice@example.net", CallDirection.INCOMING, 4, 3800, False),
            ("sip:+442079460000@sip.example.org", CallDirection.OUTGOING, None, 30, False),
            ("sip:+33145678900@sip.example.org", CallDirection.INCOMING, None, 15, True),
            ("sip:+14155550123@sip.example.org", CallDirection.OUTGOING, 6, 612, False),
        ]
        self.entries = []
        for number, (peer, direction, answered, length, missed) in enumerate(rows):
            started = now - 900 - number * 20_000
            record = CallRecord(
                call_id=f"sample-{number}",
                account_key=ACCOUNT,
                direction=direction,
                peer=peer,
                started_at=started,
                answered_at=started + answered if answered is not None else None,
                ended_at=started + length,
                reason="",
            )
            self.entries.append(CallHistoryEntry(number + 1, record, missed))

    def recent(self, *, limit: int = 200, account_key: str | None = None) -> list[CallHistoryEntry]:
        return self.entries[:limit]


def save(widget: QWidget, name: str, suffix: str) -> None:
    QApplication.processEvents()
    path = OUT / f"{name}{suffix}.png"
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    dark = "--dark" in sys.argv
    suffix = "-dark" if dark else ""
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    protect_singletons()
    if dark:
        # The offscreen platform has no colour scheme to follow: pretend it is dark.
        style.current_palette = lambda: style.DARK
        main_window_module.current_palette = lambda: style.DARK
    palette = style.current_palette()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        settings = QSettings(str(Path(work) / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("dialing/home_region", "FR")
        window = MainWindow(settings)
        window.resize(960, 680)
        window.set_account_state(registered_line("+33 1 00 00 00 00"))
        window.dial_pad.set_account(ACCOUNT, "sip.example.org")
        window.show()
        window.show_page(2)
        window.dial_pad_page.entry.setFocus()
        window.dial_pad.set_text("0612345")
        save(window, "dial-pad", suffix)

        window.dial_pad.set_text("06 12 ab")
        window.dial_pad.dial()
        save(window.dial_pad_page, "dial-pad-invalid", suffix)

        window.call_history.set_source(SampleHistory(time.time()))
        window.show_page(3)
        save(window, "calls-history", suffix)

        engine = FakeEngine()
        calls = CallsModel()
        engine.call_changed.connect(calls.on_call_changed)
        engine.call_stats.connect(calls.on_call_stats)
        windows = CallWindows(
            engine, calls, palette, window.dial_pad.uri_for, Path(work), home_region="FR"
        )
        engine.publish(
            engine.call_event(
                "in1",
                CallState.RINGING_IN,
                CallDirection.INCOMING,
                peer="sip:+33612345678@sip.example.org",
                peer_name="Camille Martin",
            )
        )
        save(windows.incoming["in1"], "incoming-call", suffix)
        engine.publish(engine.call_event("in1", CallState.ENDED, CallDirection.INCOMING))

        bob = "sip:+33698765432@sip.example.org"
        engine.publish(engine.call_event("c1", peer=bob))
        engine.publish(CallStats("c1", "opus", 48000, 4.2, 0.3, 0.0, 38.0, 2100, 2100))
        in_call = windows.window
        in_call.resize(in_call.sizeHint())
        save(in_call, "in-call", suffix)

        engine.publish(engine.call_event("c1", peer=bob, muted=True, local_hold=True))
        engine.publish(engine.call_event("c2", peer="sip:alice@example.net", peer_name="Alice"))
        in_call.keypad_button.setChecked(True)
        in_call.send_digits("12#")
        in_call.resize(in_call.sizeHint())
        save(in_call, "in-call-keypad", suffix)
        windows.close_all()
        window.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
