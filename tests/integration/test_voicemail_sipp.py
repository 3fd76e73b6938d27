"""Voicemail (RFC 3842) end to end: SIPp is the registrar and the mailbox.

The account registers at SIPp (tests/peers/sipp/uas_mailbox.xml), subscribes to its own
message-summary, and SIPp sends three NOTIFYs: 2 new, then read, then none. The Calls
page of a real MainWindow, wired as the app wires it, shows each; "Call voicemail" then
dials the NOTIFY's Message-Account, which SIPp answers.
"""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from jego_desktop.app.calls import wire_voicemail
from jego_desktop.domain.accounts import AccountConfig, RegistrationState
from jego_desktop.domain.calls import CallState
from jego_desktop.domain.engine_events import CallChanged, VoicemailChanged
from jego_desktop.models.calls.voicemail import NUMBER_SETTING
from jego_desktop.models.window.registration_status import RegistrationStatus
from jego_desktop.store.accounts import AccountStore
from jego_desktop.store.database import Database
from jego_desktop.ui.window.main_window import MainWindow
from jego_desktop.ui.window.window_presence import CALLS_PAGE
from tests.integration.engine_probe import EngineProbe, pump
from tests.peers.sipp import UAC_UNSOLICITED_MWI, mailbox, run_sipp

pytestmark = [pytest.mark.peers, pytest.mark.timeout(90)]

NOTIFY_GAP_MS = 700  # between SIPp's NOTIFYs: room for each to be painted


def test_calls_page_follows_the_mailbox_and_calls_its_message_account(
    qtbot: QtBot,
    engine_factory: Callable[..., EngineProbe],
    db: Database,
    tmp_path: Path,
) -> None:
    if shutil.which("sipp") is None:
        pytest.skip("sipp is not installed (Debian package sip-tester)")
    box_sipp = mailbox(tmp_path / "sipp", NOTIFY_GAP_MS)
    try:
        probe = engine_factory()
        account = AccountConfig(number="alice", server=box_sipp.address)
        AccountStore(db).add(account)
        window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        wire_voicemail(window, probe.engine, lambda: [account], RegistrationStatus({}), db)
        window.show()
        window.show_page(CALLS_PAGE)
        qtbot.waitExposed(window)
        bar = window.calls_page.voicemail_bar
        assert bar is not None
        shown: list[tuple[str, int, bool]] = []  # after each NOTIFY, once the page followed
        probe.engine.voicemail_changed.connect(
            lambda _event: shown.append(
                (bar.count_label.text(), window.rail.badge(CALLS_PAGE), bar.isVisible())
            )
        )

        assert probe.register(account, "any").state is RegistrationState.REGISTERED
        probe.wait_for(VoicemailChanged, lambda _e: len(shown) == 3, timeout=15)
        notifies = [e for e in probe.events if isinstance(e, VoicemailChanged)]
        assert [(e.summary.voice_new, e.summary.voice_old) for e in notifies] == [
            (2, 0),
            (0, 2),
            (0, 0),
        ]
        assert shown == [
            ("New voicemails: 2", 2, True),
            ("No new voicemail", 0, True),
            ("No new voicemail", 0, True),
        ]
        message_account = f"sip:voicemail@{box_sipp.address}"
        assert AccountStore(db).settings(account.key)[NUMBER_SETTING] == message_account

        since = probe.mark()
        qtbot.mouseClick(bar.call_button, Qt.MouseButton.LeftButton)
        answered = probe.wait_for(
            CallChanged, lambda e: e.state is CallState.ACTIVE, timeout=10, since=since
        )
        assert answered.peer == message_account and answered.account_key == account.key
        probe.engine.hangup(answered.call_id)
        probe.wait_call(answered.call_id, CallState.ENDED, since=since)
        result = box_sipp.wait()  # its fourth dialog, the mailbox call, is over
    finally:
        box_sipp.stop()
    print(f"\nSIPp mailbox: {result.summary()}")
    received: Counter[tuple[str, bool]] = Counter()
    for step in result.steps:
        received[step.label, step.sent] += step.messages
    assert (result.successful, result.failed) == (4, 0), result.log
    assert received[("SUBSCRIBE", False)] == 1, result.log
    assert received[("NOTIFY", True)] == 3, result.log
    assert received[("INVITE", False)] == 1 and received[("BYE", False)] == 1, result.log


def test_a_strangers_unsolicited_notify_is_refused(
    engine_factory: Callable[..., EngineProbe], tmp_path: Path
) -> None:
    """Out of any subscription, a NOTIFY could make "Call voicemail" dial anyone."""
    if shutil.which("sipp") is None:
        pytest.skip("sipp is not installed (Debian package sip-tester)")
    box_sipp = mailbox(tmp_path / "box", NOTIFY_GAP_MS, calls=3)
    try:
        probe = engine_factory()
        account = AccountConfig(number="alice", server=box_sipp.address)
        assert probe.register(account, "any").state is RegistrationState.REGISTERED
        probe.wait_for(  # the account's own mailbox works: its three NOTIFYs came
            VoicemailChanged,
            lambda _e: sum(isinstance(e, VoicemailChanged) for e in probe.events) == 3,
            timeout=15,
        )
        port = probe.events[0].sip_ports["udp"]  # type: ignore[attr-defined]
        since = probe.mark()
        stranger = run_sipp(
            UAC_UNSOLICITED_MWI,
            f"127.0.0.1:{port}",
            tmp_path / "stranger",
            count=1,
            rate=1,
            timeout=10,
            service="alice",
            keys={"domain": "127.0.0.1"},
        )
        pump(1.0)  # a NOTIFY taken would be published by now
    finally:
        box_sipp.stop()
    print(f"\nunsolicited NOTIFY: {stranger.summary()}")
    assert stranger.successful == 0 and stranger.failed == 1, stranger.log
    assert 200 not in stranger.responses  # an error, or no answer at all (pjsua's)
    assert not [e for e in probe.events[since:] if isinstance(e, VoicemailChanged)]
