"""Render how calls end and how the history acts into docs/screenshots/:
in-call-failed, in-call-ended, in-call-quality (the quality mark, details open),
calls-history-actions (contacts named, reasons, the row under the pointer) and
calls-history-menu (its context menu, grabbed from the screen), each [-dark][-LANG].

Run from the repository root (after `bash translations/update.sh` and lrelease):
    .venv/bin/python docs/screenshot_call_outcomes.py [--dark] [--language fr|zh_CN]
Offscreen by default; with QT_QPA_PLATFORM=xcb on an X display (Xvfb) the windows are
real ones and the menu is taken from the screen.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QCursor, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from screenshot_kit import (
    PastCall,
    SampleHistory,
    fake_calls,
    parse_variant,
    sample_main_window,
    sample_settings,
    save,
    start_app,
    use_locale,
)

from jego_desktop.domain.calls import CallDirection, CallState
from jego_desktop.domain.contacts import Contact, PhoneNumber
from jego_desktop.domain.engine_events import CallStats
from jego_desktop.models.calls.dial_pad import DialPadModel
from jego_desktop.models.contacts.peer_names import PeerNames

FRIEND = "sip:+33612345678@sip.example.org"
CONTACTS = [
    Contact("王小明", (PhoneNumber("+33 6 12 34 56 78", "cell"),)),
    Contact("Camille Martin", sip_uri="sip:camille@example.net"),
]


def sample_history(now: float) -> SampleHistory:
    rows = [
        (FRIEND, CallDirection.OUTGOING, None, 4, False, "number not found"),
        ("sip:+8613800138000@sip.example.org", CallDirection.OUTGOING, None, 9, False, "busy"),
        (FRIEND, CallDirection.INCOMING, 3, 245, False, "call ended"),
        ("sip:camille@example.net", CallDirection.OUTGOING, None, 32, False, "server unreachable"),
        ("sip:+33145678900@sip.example.org", CallDirection.INCOMING, None, 15, True, "cancelled"),
        ("sip:+14155550123@sip.example.org", CallDirection.OUTGOING, 6, 612, False, "call ended"),
    ]
    return SampleHistory(
        [
            PastCall(peer, direction, now - 900 - n * 20_000, answered, length, missed, reason)
            for n, (peer, direction, answered, length, missed, reason) in enumerate(rows)
        ]
    )


def settle(rounds: int = 5) -> None:
    for _ in range(rounds):
        QApplication.processEvents()
        QTest.qWait(20)


def main() -> int:
    variant = parse_variant(sys.argv[1:])
    use_locale(variant.language)
    start_app(variant)
    suffix = variant.suffix
    names = PeerNames(CONTACTS)
    with tempfile.TemporaryDirectory() as work:
        fake = fake_calls(variant.palette, DialPadModel("FR").uri_for, Path(work))
        engine, windows = fake.engine, fake.windows
        windows.set_names(names.name_for)
        window = windows.window

        engine.publish(engine.call_event("c1", CallState.DIALING, peer=FRIEND))
        engine.publish(
            engine.call_event(
                "c1", CallState.ENDED, peer=FRIEND, code=404, reason="number not found"
            )
        )
        settle()
        save(window, f"in-call-failed{suffix}")

        engine.publish(engine.call_event("c2", CallState.ACTIVE, peer=FRIEND))
        engine.publish(CallStats("c2", "G722", 16000, 38.0, 1.6, 0.2, 84.0, 900, 900))
        window.details_button.setChecked(True)
        settle()
        save(window, f"in-call-quality{suffix}")
        talking = window.current()
        answered = talking.answered_at if talking is not None else None
        engine.publish(
            engine.call_event(
                "c2",
                CallState.ENDED,
                peer=FRIEND,
                code=200,
                reason="call ended",
                answered_at=answered,
                ended_at=(answered or 0) + 245,
            )
        )
        settle()
        save(window, f"in-call-ended{suffix}")
        windows.close_all()

        main_window = sample_main_window(sample_settings(Path(work)), 960, 640)
        main_window.call_history.set_names(names.name_for)
        main_window.call_history.set_source(sample_history(time.time()))
        main_window.show()
        main_window.show_page(3)
        settle()
        view = main_window.calls_page.view
        row = view.visualRect(view.model().index(1, 0))
        QCursor.setPos(view.viewport().mapToGlobal(row.center()))
        QTest.mouseMove(view.viewport(), row.center())
        settle()
        save(main_window, f"calls-history-actions{suffix}")

        view.customContextMenuRequested.emit(row.center() + QPoint(-200, 0))
        settle()
        screen = QGuiApplication.primaryScreen()
        top_left = main_window.frameGeometry().topLeft()
        picture = screen.grabWindow(0, top_left.x(), top_left.y(), 960, 680)
        if QGuiApplication.platformName() != "offscreen":
            save(picture, f"calls-history-menu{suffix}")
        menu = main_window.calls_page.menu
        if menu is not None:
            menu.close()
        main_window.hide()
    return 0


if __name__ == "__main__":
    sys.exit(main())
