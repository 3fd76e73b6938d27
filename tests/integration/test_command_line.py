"""The command line drives the running app: bind a number, call, hang up, status."""

from __future__ import annotations

import pytest

from tests.integration.app_process import AppProcess
from tests.peers.kamailio import Kamailio

pytestmark = pytest.mark.peers


def test_account_call_status_and_hangup_from_the_command_line(
    app_factory, kamailio: Kamailio, baresip_factory
) -> None:
    bob = baresip_factory("bob", tone_hz=1200.0)
    bob.add_account(kamailio.aor("bob"), password="secret-b", registrar=kamailio.uri("udp"))
    bob.start()
    app: AppProcess = app_factory("alice")
    app.start()

    assert app.status() == {"accounts": [], "calls": [], "unread": 0}
    added = app.cli(
        "account",
        "add",
        "--number",
        "alice",
        "--server",
        f"127.0.0.1:{kamailio.tcp_port}",
        "--transport",
        "tcp",
        "--password-stdin",
        stdin="secret-a\n",
    )
    assert added.returncode == 0, added.stderr
    assert "secret-a" not in added.stdout + added.stderr
    status = app.wait_status(lambda s: bool(s["accounts"]) and s["accounts"][0]["registered"])
    assert status["accounts"][0] == {
        "number": "alice",
        "server": f"127.0.0.1:{kamailio.tcp_port}",
        "transport": "tcp",
        "registered": True,
    }
    listed = app.cli("account", "list")
    assert f"alice@127.0.0.1:{kamailio.tcp_port}" in listed.stdout

    since = bob.mark()
    called = app.cli("call", kamailio.aor("bob"))
    assert called.returncode == 0, called.stderr
    bob.wait_call_established(since=since)
    status = app.wait_status(lambda s: [c["state"] for c in s["calls"]] == ["active"])
    assert status["calls"][0]["direction"] == "outgoing"
    assert app.cli("hangup").returncode == 0
    bob.wait_call_closed(since=since)
    app.wait_status(lambda s: s["calls"] == [])

    # A message each way: Bob's arrives and counts as unread; ours reaches Bob.
    bob.send_message(kamailio.aor("alice"), "Salut 你好")
    app.wait_status(lambda s: s["unread"] == 1)
    sent = app.cli("message", kamailio.aor("bob"), "Bien reçu 👍")
    assert sent.returncode == 0, sent.stderr
    bob.wait_for(
        lambda: any("Bien reçu 👍" in p.text for p in bob.received_requests("MESSAGE")),
        what="our MESSAGE",
    )

    refused = app.cli("call", "tel:+33%ZZ")
    assert refused.returncode == 2 and "escape" in refused.stderr
    assert app.cli("answer").returncode == 1  # nothing is ringing

    logs = (app.profile / "logs" / "jego.log").read_text(encoding="utf-8")
    assert "secret-a" not in logs


def test_commands_without_a_running_app_fail_clearly(app_factory) -> None:
    app: AppProcess = app_factory("idle")
    result = app.cli("hangup")
    assert result.returncode == 1 and "not running" in result.stderr
