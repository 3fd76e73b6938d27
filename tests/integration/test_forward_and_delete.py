"""Forwarding and deleting between Jego instances (separate processes) through Kamailio:
files forwarded by their still-valid link, or uploaded again once it runs out."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from jego_desktop.domain.messages import Message, MessageDirection
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.messages import MessageStore
from tests.integration.headless_client import HeadlessClient
from tests.integration.test_replies_and_recalls import incoming, talking
from tests.peers.file_server import FileServer, file_server_fixture
from tests.peers.kamailio import Kamailio

pytestmark = pytest.mark.peers
__all__ = ["file_server_fixture"]
Event = dict[str, object]
PASSWORDS = {"alice": "secret-a", "bob": "secret-b", "carol": "secret-c"}


@pytest.fixture
def headless_factory(tmp_path: Path) -> Iterator[Callable[..., HeadlessClient]]:
    made: list[HeadlessClient] = []

    def make(name: str, number: str, password: str, server: str) -> HeadlessClient:
        client = HeadlessClient(name, tmp_path / f"{name}.sqlite3", number, password, server)
        made.append(client)
        return client

    yield make
    for client in made:
        client.stop()


def with_files(name: str, kamailio: Kamailio, tmp_path: Path, server: FileServer) -> HeadlessClient:
    return HeadlessClient(
        name, tmp_path / f"{name}.sqlite3", name, PASSWORDS[name],
        f"127.0.0.1:{kamailio.port('udp')}",
        "--files", str(tmp_path / f"{name}-files"), "--file-server", server.upload_url,
    )  # fmt: skip


def history(client: HeadlessClient, kamailio: Kamailio, peer: str) -> list[Message]:
    with Database.open(client.db) as database:
        conversation = ConversationStore(database).find(
            f"{client.name}@127.0.0.1:{kamailio.port('udp')}", f"sip:{peer}@127.0.0.1"
        )
        return [] if conversation is None else MessageStore(database).page(conversation.id)


def has_file(name: str, state: str) -> Callable[[Event], bool]:
    return lambda e: e["direction"] == "incoming" and e["attachments"] == [[state, name]]


def uploads(server: FileServer) -> int:
    return len([r for r in server.requests if r.method == "POST" and r.status == 200])


def test_forward_a_text_to_another_instance(headless_factory, kamailio: Kamailio) -> None:
    alice, bob = talking(headless_factory, kamailio)
    carol = headless_factory("carol", "carol", "secret-c", f"127.0.0.1:{kamailio.port('udp')}")
    carol.start()
    bob.command("send", peer=kamailio.aor("alice"), body="the door code is 4521")
    code = alice.wait("added", incoming("the door code is 4521"))
    alice.command(
        "forward", from_peer=kamailio.aor("bob"), message_id=code["message_id"],
        peer=kamailio.aor("carol"),
    )  # fmt: skip
    forwarded = carol.wait("added", incoming("the door code is 4521"))
    assert forwarded["message_id"] != code["message_id"]  # a message of Alice's own


def test_forward_a_picture_by_its_link_then_by_uploading_it_again(
    kamailio: Kamailio, file_server: FileServer, tmp_path: Path
) -> None:
    picture = tmp_path / "holiday photo.png"
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor(30, 120, 200))
    assert image.save(str(picture))
    clients = {name: with_files(name, kamailio, tmp_path, file_server) for name in PASSWORDS}
    try:
        for client in clients.values():
            client.start()
        alice, bob, carol = clients["alice"], clients["bob"], clients["carol"]
        for writer, reader in ((alice, "bob"), (bob, "alice"), (bob, "carol"), (carol, "bob")):
            writer.command("send", peer=kamailio.aor(reader), body=f"hello {reader}")
            clients[reader].wait("added", incoming(f"hello {reader}"))

        alice.command("send_file", peer=kamailio.aor("bob"), path=str(picture))
        got = bob.wait("changed", has_file("holiday photo.png", "available"), timeout=20)
        before = uploads(file_server)
        bob.command(
            "forward", from_peer=kamailio.aor("alice"), message_id=got["message_id"],
            peer=kamailio.aor("carol"),
        )  # fmt: skip
        assert bob.wait("forwarded")["missing"] == []
        carol.wait("changed", has_file("holiday photo.png", "available"), timeout=20)
        assert uploads(file_server) == before  # the same link: nothing uploaded

        file_server.lifetime = 300.0  # links that run out too soon to be passed on
        second = tmp_path / "second.png"
        shutil.copy(picture, second)
        alice.command("send_file", peer=kamailio.aor("bob"), path=str(second))
        got = bob.wait("changed", has_file("second.png", "available"), timeout=20)
        before = uploads(file_server)
        mark = bob.mark()
        bob.command(
            "forward", from_peer=kamailio.aor("alice"), message_id=got["message_id"],
            peer=kamailio.aor("carol"),
        )  # fmt: skip
        assert bob.wait("forwarded", since=mark)["missing"] == []
        carol.wait("changed", has_file("second.png", "available"), timeout=20)
        assert uploads(file_server) == before + 1  # uploaded again from Bob's copy
    finally:
        for client in clients.values():
            client.stop()
    carol_files = [m.attachments[0] for m in history(carol, kamailio, "bob") if m.attachments]
    bob_files = [m.attachments[0] for m in history(bob, kamailio, "alice") if m.attachments]
    assert carol_files[0].download_url == bob_files[0].download_url
    assert carol_files[1].download_url != bob_files[1].download_url


def test_delete_a_message_and_a_conversation_for_me_only(
    headless_factory, kamailio: Kamailio
) -> None:
    alice, bob = talking(headless_factory, kamailio)
    bob.command("send", peer=kamailio.aor("alice"), body="a secret plan")
    plan = alice.wait("added", incoming("a secret plan"))
    alice.command("delete", peer=kamailio.aor("bob"), message_id=plan["message_id"])
    alice.wait("deleted")
    alice.command("delete_conversation", peer=kamailio.aor("bob"))
    alice.wait("deleted", lambda e: "peer" in e)
    bob.command("send", peer=kamailio.aor("alice"), body="are you there?")
    alice.wait("added", incoming("are you there?"))
    alice.stop()
    bob.stop()
    assert [m.body for m in history(alice, kamailio, "bob")] == ["are you there?"]
    kept = [m.body for m in history(bob, kamailio, "alice")]
    assert "a secret plan" in kept and "hello alice" in kept  # Bob keeps his copy
    assert all(m.direction is MessageDirection.OUTGOING for m in history(bob, kamailio, "alice")
               if m.body == "a secret plan")  # fmt: skip
