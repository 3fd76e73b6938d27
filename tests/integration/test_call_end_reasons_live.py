"""A call that does not go through says why, in the window and in the history (issue #19
item 2), against the real Kamailio and baresip: 404 for a user the server does not
know, 480 for one who is not online, and what baresip answers when Bob turns us away."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jego_desktop.domain.accounts import DIRECT_ACCOUNT_KEY
from jego_desktop.domain.calls import CallState
from jego_desktop.models.calls.call_history import CallHistoryModel, HistoryRole
from jego_desktop.models.calls.call_log import CallLogRecorder
from jego_desktop.store.calls import CallHistory
from jego_desktop.store.database import Database
from jego_desktop.ui.calls.call_windows import CallWindows
from tests.integration.engine_probe import EngineProbe
from tests.integration.test_call_windows_live import wire
from tests.integration.test_engine_calls import alice, registered_baresip

pytestmark = pytest.mark.peers


@pytest.fixture
def history(tmp_path: Path) -> Iterator[CallHistory]:
    database = Database.open(tmp_path / "jego.sqlite3")
    yield CallHistory(database)
    database.close()


def record_calls(probe: EngineProbe, history: CallHistory) -> CallHistoryModel:
    recorder = CallLogRecorder(history, parent=probe.engine)
    model = CallHistoryModel(history, home_region="FR", parent=probe.engine)
    probe.engine.call_changed.connect(recorder.on_call_changed, Qt.ConnectionType.QueuedConnection)
    recorder.call_logged.connect(model.on_call_logged)
    return model


def call_and_read_the_window(
    qtbot: QtBot, probe: EngineProbe, windows: CallWindows, uri: str, key: str
) -> str:
    window = windows.window
    call_id = probe.engine.make_call(uri, key)
    ended = probe.wait_call(call_id, CallState.ENDED, timeout=15)
    qtbot.waitUntil(
        lambda: window.ended is not None and window.ended.call_id == call_id, timeout=5_000
    )
    assert window.isVisible()  # it stays: the reason can be read
    assert window.ended is not None and ended.reason == window.ended.reason
    return window.status_label.text()


@pytest.mark.parametrize(
    ("user", "stored", "shown"),
    [
        ("nobody", "number not found", "Number not found"),  # Kamailio: 404
        ("carol", "not reachable", "Not reachable right now"),  # known, not registered: 480
    ],
)
def test_the_server_refusing_a_call_is_said_and_stored(
    qtbot: QtBot,
    engine_factory,
    kamailio,
    tmp_path: Path,
    history: CallHistory,
    user: str,
    stored: str,
    shown: str,
) -> None:
    probe: EngineProbe = engine_factory()
    account = alice(kamailio)
    probe.register(account, "secret-a")
    windows, _ = wire(probe, tmp_path, account.domain, account.key)
    qtbot.addWidget(windows.window)
    model = record_calls(probe, history)

    assert call_and_read_the_window(qtbot, probe, windows, kamailio.aor(user), account.key) == shown
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5_000)
    assert history.recent()[0].record.reason == stored
    assert model.index(0, 0).data(HistoryRole.DETAIL) == f"Outgoing · {shown}"
    qtbot.waitUntil(lambda: not windows.window.isVisible(), timeout=10_000)


def test_bob_turning_the_call_away_is_said_and_stored(
    qtbot: QtBot, engine_factory, kamailio, baresip_factory, tmp_path: Path, history: CallHistory
) -> None:
    bob = registered_baresip(
        baresip_factory, kamailio, "bob", "secret-b", 1200.0, auto_answer=False
    )
    probe: EngineProbe = engine_factory()
    account = alice(kamailio)
    probe.register(account, "secret-a")
    windows, _ = wire(probe, tmp_path, account.domain, account.key)
    qtbot.addWidget(windows.window)
    model = record_calls(probe, history)
    window = windows.window

    call_id = probe.engine.make_call(kamailio.aor("bob"), account.key)
    bob.wait_incoming_call()
    probe.wait_call(call_id, CallState.RINGING_OUT)
    bob.hangup()  # baresip rejects a call it has not answered
    ended = probe.wait_call(call_id, CallState.ENDED)
    qtbot.waitUntil(lambda: window.ended is not None, timeout=5_000)
    shown = {486: "Busy", 603: "Declined"}[ended.code]
    assert window.isVisible()
    assert window.status_label.text() == shown
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5_000)
    assert history.recent()[0].record.reason == shown.lower()
    assert model.index(0, 0).data(HistoryRole.DETAIL) == f"Outgoing · {shown}"


def test_a_server_that_cannot_be_reached_is_said_and_stored(
    qtbot: QtBot, engine_factory, tmp_path: Path, history: CallHistory
) -> None:
    """Nothing listens on 127.0.0.1:9 over TCP: pjsip ends the call at once with its own
    503 (UDP would take Timer B's 32 s and end as 408 with nothing heard back)."""
    probe: EngineProbe = engine_factory()
    windows, _ = wire(probe, tmp_path, "", DIRECT_ACCOUNT_KEY)
    qtbot.addWidget(windows.window)
    model = record_calls(probe, history)
    uri = "sip:bob@127.0.0.1:9;transport=tcp"
    reason = call_and_read_the_window(qtbot, probe, windows, uri, DIRECT_ACCOUNT_KEY)
    assert reason == "Can't reach the server"
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5_000)
    assert history.recent()[0].record.reason == "server unreachable"
