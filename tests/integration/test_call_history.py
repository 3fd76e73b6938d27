"""Every finished call, made or missed, lands in the call history."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from jego_desktop.domain.accounts import AccountConfig
from jego_desktop.domain.calls import CallDirection, CallState
from jego_desktop.models.calls.call_log import CallLogRecorder
from jego_desktop.store.calls import CallHistory
from jego_desktop.store.database import Database
from tests.integration.engine_probe import EngineProbe, pump

pytestmark = pytest.mark.peers


@pytest.fixture
def history(tmp_path: Path) -> Iterator[CallHistory]:
    database = Database.open(tmp_path / "jego.sqlite3")
    yield CallHistory(database)
    database.close()


def test_made_and_missed_calls_are_stored(
    engine_factory, kamailio, baresip_factory, history
) -> None:
    probe: EngineProbe = engine_factory()
    recorder = CallLogRecorder(history)
    probe.engine.call_changed.connect(recorder.on_call_changed, Qt.ConnectionType.QueuedConnection)
    account = AccountConfig(number="alice", server=f"127.0.0.1:{kamailio.udp_port}")
    probe.register(account, "secret-a")
    bob = baresip_factory("bob", tone_hz=900.0, auto_answer=False)
    bob.add_account(kamailio.aor("bob"), password="secret-b", registrar=kamailio.uri("udp"))
    bob.start()

    # A call we make, answered by Bob, hung up by us.
    call_id = probe.engine.make_call(kamailio.aor("bob"), account.key)
    bob.wait_incoming_call()
    bob.answer()
    probe.wait_call(call_id, CallState.ACTIVE)
    probe.engine.hangup(call_id)
    made = probe.wait_call(call_id, CallState.ENDED)

    # A call from Bob that he gives up on before we answer.
    since = probe.mark()
    bob.dial(kamailio.aor("alice"))
    ringing = probe.wait_incoming(since=since)
    bob.hangup()
    probe.wait_call(ringing.call_id, CallState.ENDED)
    pump(0.3)

    entries = history.recent()
    assert len(entries) == 2
    missed, outgoing = entries  # newest first
    assert outgoing.record.call_id == made.sip_call_id
    assert outgoing.record.direction is CallDirection.OUTGOING
    assert outgoing.record.answered_at is not None and not outgoing.missed
    assert missed.record.direction is CallDirection.INCOMING
    assert missed.missed and missed.record.answered_at is None
    assert "bob" in missed.record.peer
    assert history.missed_count() == 1
