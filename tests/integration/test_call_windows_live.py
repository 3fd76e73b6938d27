"""The call windows and the dial pad driven by the real CallEngine, against Kamailio and baresip."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jego_desktop.domain.calls import CallState
from jego_desktop.models.calls.calls import CallsModel
from jego_desktop.models.calls.dial_pad import DialPadModel
from jego_desktop.ui.calls.call_windows import CallWindows
from jego_desktop.ui.calls.dial_pad_page import DialPadPage
from jego_desktop.ui.style import LIGHT
from tests.integration.engine_probe import EngineProbe
from tests.integration.test_engine_calls import alice, registered_baresip

pytestmark = pytest.mark.peers


def wire(
    probe: EngineProbe, tmp_path: Path, domain: str, key: str
) -> tuple[CallWindows, DialPadModel]:
    calls = CallsModel()
    probe.engine.call_changed.connect(calls.on_call_changed)
    probe.engine.call_stats.connect(calls.on_call_stats)
    dial_pad = DialPadModel("FR")
    dial_pad.set_account(key, domain)
    dial_pad.call_requested.connect(probe.engine.make_call)
    windows = CallWindows(probe.engine, calls, LIGHT, dial_pad.uri_for, tmp_path)
    return windows, dial_pad


def test_incoming_call_is_answered_from_the_dialog_and_hung_up_from_the_window(
    qtbot: QtBot, engine_factory, kamailio, baresip_factory, tmp_path: Path
) -> None:
    bob = registered_baresip(baresip_factory, kamailio, "bob", "secret-b", 1200.0)
    probe: EngineProbe = engine_factory()
    account = alice(kamailio)
    probe.register(account, "secret-a")
    windows, _ = wire(probe, tmp_path, account.domain, account.key)
    qtbot.addWidget(windows.window)

    bob.dial(kamailio.aor("alice"))
    qtbot.waitUntil(lambda: len(windows.incoming) == 1, timeout=10_000)
    dialog = next(iter(windows.incoming.values()))
    assert dialog.isVisible()
    qtbot.mouseClick(dialog.answer_button, Qt.MouseButton.LeftButton)
    bob.wait_call_established()
    window = windows.window
    qtbot.waitUntil(lambda: window.isVisible() and window.mute_button.isEnabled(), timeout=10_000)
    assert not dialog.isVisible()

    qtbot.mouseClick(window.mute_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.mute_button.isChecked, timeout=5_000)
    qtbot.mouseClick(window.hangup_button, Qt.MouseButton.LeftButton)
    bob.wait_call_closed()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)


def test_the_dial_pad_calls_and_the_keypad_sends_dtmf(
    qtbot: QtBot, engine_factory, kamailio, baresip_factory, tmp_path: Path
) -> None:
    bob = registered_baresip(baresip_factory, kamailio, "bob", "secret-b", 1200.0)
    probe: EngineProbe = engine_factory()
    account = alice(kamailio)
    probe.register(account, "secret-a")
    windows, dial_pad = wire(probe, tmp_path, account.domain, account.key)
    page = DialPadPage(dial_pad, LIGHT)
    qtbot.addWidget(page)
    qtbot.addWidget(windows.window)
    page.show()

    qtbot.keyClicks(page.entry, kamailio.aor("bob"))
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)
    window = windows.window
    qtbot.waitUntil(window.isVisible, timeout=10_000)
    bob.wait_call_established()
    qtbot.waitUntil(
        lambda: (call := window.current()) is not None and call.state is CallState.ACTIVE,
        timeout=10_000,
    )
    since = bob.mark()
    qtbot.mouseClick(window.keypad_button, Qt.MouseButton.LeftButton)
    for key in "42#":
        qtbot.mouseClick(window.keypad.button(key), Qt.MouseButton.LeftButton)
    bob.wait_for(lambda: bob.dtmf_received(since=since) == "42#", 10, "DTMF 42#")
    qtbot.mouseClick(window.hangup_button, Qt.MouseButton.LeftButton)
    bob.wait_call_closed()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)


def test_a_name_typed_in_the_dial_pad_rings_that_user_at_the_registrar(
    qtbot: QtBot, engine_factory, kamailio, baresip_factory, tmp_path: Path
) -> None:
    """Issue #19 item 4: `bob` alone is sip:bob@<the account's domain>, as in Linphone."""
    bob = registered_baresip(baresip_factory, kamailio, "bob", "secret-b", 1200.0)
    probe: EngineProbe = engine_factory()
    account = alice(kamailio)
    probe.register(account, "secret-a")
    windows, dial_pad = wire(probe, tmp_path, account.domain, account.key)
    page = DialPadPage(dial_pad, LIGHT)
    qtbot.addWidget(page)
    qtbot.addWidget(windows.window)
    page.show()

    qtbot.keyClicks(page.entry, "bob")
    assert page.call_button.isEnabled() and page.message.text() == ""
    qtbot.mouseClick(page.call_button, Qt.MouseButton.LeftButton)
    bob.wait_call_established()  # baresip answers by itself
    invites = bob.received_requests("INVITE")
    # The registrar turns the request URI into bob's contact; the To header keeps the AoR.
    to = re.compile(rf"^(?:To|t):\s*<?sip:bob@{re.escape(account.domain)}[>;\r]", re.M)
    assert invites and to.search(invites[0].text), invites[0].text[:400]
    window = windows.window
    qtbot.waitUntil(window.isVisible, timeout=10_000)
    qtbot.mouseClick(window.hangup_button, Qt.MouseButton.LeftButton)
    bob.wait_call_closed()
