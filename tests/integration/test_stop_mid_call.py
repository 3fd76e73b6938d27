"""Stopping the engine, and quitting the app, while a call to a vanished peer is still up.

Baresip is killed with SIGKILL mid-call (or while ringing), then we stop. pjsua2 aborts
the process when a Call object outlives `libDestroy` (an assert in
pjsua_call_set_user_data), and PySide6 segfaulted at exit after a call when a Python
event filter was still installed on the application: so the engine runs in a child
process (tests/integration/call_peer.py), the app as itself, and exit statuses are checked.
"""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from jego_desktop.domain.calls import CallDirection, CallState
from jego_desktop.store.calls import CallHistory
from jego_desktop.store.database import Database
from jego_desktop.store.profile import Profile
from tests.integration.app_process import AppProcess
from tests.integration.headless_client import HeadlessClient
from tests.peers.baresip import Baresip
from tests.peers.kamailio import Kamailio

pytestmark = pytest.mark.peers


class CallPeerClient(HeadlessClient):
    """tests/integration/call_peer.py in its own process."""

    def __init__(self, log_dir: Path, number: str, password: str, server: str) -> None:
        super().__init__(number, log_dir / f"{number}.db", number, password, server)
        self.argv = [
            self.argv[0], "-m", "tests.integration.call_peer",
            "--number", number, "--password", password, "--server", server,
        ]  # fmt: skip

    def quit(self, timeout: float = 20.0) -> int:
        """Ask for a clean stop; the exit status (negative: killed by that signal)."""
        assert self._proc is not None
        self.command("quit")
        try:
            code = self._proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            raise
        finally:
            self._close()
        return code

    def log(self) -> str:
        return self.stderr_path.read_text(encoding="utf-8", errors="replace")


@pytest.mark.parametrize("answered", [True, False], ids=["in-call", "ringing"])
def test_stopping_the_engine_with_a_call_to_a_killed_peer_exits_cleanly(
    tmp_path: Path, kamailio: Kamailio, baresip_factory, answered: bool
) -> None:
    bob: Baresip = baresip_factory("bob", tone_hz=1200.0, auto_answer=answered)
    bob.add_account(kamailio.aor("bob"), password="secret-b", registrar=kamailio.uri("udp"))
    bob.start()
    alice = CallPeerClient(tmp_path, "alice", "secret-a", f"127.0.0.1:{kamailio.port('udp')}")
    alice.start()
    try:
        alice.command("dial", uri=kamailio.aor("bob"))
        state = CallState.ACTIVE if answered else CallState.RINGING_OUT
        alice.wait("call", lambda e: e["state"] == state.value, timeout=10)
        os.kill(bob.pid, signal.SIGKILL)
        time.sleep(0.5)  # our RTP now meets a closed port
        code = alice.quit()
    finally:
        alice.stop()
    log = alice.log()
    # the abort this guards against (a SipCall alive past libDestroy):
    # pjsua_call.c: pjsua_call_set_user_data: Assertion `call_id>=0 && ...' failed
    assert code == 0, f"exit status {code}:\n{log[-3000:]}"
    assert "Assertion" not in log
    ended = alice.events("call")[-1]
    assert ended["state"] == CallState.ENDED.value, alice.events()
    assert alice.events()[-1]["event"] == "stopped"
    # pjsua ends a call when it sends the BYE; Kamailio answers the CANCEL itself
    reason = "call ended" if answered else "cancelled"
    assert f"call {ended['call_id']} ended: {reason}" in log


@pytest.mark.parametrize("answered", [True, False], ids=["in-call", "ringing"])
def test_quitting_the_app_mid_call_to_a_killed_peer_exits_cleanly_and_logs_the_call(
    app_factory, kamailio: Kamailio, baresip_factory, answered: bool
) -> None:
    bob: Baresip = baresip_factory("bob", tone_hz=1200.0, auto_answer=answered)
    bob.add_account(kamailio.aor("bob"), password="secret-b", registrar=kamailio.uri("udp"))
    bob.start()
    app: AppProcess = app_factory("alice")
    app.env["PYTHONFAULTHANDLER"] = "1"  # a crash while quitting shows its stacks
    app.start()
    added = app.cli(
        "account", "add", "--number", "alice", "--server",
        f"127.0.0.1:{kamailio.port('udp')}", "--password-stdin", stdin="secret-a\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    app.wait_status(lambda s: bool(s["accounts"]) and s["accounts"][0]["registered"])
    since = bob.mark()
    dialled = time.time()
    assert app.cli("call", kamailio.aor("bob")).returncode == 0
    if answered:
        bob.wait_call_established(since=since)
    else:
        bob.wait_incoming_call(since=since)
    up = time.time()
    state = "active" if answered else "ringing_out"
    app.wait_status(lambda s: [c["state"] for c in s["calls"]] == [state])
    os.kill(bob.pid, signal.SIGKILL)
    time.sleep(1.5)  # the call lasts a while longer, up to the quit

    quitting = time.time()
    code = app.stop()  # SIGTERM, as a session logout sends
    stopped = time.time()
    output = (app.profile / "app-stdout.log").read_text(encoding="utf-8", errors="replace")
    assert code == 0, f"exit status {code}:\n{output[-3000:]}"
    assert "Assertion" not in output
    log = (app.profile / "logs" / "jego.log").read_text(encoding="utf-8")
    assert "SIGTERM received; quitting" in log
    reason = "call ended" if answered else "cancelled"
    assert f"ended: {reason}" in log

    # The call still up at quit is in the history, once, with the time it really lasted.
    database = Database.open(Profile.open(app.profile).database_path)
    try:
        entries = CallHistory(database).recent()
    finally:
        database.close()
    assert len(entries) == 1, entries
    record = entries[0].record
    assert record.direction is CallDirection.OUTGOING
    assert record.peer.startswith("sip:bob@127.0.0.1"), record.peer
    assert dialled - 1 <= record.started_at <= up
    assert quitting <= record.ended_at <= stopped
    if answered:
        assert record.answered_at is not None
        assert dialled <= record.answered_at <= up + 0.5
        # answered at `up` (±0.5 s), ended between `quitting` and `stopped`
        duration = record.ended_at - record.answered_at
        assert quitting - up - 0.5 <= duration <= stopped - up + 0.5, duration
    else:
        assert record.answered_at is None
        assert not entries[0].missed  # our own call that was never answered is not "missed"
