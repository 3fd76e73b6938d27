"""The headless test peer stops cleanly: what was queued when "quit" came is handled
(or ignored) with its database still open, and its log carries no Python error."""

from __future__ import annotations

import json
from pathlib import Path

from tests.integration.headless_client import HeadlessClient

PEER = "sip:bob@127.0.0.2"


def test_commands_queued_behind_quit_touch_no_closed_database(tmp_path: Path) -> None:
    alice = HeadlessClient("alice", tmp_path / "alice.sqlite3", "alice", "x", "127.0.0.2:5060")
    alice.start(register=False)
    try:
        alice.command("send", peer=PEER, body="kept in the outbox")
        alice.wait("added", lambda e: e["body"] == "kept in the outbox")
        # "quit" and more in one write: the reader thread queues them back to back
        lines = [{"cmd": "quit"}, {"cmd": "send", "peer": PEER, "body": "too late"}]
        alice.command_lines([json.dumps(line) for line in lines])
        assert alice.wait_exit() == 0
    finally:
        alice.stop()

    assert alice.events("error") == []
    assert [e["body"] for e in alice.events("added")] == ["kept in the outbox"]
    assert alice.python_errors() == []
