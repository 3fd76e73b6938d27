"""The command line drives the running app: bind a number, call, hang up, status."""

from __future__ import annotations

import time
from pathlib import Path

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

    assert app.status() == {
        "running": True,
        "my_status": "online",
        "accounts": [],
        "calls": [],
        "unread": 0,
    }
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


def test_a_call_that_starts_the_app_goes_out_from_its_bound_number(
    tmp_path: Path, kamailio: Kamailio, baresip_factory
) -> None:
    """`jego-desktop call X` with nothing running starts the app; the call is made once
    the number is bound and the engine started (after the window's first paint)."""
    bob = baresip_factory("bob", tone_hz=1200.0)
    bob.add_account(kamailio.aor("bob"), password="secret-b", registrar=kamailio.uri("udp"))
    bob.start()
    app = AppProcess(
        tmp_path / "alice", tmp_path / "keyring.json", command=("call", kamailio.aor("bob"))
    )
    bind(app, kamailio, "alice", "secret-a")  # into the store: no app runs yet
    since = bob.mark()
    app.start()
    try:
        bob.wait_call_established(since=since)
        status = app.wait_status(lambda s: [c["state"] for c in s["calls"]] == ["active"])
        assert status["calls"][0]["direction"] == "outgoing"
        invite = bob.received_requests("INVITE")[-1]
        headers = invite.text.split("\r\n\r\n", 1)[0].split("\r\n")
        sender = [h for h in headers if h.lower().startswith(("from:", "f:"))]
        assert sender and "alice@" in sender[0]  # from the number, not the direct account
        assert app.cli("hangup").returncode == 0
        bob.wait_call_closed(since=since)
    finally:
        app.stop()
    assert "calling sip:bob@" in app.output_path.read_text(encoding="utf-8")  # its reply


def test_commands_without_a_running_app_fail_clearly(app_factory) -> None:
    app: AppProcess = app_factory("idle")
    result = app.cli("hangup")
    assert result.returncode == 1 and "not running" in result.stderr


def test_status_without_a_running_app_answers_from_the_store(app_factory) -> None:
    app: AppProcess = app_factory("offline")
    added = app.cli(
        "account", "add", "--number", "+8613800138000", "--server", "sip.example.cn",
        "--transport", "tls", "--password-stdin", stdin="secret\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert app.status() == {
        "running": False,
        "my_status": "online",
        "accounts": [
            {
                "number": "+8613800138000",
                "server": "sip.example.cn",
                "transport": "tls",
                "registered": False,
                "reason": "Jego Desktop is not running",
            }
        ],
        "calls": [],
        "unread": 0,
    }
    text = app.cli("status")
    assert text.returncode == 0 and text.stdout.startswith("Jego Desktop is not running")
    assert not (app.profile / "logs" / "jego.log").exists()  # nothing was started


def test_status_tells_my_status_running_and_not(tmp_path: Path) -> None:
    app = AppProcess(
        tmp_path / "dnd", tmp_path / "keyring.json", settings="[presence]\nmy_status=busy\n"
    )
    try:
        offline = app.status()
        assert offline["running"] is False and offline["my_status"] == "busy"
        text = app.cli("status").stdout.splitlines()
        assert "my status: busy (do not disturb)" in text
        app.start()
        assert app.status() == {
            "running": True,
            "my_status": "busy",
            "accounts": [],
            "calls": [],
            "unread": 0,
        }
    finally:
        app.stop()


def test_a_tel_link_with_an_extension_keys_it_in_after_the_answer(
    app_factory, kamailio: Kamailio, baresip_factory
) -> None:
    desk = baresip_factory("desk", tone_hz=700.0)
    desk.add_account(
        kamailio.aor("+8613800138000"), password="secret-cn", registrar=kamailio.uri("udp")
    )
    desk.start()
    app: AppProcess = app_factory("alice")
    app.start()
    added = app.cli(
        "account", "add", "--number", "alice", "--server", f"127.0.0.1:{kamailio.udp_port}",
        "--password-stdin", stdin="secret-a\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    app.wait_status(lambda s: bool(s["accounts"]) and s["accounts"][0]["registered"])

    since = desk.mark()
    called = app.cli("call", "tel:+86-138-0013-8000;ext=4711")
    assert called.returncode == 0 and "extension 4711" in called.stdout, called.stderr
    desk.wait_call_established(since=since)
    desk.wait_for(lambda: desk.dtmf_received(since=since) == "4711", timeout=10, what="4711")
    kinds = [e.get("type") for e in desk.events[since:]]
    assert kinds.index("CALL_ESTABLISHED") < kinds.index("CALL_DTMF_START")  # after the answer
    time.sleep(1.5)
    assert desk.dtmf_received(since=since) == "4711"  # sent once, not repeated
    assert app.cli("hangup").returncode == 0
    desk.wait_call_closed(since=since)


def bind(app: AppProcess, kamailio: Kamailio, user: str, password: str) -> None:
    added = app.cli(
        "account", "add", "--number", user, "--server", f"127.0.0.1:{kamailio.udp_port}",
        "--password-stdin", stdin=f"{password}\n",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr


def test_two_profiles_call_and_chat_through_the_command_line(
    app_factory, kamailio: Kamailio
) -> None:
    alice: AppProcess = app_factory("alice")
    bob: AppProcess = app_factory("bob")
    for app, user, password in ((alice, "alice", "secret-a"), (bob, "bob", "secret-b")):
        bind(app, kamailio, user, password)
        app.start()
        app.wait_status(lambda s: s["accounts"][0]["registered"])

    assert alice.cli("call", kamailio.aor("bob")).returncode == 0
    ringing = bob.wait_status(lambda s: [c["state"] for c in s["calls"]] == ["ringing_in"])
    assert ringing["calls"][0]["direction"] == "incoming"
    assert "alice" in ringing["calls"][0]["peer"]
    answered = bob.cli("answer")
    assert answered.returncode == 0 and "answering" in answered.stdout
    bob.wait_status(lambda s: [c["state"] for c in s["calls"]] == ["active"])
    alice.wait_status(lambda s: [c["state"] for c in s["calls"]] == ["active"])
    assert alice.cli("hangup").returncode == 0
    bob.wait_status(lambda s: s["calls"] == [])
    alice.wait_status(lambda s: s["calls"] == [])

    sent = alice.cli("message", kamailio.aor("bob"), "Ce soir 20 h ? 今晚八点？")
    assert sent.returncode == 0, sent.stderr
    bob.wait_status(lambda s: s["unread"] == 1)
    assert bob.cli("message", kamailio.aor("alice"), "D’accord 👍").returncode == 0
    alice.wait_status(lambda s: s["unread"] == 1)

    bob.stop()  # the unread message is in Bob's store, and `status` still tells
    offline = bob.status()
    assert offline["running"] is False and offline["unread"] == 1
    assert offline["accounts"][0]["reason"] == "Jego Desktop is not running"
