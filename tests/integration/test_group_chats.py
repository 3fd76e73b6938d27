"""Group chats between three Jego apps (separate processes) and a baresip phone, through
Kamailio: no conference server, each app keeps the group and sends to every member.

One Kamailio and one set of members serve the whole module; the tests run in order and
each carries the group a step further (create, talk, a member offline, rename, remove,
leave), then every history is compared. Alice, Bob and Carol are Jego apps, Dave is
baresip (plain text only), Eve is a stranger with a Jego app of her own.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.integration.headless_client import HeadlessClient
from tests.peers.baresip import BARESIP, Baresip
from tests.peers.kamailio import Kamailio

pytestmark = pytest.mark.peers
Event = dict[str, Any]
USERS = {
    "alice": "secret-a",
    "bob": "secret-b",
    "carol": "secret-c",
    "dave": "secret-d",
    "eve": "secret-e",
}


@dataclass
class Party:
    kamailio: Kamailio
    workdir: Path
    apps: dict[str, HeadlessClient] = field(default_factory=dict)
    dave: Baresip | None = None
    group: Event = field(default_factory=dict)  # the group as Alice created it
    sent: dict[str, str] = field(default_factory=dict)  # text -> message id

    def start(self, name: str) -> HeadlessClient:
        client = self.apps.get(name) or HeadlessClient(
            name,
            self.workdir / f"{name}.sqlite3",
            name,
            USERS[name],
            f"127.0.0.1:{self.kamailio.port('udp')}",
        )
        self.apps[name] = client
        client.start()
        return client

    def aor(self, name: str) -> str:
        return self.kamailio.aor(name)

    @property
    def peer(self) -> str:
        return str(self.group["peer"])


@pytest.fixture(scope="module")
def party(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Party]:
    if shutil.which(BARESIP) is None:
        pytest.skip("baresip is not installed (Debian package baresip)")
    workdir = tmp_path_factory.mktemp("groups")
    certificates = tmp_path_factory.getbasetemp() / "kamailio-tls"
    kamailio = Kamailio(workdir / "kamailio", USERS, certificates=certificates)
    kamailio.start()
    made = Party(kamailio, workdir)
    try:
        for name in ("alice", "bob", "carol", "eve"):
            made.start(name)
        dave = Baresip(workdir / "baresip", "dave", tone_hz=700.0)
        dave.add_account(
            kamailio.aor("dave"), password=USERS["dave"], registrar=kamailio.uri("udp")
        )
        dave.start()
        made.dave = dave
        yield made
    finally:
        for client in made.apps.values():
            client.stop()
        if made.dave is not None:
            made.dave.stop()
        kamailio.stop()


def in_group(party: Party, text: str, author: str) -> Callable[[Event], bool]:
    return lambda e: (
        e["direction"] == "incoming" and e["body"] == text and e["author"] == party.aor(author)
    )


def event_line(kind: str) -> Callable[[Event], bool]:
    return lambda e: (
        e["content_type"] == "application/vnd.jego.group-event"
        and (f'"event": "{kind}"' in e["body"])
    )


def send(party: Party, name: str, text: str) -> str:
    app = party.apps[name]
    app.command("send", peer=party.peer, body=text)
    written = app.wait("written", lambda e: e["body"] == text)
    party.sent[text] = written["message_id"]
    return str(written["message_id"])


def history(app: HeadlessClient, peer: str) -> list[Event]:
    mark = app.mark()
    app.command("history", peer=peer)
    return list(app.wait("history", since=mark)["messages"])


def wait_until(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, f"no {what} within {timeout} s"
        time.sleep(0.1)


def test_group_created_joins_a_contact_and_invites_a_stranger(party: Party) -> None:
    alice, bob, carol = party.apps["alice"], party.apps["bob"], party.apps["carol"]
    bob.command("send", peer=party.aor("alice"), body="hi Alice")  # Alice is Bob's contact
    alice.wait("added", lambda e: e["body"] == "hi Alice")

    alice.command(
        "create_group", name="Family", members=["bob", party.aor("carol"), party.aor("dave")]
    )
    party.group = alice.wait("created")
    assert party.group["members"] == [party.aor(n) for n in ("bob", "carol", "dave")]
    bob_group = bob.wait("group", lambda e: e["id"] == party.group["id"])
    assert (bob_group["name"], bob_group["status"]) == ("Family", "member")
    bob.wait("added", event_line("created"))

    invitation = carol.wait("invited", lambda e: e["id"] == party.group["id"])
    assert invitation["status"] == "invited" and invitation["conversation"] == 0
    assert not [e for e in carol.events("added") if e["author"]]  # nothing shown yet
    carol.command("accept_invitation", group=party.group["id"])
    joined = carol.wait("group", lambda e: e["status"] == "member")
    assert sorted(joined["members"]) == sorted(party.aor(n) for n in ("alice", "bob", "dave"))

    assert party.dave is not None  # plain text, the group's name and the author in front
    party.dave.wait_message("[Family] alice created the group with bob, carol, dave", 15)


def test_messages_go_both_ways_with_receipts_per_member(party: Party) -> None:
    alice, bob, carol = party.apps["alice"], party.apps["bob"], party.apps["carol"]
    hello = send(party, "alice", "hello family 你好")
    for member in (bob, carol):
        got = member.wait("added", in_group(party, "hello family 你好", "alice"))
        assert got["message_id"] == hello
    send(party, "bob", "hi all")
    for member in (alice, carol):
        member.wait("added", in_group(party, "hi all", "bob"))
    assert party.dave is not None
    party.dave.wait_message("[Family] alice: hello family 你好", 15)
    party.dave.wait_message("[Family] bob: hi all", 15)

    alice.wait("changed", lambda e: e["message_id"] == hello and e["state"] == "sent", 15)
    bob.command("mark_read", peer=party.peer)

    def receipts() -> Event:
        mark = alice.mark()
        alice.command("receipts", message_id=hello)
        return alice.wait("receipts", since=mark)

    wait_until(lambda: receipts().get("read") == 1, 10, "Bob's display receipt")
    found = receipts()  # Dave's phone sends no receipts: delivered to 2 of 3
    assert (found["members"], found["delivered"], found["read"]) == (3, 2, 1)


def test_an_offline_member_gets_the_messages_when_back(party: Party) -> None:
    alice, carol = party.apps["alice"], party.apps["carol"]
    carol.stop()
    away = send(party, "alice", "while Carol is away")
    alice.wait("changed", lambda e: e["message_id"] == away and e["state"] == "sent", 15)
    mark = carol.mark()
    party.start("carol")  # the server kept Alice's copy for her (msilo)
    got = carol.wait("added", in_group(party, "while Carol is away", "alice"), 30, since=mark)
    assert got["message_id"] == away


def test_rename_and_remove_reach_every_member(party: Party) -> None:
    alice, bob, carol = party.apps["alice"], party.apps["bob"], party.apps["carol"]
    group_id = party.group["id"]
    bob.command("rename_group", group=group_id, name="Family 2026")
    for member in (alice, carol):
        member.wait("group", lambda e: e["name"] == "Family 2026", 15)
        member.wait("added", event_line("renamed"))
    alice.command("remove_member", group=group_id, member=party.aor("dave"))
    for member in (bob, carol):
        removed = member.wait("group", lambda e: party.aor("dave") not in e["members"], 15)
        assert removed["name"] == "Family 2026" and removed["version"] == 3
    assert party.dave is not None
    party.dave.wait_message("[Family 2026] alice removed dave", 15)


def test_a_member_who_left_gets_and_sends_nothing(party: Party) -> None:
    alice, bob, carol = party.apps["alice"], party.apps["bob"], party.apps["carol"]
    carol.command("leave_group", group=party.group["id"])
    carol.wait("group", lambda e: e["status"] == "left")
    for member in (alice, bob):
        member.wait("group", lambda e: party.aor("carol") not in e["members"], 15)
    send(party, "alice", "just the two of us")
    bob.wait("added", in_group(party, "just the two of us", "alice"))
    mark = carol.mark()
    carol.command("send", peer=party.peer, body="may I come back?")
    assert "not_a_member" in carol.wait("error", since=mark)["message"]
    # Alice is still a member in Carol's store, but Carol left: Carol's app refuses it
    everyone = [party.aor(n) for n in ("alice", "bob", "carol")]
    alice.command("forged_group", peer=party.aor("carol"), group=party.group["id"],
                  members=everyone, body="come back")  # fmt: skip
    alice.command("send", peer=party.aor("carol"), body="one to one")
    carol.wait("added", lambda e: e["body"] == "one to one", since=mark)
    assert not [e for e in carol.events("added")[mark:] if e["body"] == "come back"]


def test_a_strangers_forged_group_message_is_refused(party: Party) -> None:
    bob, eve = party.apps["bob"], party.apps["eve"]
    everyone = [party.aor(n) for n in ("eve", "alice", "bob")]
    eve.command("forged_group", peer=party.aor("bob"), group=party.group["id"],
                members=everyone, body="send money to Eve")  # fmt: skip
    eve.command("send", peer=party.aor("bob"), body="hello Bob")
    bob.wait("added", lambda e: e["body"] == "hello Bob")  # sent after the forgery
    assert not [e for e in bob.events("added") if e["body"] == "send money to Eve"]
    group = [e for e in bob.events("group") if e["id"] == party.group["id"]][-1]
    assert party.aor("eve") not in group["members"]
    # A group Bob does not know, from a stranger: an invitation, and nothing shown
    unknown = "e" * 32
    eve.command("forged_group", peer=party.aor("bob"), group=unknown,
                members=[party.aor("eve"), party.aor("bob")], body="join my group")  # fmt: skip
    invited = bob.wait("invited", lambda e: e["id"] == unknown)
    assert invited["status"] == "invited" and invited["conversation"] == 0
    assert not [e for e in bob.events("added") if e["body"] == "join my group"]


def test_every_history_is_the_same_and_nothing_is_doubled(party: Party) -> None:
    alice, bob, carol = party.apps["alice"], party.apps["bob"], party.apps["carol"]
    histories = {
        name: history(app, party.peer) for name, app in party.apps.items() if name != "eve"
    }
    for name, messages in histories.items():
        ids = [m["message_id"] for m in messages]
        assert len(ids) == len(set(ids)), f"{name} has a message twice"
    alice_ids = [m["message_id"] for m in histories["alice"]]
    assert sorted(alice_ids) == sorted(m["message_id"] for m in histories["bob"])
    carol_ids = {m["message_id"] for m in histories["carol"]}
    left = next(i for i, m in enumerate(histories["alice"]) if event_line("left")(m))
    # Carol joined at Alice's invitation (her own "added" line) and saw all until she left
    assert set(alice_ids[1 : left + 1]) <= carol_ids
    assert carol_ids - set(alice_ids) == {f"invitation-{party.group['id']}-1"}
    assert party.sent["just the two of us"] not in carol_ids
    del alice, bob, carol


def test_a_member_who_left_is_invited_back_and_then_sees_what_was_said_meanwhile(
    party: Party,
) -> None:
    alice, bob, carol = party.apps["alice"], party.apps["bob"], party.apps["carol"]
    group_id = party.group["id"]
    marks = {name: app.mark() for name, app in party.apps.items()}
    bob.command("add_members", group=group_id, members=[party.aor("carol")])
    invited = carol.wait("invited", lambda e: e["id"] == group_id, 15, since=marks["carol"])
    assert invited["status"] == "invited" and party.aor("bob") in invited["members"]
    alice.wait("group", lambda e: party.aor("carol") in e["members"], 15, since=marks["alice"])
    meanwhile = send(party, "alice", "while Carol decides")
    alice.wait("changed", lambda e: e["message_id"] == meanwhile and e["state"] == "sent", 15)
    # Carol's app has it (her server said 200) but holds it, unseen, until her yes
    assert not [e for e in carol.events("added") if e["body"] == "while Carol decides"]
    carol.command("accept_invitation", group=group_id)
    got = carol.wait("added", in_group(party, "while Carol decides", "alice"), 15)
    assert got["message_id"] == meanwhile
    carol.wait("group", lambda e: e["status"] == "member", since=marks["carol"])
    send(party, "carol", "I am back")
    for member in (alice, bob):
        member.wait("added", in_group(party, "I am back", "carol"), 15)


def test_only_the_author_takes_a_group_message_back_from_every_member(party: Party) -> None:
    alice, bob, carol = party.apps["alice"], party.apps["bob"], party.apps["carol"]
    oops = send(party, "alice", "oops, wrong group")
    for member in (bob, carol):
        member.wait("added", in_group(party, "oops, wrong group", "alice"), 15)
    alice.wait("changed", lambda e: e["message_id"] == oops and e["state"] == "sent", 15)
    # Bob, a member, forges a recall of Alice's message: Carol keeps it
    bob.command("forged_recall", peer=party.aor("carol"), message_id=oops, group=party.group["id"])
    bob.command("send", peer=party.aor("carol"), body="after the forged recall")
    carol.wait("added", lambda e: e["body"] == "after the forged recall", 15)
    kept = [m for m in history(carol, party.peer) if m["message_id"] == oops]
    assert kept and not kept[0]["recalled"]
    alice.command("recall", peer=party.peer, message_id=oops)
    assert alice.wait("recall")["refused"] is None
    for app in (alice, bob, carol):
        app.wait("changed", lambda e: e["message_id"] == oops and e["recalled"], 15)
