"""Quitting, or changing or removing the account, while MESSAGE transactions are still in
flight ends cleanly.

A delivery receipt goes out as soon as a message is stored, and Kamailio challenges it
(407) before relaying it: quitting right after a message arrives leaves that receipt's
transaction open. pjsua used to abort at libDestroy (an assert in
pjsua_acc_get_user_data: the transaction ended after its account was deleted), in 2 of 3
such quits. Each instance runs in a process of its own, so an abort shows as its exit
status instead of killing pytest.
"""

from __future__ import annotations

import pytest

from tests.integration import test_two_instances
from tests.integration.headless_client import HeadlessClient
from tests.integration.test_two_instances import Factory, instance
from tests.peers.kamailio import Kamailio

pytestmark = pytest.mark.peers

ROUNDS = 3
headless_factory = test_two_instances.headless_factory  # a fixture


def assert_clean_exit(client: HeadlessClient, code: int) -> None:
    log = client.stderr_path.read_text(errors="replace")
    assert code == 0, f"{client.name} exited with {code}: {log[-2000:]}"
    assert "Assertion" not in log, log[-2000:]


def test_quitting_right_after_a_message_arrives_or_leaves_exits_cleanly(
    headless_factory: Factory, kamailio: Kamailio
) -> None:
    to_alice, to_bob = kamailio.aor("alice"), kamailio.aor("bob")
    bob = instance(headless_factory, kamailio, "bob", "secret-b")
    bob.start()
    alice = instance(headless_factory, kamailio, "alice", "secret-a")
    alice.start()
    # Both have written: each now sends the other receipts (engine/contacted_peers.py).
    bob.command("send", peer=to_alice, body="hi Alice")
    alice.wait("added", lambda e: e["direction"] == "incoming")
    alice.command("send", peer=to_bob, body="hi Bob")
    bob.wait("added", lambda e: e["direction"] == "incoming")

    for round_ in range(ROUNDS):
        if round_:
            alice = instance(headless_factory, kamailio, "alice", "secret-a")
            alice.start()
        text = f"quit now {round_}"
        bob.command("send", peer=to_alice, body=text)
        alice.wait("added", lambda e: e["body"] == text)  # noqa: B023
        alice.command("send", peer=to_bob, body=f"and a last word {round_}")
        assert_clean_exit(alice, alice.quit())  # her receipt and her text still in flight


def test_an_account_set_up_again_or_removed_as_a_message_leaves_keeps_working(
    headless_factory: Factory, kamailio: Kamailio
) -> None:
    """The account goes (settings changed, or removed) while its MESSAGE waits for
    Kamailio's challenge: pjsua used to abort when the answer came."""
    to_alice, to_bob = kamailio.aor("alice"), kamailio.aor("bob")
    bob = instance(headless_factory, kamailio, "bob", "secret-b")
    bob.start()
    alice = instance(headless_factory, kamailio, "alice", "secret-a")
    alice.start()

    since = alice.mark()
    alice.command("send", peer=to_bob, body="sent as the settings change")
    alice.command("register")  # the account made anew at once
    bob.wait("added", lambda e: e["body"] == "sent as the settings change")
    alice.wait("registration", lambda e: e["state"] == "registered", since=since)
    # the old account's un-REGISTER did not take the new one's binding with it
    bob.command("send", peer=to_alice, body="still there?")
    alice.wait("added", lambda e: e["body"] == "still there?")

    alice.command("send", peer=to_bob, body="sent as the account is removed")
    alice.command("remove_account")
    bob.wait("added", lambda e: e["body"] == "sent as the account is removed")
    alice.wait("registration", lambda e: e["state"] == "unregistered", since=since)
    # each went once: the old account's answer said "sent", so nothing was sent again
    bodies = [e["body"] for e in bob.events("added") if e["direction"] == "incoming"]
    assert sorted(bodies) == ["sent as the account is removed", "sent as the settings change"]
    assert_clean_exit(alice, alice.quit())
