"""Writing to someone who is offline: the reference Kamailio keeps the messages (msilo)
and hands them over when the recipient's app starts; the sender sees one tick until the
recipient's own receipts come back.

Alice and Bob are two app profiles, each a whole messaging stack (engine, store,
MessagingService, AttachmentService) in a process of its own (`headless_peer`: pjsua2
is one library per process). Bob quits and starts again on the same profile.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from jego_desktop.domain.messages import MessageDirection
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.file_store import RECEIVED, FileStore
from jego_desktop.store.messages import MessageStore
from tests.integration.headless_client import HeadlessClient
from tests.peers.file_server import FileServer, file_server_fixture
from tests.peers.kamailio import Kamailio

__all__ = ["file_server_fixture"]

pytestmark = pytest.mark.peers

TEXTS = ["one: are you there?", "two: 你好", "three: call me 👋"]
PICTURE = "offline photo.png"


@pytest.fixture
def picture(tmp_path: Path) -> Path:
    image = QImage(320, 240, QImage.Format.Format_RGB32)
    image.fill(QColor(200, 60, 30))
    path = tmp_path / PICTURE
    assert image.save(str(path))
    return path


class Profiles:
    """Starts Alice and Bob as headless apps on their own profiles; stops them at the end."""

    def __init__(self, tmp_path: Path, kamailio: Kamailio, file_server: FileServer) -> None:
        self.tmp_path = tmp_path
        self.server = f"127.0.0.1:{kamailio.port('udp')}"
        self.file_server = file_server
        self.running: list[HeadlessClient] = []

    def start(self, name: str, password: str) -> HeadlessClient:
        client = HeadlessClient(
            name, self.tmp_path / f"{name}.sqlite3", name, password, self.server,
            "--files", str(self.tmp_path / f"{name}-files"),
            "--file-server", self.file_server.upload_url,
        )  # fmt: skip
        self.running.append(client)
        client.start()
        return client

    def stop(self, client: HeadlessClient) -> None:
        client.stop()
        self.running.remove(client)

    def stop_all(self) -> None:
        for client in list(self.running):
            self.stop(client)


@pytest.fixture
def profiles(tmp_path: Path, kamailio: Kamailio, file_server: FileServer) -> Iterator[Profiles]:
    file_server.users.update({"alice": "secret-a", "bob": "secret-b"})
    made = Profiles(tmp_path, kamailio, file_server)
    yield made
    made.stop_all()


def states(client: HeadlessClient, message_id: str) -> list[str]:
    return [e["state"] for e in client.events("changed") if e["message_id"] == message_id]


def wait_state(client: HeadlessClient, message_ids: list[str], state: str) -> None:
    for message_id in message_ids:
        client.wait(
            "changed",
            lambda e: e["message_id"] == message_id and e["state"] == state,  # noqa: B023
            timeout=30,
        )


def wait_until(predicate: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, f"no {what} within {timeout} s"
        time.sleep(0.1)


def bob_received(bob_db: Path, kamailio: Kamailio) -> list[tuple[str, str, str]]:
    """(message id, body, content type) of Bob's incoming messages from Alice, in the
    order his chat shows them."""
    database = Database.open(bob_db)
    try:
        [conversation] = [
            summary.conversation
            for summary in ConversationStore(database).summaries()
            if summary.conversation.peer_uri == kamailio.aor("alice")
        ]
        return [
            (m.message_id, m.body, m.content_type)
            for m in MessageStore(database).page(conversation.id, limit=100)
            if m.direction is MessageDirection.INCOMING
        ]
    finally:
        database.close()


def test_messages_to_an_offline_profile_arrive_once_in_order_and_report_back(
    profiles: Profiles, kamailio: Kamailio, picture: Path, tmp_path: Path
) -> None:
    to_bob, to_alice = kamailio.aor("bob"), kamailio.aor("alice")
    alice = profiles.start("alice", "secret-a")
    bob = profiles.start("bob", "secret-b")
    # They have written to each other before: receipts go only to such peers.
    bob.command("send", peer=to_alice, body="hi Alice")
    alice.wait("added", lambda e: e["direction"] == "incoming")
    since = alice.mark()
    alice.command("send", peer=to_bob, body="hi Bob")
    hello = alice.wait("written", since=since)["message_id"]
    bob.wait("added", lambda e: e["direction"] == "incoming")
    # Bob quits once his receipt is through: quitting with a MESSAGE in flight aborts
    # pjsua (pjsua_acc_get_user_data on a removed account), a bug of its own
    wait_state(alice, [hello], "delivered")
    profiles.stop(bob)
    wait_until(lambda: kamailio.registered_contacts("bob") == [], 10, "un-REGISTER of Bob")

    # Bob is offline: Kamailio keeps each message and answers 202, one tick.
    written = []
    for text in TEXTS:
        since = alice.mark()
        alice.command("send", peer=to_bob, body=text)
        written.append(alice.wait("written", since=since)["message_id"])
    since = alice.mark()
    alice.command("send_file", peer=to_bob, path=str(picture))
    file_id = alice.wait(
        "added", lambda e: e["direction"] == "outgoing" and e["attachments"], since=since
    )["message_id"]
    ids = [*written, file_id]
    wait_state(alice, ids, "sent")
    time.sleep(1.0)  # a receipt, were one coming, would come now
    assert all(states(alice, i) == ["sent"] for i in written), alice.events("changed")
    assert "delivered" not in states(alice, file_id)
    kept = kamailio.stored_messages("bob")
    assert len(kept) == 4 and all("imdn.Message-ID: " in body for _, body in kept)
    kept_rows = silo_rows(kamailio)

    # Bob's app starts: all four arrive, then Alice sees them delivered.
    started = time.monotonic()
    bob = profiles.start("bob", "secret-b")
    registered = time.monotonic()
    for message_id in ids:
        bob.wait("added", lambda e: e["message_id"] == message_id, timeout=20)  # noqa: B023
    arrived = time.monotonic()
    bob.wait(
        "changed",
        lambda e: e["message_id"] == file_id and e["attachments"] == [["available", PICTURE]],
        timeout=30,
    )
    wait_state(alice, ids, "delivered")
    delivered = time.monotonic()
    print(
        f"\nBob's app start to registered {registered - started:.2f} s; registered to four"
        f" stored messages in his store {arrived - registered:.2f} s; to all four delivered"
        f" at Alice {delivered - registered:.2f} s"
    )
    bob.command("mark_read", peer=to_alice)
    wait_state(alice, ids, "displayed")
    profiles.stop(bob)

    # The server sends them all again (its 200s lost, say): they are not stored twice.
    wait_until(lambda: kamailio.stored_messages("bob") == [], 30, "silo emptied")
    put_back(kamailio, kept_rows)
    bob = profiles.start("bob", "secret-b")
    wait_until(lambda: kamailio.stored_messages("bob") == [], 30, "second delivery")
    profiles.stop(bob)

    received = bob_received(tmp_path / "bob.sqlite3", kamailio)
    assert [body for _, body, _ in received[:1]] == ["hi Bob"]
    assert [message_id for message_id, _, _ in received[1:]] == ids
    assert [body for _, body, _ in received[1:4]] == TEXTS
    assert PICTURE in received[4][1]
    assert [e["message_id"] for e in bob.events("added")] == []  # nothing new the 2nd time
    file = FileStore(tmp_path / "bob-files").folder(RECEIVED) / PICTURE
    assert file.read_bytes() == picture.read_bytes()
    profiles.stop(alice)
    for peer in (alice, bob):
        assert peer.python_errors() == [], peer.stderr_path.read_text(errors="replace")[-3000:]


def silo_rows(kamailio: Kamailio) -> list[tuple[object, ...]]:
    with sqlite3.connect(kamailio.workdir / "store.sqlite") as connection:
        return connection.execute(
            "SELECT src_addr, dst_addr, username, domain, inc_time, exp_time, snd_time, ctype,"
            " body, extra_hdrs, callid, status FROM silo ORDER BY id"
        ).fetchall()


def put_back(kamailio: Kamailio, rows: list[tuple[object, ...]]) -> None:
    with sqlite3.connect(kamailio.workdir / "store.sqlite") as connection:
        connection.executemany(
            "INSERT INTO silo (src_addr, dst_addr, username, domain, inc_time, exp_time,"
            " snd_time, ctype, body, extra_hdrs, callid, status)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
