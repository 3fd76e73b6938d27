"""Text from strangers (a caller's display name, a codec name, a vCard, a server's reason)
is shown as text: no widget takes `<img src=…>` or `<b>` for markup."""

from __future__ import annotations

import resource
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from jego_desktop.domain.calls import CallDirection, CallState
from jego_desktop.domain.contacts import Contact
from jego_desktop.models.calls.calls import CallsModel
from jego_desktop.models.calls.dial_pad import DialPadModel
from jego_desktop.ui.calls.call_windows import CallWindows
from jego_desktop.ui.contacts.contact_detail import ContactDetail
from jego_desktop.ui.plain_text import plain_tooltip
from jego_desktop.ui.settings.section import Section
from jego_desktop.ui.style import LIGHT
from jego_desktop.ui.window.main_window import MainWindow
from jego_desktop.ui.window.notices import NoticeArea
from tests.ui.fake_engine import FakeEngine

ROOT = Path(__file__).resolve().parents[2]
# Harmless when rendered (a missing picture, bold text), so the old code shows the
# difference without aborting the test run; the /dev/zero case runs in a subprocess.
HOSTILE = '<img src="file:///nonexistent/x.png"><b>Bob</b>'


def labels(widget: QWidget) -> Iterator[QLabel]:
    if isinstance(widget, QLabel):
        yield widget
    yield from widget.findChildren(QLabel)


def assert_shown_as_text(widget: QWidget) -> None:
    widget.show()
    showing = [label for label in labels(widget) if HOSTILE in label.text()]
    assert showing, "no label shows the text"
    for label in showing:
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()
        # What a plain-text label lays out is the characters themselves.
        assert label.sizeHint().width() > label.fontMetrics().horizontalAdvance("<b>Bob</b>")


def test_the_notice_strip(qtbot: QtBot) -> None:
    notices = NoticeArea()
    qtbot.addWidget(notices)
    notices.set_notice("codec", f"The codec {HOSTILE} is not available")
    assert_shown_as_text(notices)


def test_incoming_call_and_in_call_windows(qtbot: QtBot, tmp_path: Path) -> None:
    engine = FakeEngine()
    calls = CallsModel()
    engine.call_changed.connect(calls.on_call_changed)
    dial_pad = DialPadModel("FR")
    dial_pad.set_account("+33100000000@example.org", "example.org")
    windows = CallWindows(engine, calls, LIGHT, dial_pad.uri_for, tmp_path, home_region="FR")
    qtbot.addWidget(windows.window)
    try:
        engine.publish(
            FakeEngine.call_event(
                "in1", CallState.RINGING_IN, CallDirection.INCOMING, peer_name=HOSTILE
            )
        )
        assert_shown_as_text(windows.incoming["in1"])
        engine.publish(
            FakeEngine.call_event(
                "in1", CallState.ACTIVE, CallDirection.INCOMING, peer_name=HOSTILE
            )
        )
        assert_shown_as_text(windows.window)
        windows.window.show_problem(f"488 {HOSTILE}")
        assert_shown_as_text(windows.window)
    finally:
        windows.close_all()


def test_a_contact_from_a_vcard(qtbot: QtBot) -> None:
    detail = ContactDetail(LIGHT)
    qtbot.addWidget(detail)
    detail.show_contact(
        Contact(display_name=HOSTILE, organization=HOSTILE, email=f"{HOSTILE}@x", notes=HOSTILE)
    )
    assert_shown_as_text(detail)


def test_error_lines(qtbot: QtBot) -> None:
    label = Section.error_label()
    qtbot.addWidget(label)
    Section.show_error(label, f"server error (500 {HOSTILE})")
    assert_shown_as_text(label)


def test_every_label_of_the_main_window_is_plain_text(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.chats_page.pane.page()  # the conversation pane comes with the first conversation
    found = list(labels(window))
    assert len(found) > 10
    assert [
        label.objectName() for label in found if label.textFormat() != Qt.TextFormat.PlainText
    ] == []


def test_tooltips_with_outside_text_are_escaped() -> None:
    assert plain_tooltip("Call +33 6 12") == "Call +33 6 12"
    shown = plain_tooltip(f"Write to {HOSTILE}")
    assert "<img" not in shown and "&lt;img" in shown


_RENDER = textwrap.dedent(
    """
    import os, sys
    sys.path.insert(0, sys.argv[1])
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication
    from jego_desktop.ui.window.notices import NoticeArea
    app = QApplication([])
    notices = NoticeArea()
    notices.set_notice("codec", 'The codec <img src="/dev/zero"> is not available')
    notices.show()
    notices.grab()
    print("rendered")
    """
)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_an_image_of_dev_zero_in_a_notice_does_not_abort(tmp_path: Path) -> None:
    """What the issue found: the old strip read /dev/zero until std::bad_alloc. Memory
    is capped (2 GB of address space) so the old code fails fast rather than swapping."""

    def cap_memory() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    run = subprocess.run(
        [sys.executable, "-c", _RENDER, str(ROOT)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        preexec_fn=cap_memory,
    )
    assert run.returncode == 0 and "rendered" in run.stdout, run.stderr[-2000:]
