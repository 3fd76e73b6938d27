"""New voicemails on the Calls page, the rail and the tray; "Call voicemail" dials."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from jego_desktop.domain.accounts import AccountConfig
from jego_desktop.domain.engine_events import VoicemailChanged
from jego_desktop.domain.message_summary import MessageSummary
from jego_desktop.ui.window.main_window import MainWindow
from jego_desktop.ui.window.window_presence import CALLS_PAGE
from tests.ui.fake_engine import FakeEngine
from tests.unit.models.calls.test_voicemail import Settings

ACCOUNT = AccountConfig(number="+8613800138000", server="sip.example.cn")
MAILBOX = "sip:voicemail@sip.example.cn"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> tuple[MainWindow, FakeEngine]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    main = MainWindow(settings)
    qtbot.addWidget(main)
    engine = FakeEngine()
    main.voicemail.set_sources(lambda: [ACCOUNT], Settings(ACCOUNT.key))
    engine.voicemail_changed.connect(main.voicemail.on_voicemail_changed)
    main.voicemail.call_requested.connect(engine.make_call)
    main.resize(900, 600)
    main.show()
    main.show_page(CALLS_PAGE)
    qtbot.waitExposed(main)
    return main, engine


def notify(engine: FakeEngine, new: int, old: int) -> None:
    summary = MessageSummary(new > 0, new, old, account=MAILBOX, voice_counted=True)
    engine.publish(VoicemailChanged(ACCOUNT.key, summary))


def test_counts_follow_the_mailbox_and_the_button_dials_it(
    qtbot: QtBot, window: tuple[MainWindow, FakeEngine]
) -> None:
    main, engine = window
    bar = main.calls_page.voicemail_bar
    assert bar is not None and not bar.isVisible()  # no mailbox has spoken yet

    notify(engine, 2, 0)
    assert bar.isVisible() and bar.count_label.text() == "New voicemails: 2"
    assert main.rail.badge(CALLS_PAGE) == 2
    assert "New voicemails: 2" in main.presence.tray.counts_action.text()
    assert main.presence.tray.voicemails == 2

    qtbot.mouseClick(bar.call_button, Qt.MouseButton.LeftButton)
    assert engine.last("make_call")[1:3] == (MAILBOX, ACCOUNT.key)

    notify(engine, 0, 2)
    assert bar.count_label.text() == "No new voicemail"
    assert main.rail.badge(CALLS_PAGE) == 0
    assert main.presence.tray.counts_action.text() == "Nothing new"
    assert bar.isVisible() and bar.call_button.isEnabled()  # the number stays
