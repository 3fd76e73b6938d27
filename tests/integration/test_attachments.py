"""Pictures and voice messages between two app profiles, through Kamailio and the file server.

Alice runs in a process of her own (`headless_peer` with an AttachmentService: pjsua2
is one library per process); Bob's whole stack runs here. Bad descriptions are sent by
Bob to his own address, so they travel through Kamailio and arrive like any other.
"""

from __future__ import annotations

import os
import socket
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
import pytest
import soundfile
from PySide6.QtGui import QColor, QImage

from jego_desktop.domain.accounts import AccountConfig
from jego_desktop.domain.contacts import Contact
from jego_desktop.domain.download_limits import DownloadLimits
from jego_desktop.domain.file_transfer import FT_HTTP_CONTENT_TYPE, FileInfo, build_ft_http
from jego_desktop.domain.messages import (
    Attachment,
    AttachmentState,
    Message,
    MessageDirection,
    MessageState,
)
from jego_desktop.media.matroska_opus import read_matroska_opus
from jego_desktop.models.chats.attachments import AttachmentService
from jego_desktop.models.chats.file_transfers import FileTransfers
from jego_desktop.models.chats.messaging import MessagingService
from jego_desktop.store.auto_downloads import AutoDownloads
from jego_desktop.store.contacts import ContactStore
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.file_store import RECEIVED, SENT, FileStore
from jego_desktop.store.http_auth import Credentials
from jego_desktop.store.http_transfer import upload
from jego_desktop.store.known_senders import KnownSenders
from jego_desktop.store.messages import MessageStore
from tests.integration.engine_probe import EngineProbe, pump
from tests.integration.headless_client import HeadlessClient
from tests.peers.file_server import FileServer, file_server_fixture
from tests.peers.kamailio import Kamailio
from tests.peers.tones import assert_tone

__all__ = ["file_server_fixture"]

pytestmark = pytest.mark.peers

AUTO_DOWNLOAD_BYTES = 20_000
MAX_DOWNLOAD_BYTES = 50_000


@dataclass
class Stack:
    """One profile's messaging and attachment services on a real engine."""

    probe: EngineProbe
    account: AccountConfig
    database: Database
    messages: MessageStore
    messaging: MessagingService
    attachments: AttachmentService
    files: FileStore
    profile: Path
    problems: list[str]

    def incoming(self) -> list[Message]:
        conversations = ConversationStore(self.database)
        found: list[Message] = []
        for summary in conversations.summaries():
            conversation = summary.conversation
            found += [
                m
                for m in self.messages.page(conversation.id, limit=500)
                if m.direction is MessageDirection.INCOMING
            ]
        return found

    def wait_attachment(
        self, predicate: Callable[[Message], bool], timeout: float = 20.0
    ) -> tuple[Message, Attachment]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for message in self.incoming():
                if message.attachments and predicate(message):
                    return message, message.attachments[0]
            pump(0.05)
        raise AssertionError(f"no such message; have {self.incoming()}")


@pytest.fixture
def bob(
    engine_factory: Callable[..., EngineProbe],
    kamailio: Kamailio,
    file_server: FileServer,
    tmp_path: Path,
) -> Iterator[Stack]:
    profile = tmp_path / "bob-profile"
    profile.mkdir()
    database = Database.open(profile / "jego.sqlite3")
    probe = engine_factory(tone_hz=None)
    messages = MessageStore(database)
    conversations = ConversationStore(database)
    messaging = MessagingService(probe.engine, conversations, messages)
    messaging.connect_engine(probe.engine)
    probe.engine.set_message_sink(messaging.sink)
    files = FileStore(profile / "files")
    credentials = Credentials("bob", "secret-b")
    limits = DownloadLimits(AUTO_DOWNLOAD_BYTES, 100, 100 * MAX_DOWNLOAD_BYTES, 10**9)
    attachments = AttachmentService(
        messaging,
        messages,
        conversations,
        files,
        server_url=lambda _key: file_server.upload_url,
        credentials=lambda _key: credentials,
        limits=lambda: limits,
        known_sender=KnownSenders(database).is_known,
        auto_downloads=AutoDownloads(database),
        plain_http_loopback=lambda: True,  # the test file server is http on 127.0.0.1
        transfers=FileTransfers(files, max_download_bytes=MAX_DOWNLOAD_BYTES),
    )
    problems: list[str] = []
    attachments.problem.connect(problems.append)
    account = AccountConfig(number="bob", server=f"127.0.0.1:{kamailio.port('udp')}")
    assert probe.register(account, "secret-b").code == 200
    pump(0.2)
    stack = Stack(
        probe, account, database, messages, messaging, attachments, files, profile, problems
    )
    yield stack
    attachments.shutdown()
    # A download that ended just now queued its completion to this thread: it must land
    # while the database is open (it failed teardown under load, DatabaseClosedError).
    pump(0.2)
    attachments.shutdown()
    database.close()


@pytest.fixture
def picture(tmp_path: Path) -> Path:
    image = QImage(640, 480, QImage.Format.Format_RGB32)
    image.fill(QColor(30, 120, 200))
    for x in range(0, 640, 5):
        image.setPixelColor(x, (x * 7) % 480, QColor(250, 200, 0))
    path = tmp_path / "holiday photo.png"
    assert image.save(str(path))
    return path


@pytest.fixture
def voice(tmp_path: Path) -> Path:
    """1.5 s of a 1 kHz tone as Ogg Opus, the format the voice recorder writes."""
    rate = 48000
    t = np.arange(int(1.5 * rate)) / rate
    path = tmp_path / "voice.ogg"
    soundfile.write(path, 0.5 * np.sin(2 * np.pi * 1000 * t), rate, format="OGG", subtype="OPUS")
    return path


def test_picture_and_voice_message_arrive_byte_identical(
    bob: Stack, kamailio: Kamailio, file_server: FileServer, picture: Path, voice: Path,
    tmp_path: Path,
) -> None:  # fmt: skip
    file_server.users.update({"alice": "secret-a", "bob": "secret-b"})
    file_server.download_needs_auth = True
    # Files are fetched on arrival from contacts (a stranger's wait for a click).
    ContactStore(bob.database).add(Contact("Alice", sip_uri=kamailio.aor("alice")))
    alice = HeadlessClient(
        "alice", tmp_path / "alice.sqlite3", "alice", "secret-a",
        f"127.0.0.1:{kamailio.port('udp')}",
        "--files", str(tmp_path / "alice-files"), "--file-server", file_server.upload_url,
    )  # fmt: skip
    alice.start()
    try:
        to_bob = kamailio.aor("bob")
        # Bob wrote first: Alice knows he reads CPIM, so she may take a file back later.
        bob.messaging.send(bob.account.key, kamailio.aor("alice"), "send me the photos")
        alice.wait("added", lambda e: e["direction"] == "incoming")
        alice.command("send_file", peer=to_bob, path=str(picture))
        alice.command("send_voice", peer=to_bob, path=str(voice), duration=1.5)
        # Alice sees each message at once, uploading, before anything leaves.
        first = alice.wait("added", lambda e: e["direction"] == "outgoing")
        assert first["attachments"] == [["uploading", "holiday photo.png"]]
        assert first["state"] == "pending"
        for name in ("holiday photo.png", "voice.ogg"):
            alice.wait(
                "changed",
                lambda e: e["state"] == "sent" and e["attachments"] == [["available", name]],  # noqa: B023
                timeout=20,
            )

        _, got_picture = bob.wait_attachment(
            lambda m: (
                m.attachments[0].file_name == "holiday photo.png"
                and m.attachments[0].state is AttachmentState.AVAILABLE
            )
        )
        voice_message, got_voice = bob.wait_attachment(
            lambda m: (
                m.attachments[0].file_name == "voice.ogg"
                and m.attachments[0].state is AttachmentState.AVAILABLE
            )
        )
        picture_path = bob.attachments.local_file(got_picture)
        voice_path = bob.attachments.local_file(got_voice)
        assert picture_path is not None and voice_path is not None
        assert picture_path.read_bytes() == picture.read_bytes()
        assert voice_path.read_bytes() == voice.read_bytes()
        assert picture_path.parent == bob.files.folder(RECEIVED)
        assert got_picture.content_type == "image/png"

        thumbnail = bob.attachments.thumbnail_file(got_picture)
        assert thumbnail is not None
        preview = QImage(str(thumbnail))
        assert (preview.width(), preview.height()) == (320, 240)

        assert got_voice.content_type == "audio/ogg;voice-recording=yes"
        assert 'xmlns:am="urn:gsma:params:xml:ns:rcs:rcs:rram"' in voice_message.body
        assert "<am:playing-length>1500</am:playing-length>" in voice_message.body
        assert got_voice.duration == pytest.approx(1.5, abs=0.05)
        assert bob.attachments.voice_problem(got_voice) == ""
        samples, rate = soundfile.read(voice_path)
        assert_tone(samples, 1000, rate=rate, start_s=0.1, end_s=1.4, tolerance_hz=5)

        # Linphone's upload, for each file: an empty POST first (401, digest), then the
        # authorised multipart POST (the two uploads run side by side).
        posts = sorted((r.status, r.authorised) for r in file_server.requests if r.method == "POST")
        assert posts == [(200, True), (200, True), (401, False), (401, False)]
        gets = [r for r in file_server.requests if r.method == "GET" and r.status == 200]
        assert len(gets) == 2 and all(r.authorised for r in gets)
        assert bob.problems == []

        # Alice takes the picture back: Bob's copy and its thumbnail leave his disk.
        alice.command("recall", peer=to_bob, message_id=first["message_id"])
        assert alice.wait("recall")["refused"] is None
        deadline = time.monotonic() + 10
        while picture_path.exists() and time.monotonic() < deadline:
            pump(0.05)
        assert not picture_path.exists() and not thumbnail.exists()
        assert voice_path.exists()  # the other message keeps its file
    finally:
        alice.stop()


def send_description(bob: Stack, kamailio: Kamailio, info: FileInfo) -> None:
    """Bob writes a file description to his own address: it comes back through Kamailio."""
    bob.messaging.send(
        bob.account.key, kamailio.aor("bob"), build_ft_http(info), FT_HTTP_CONTENT_TYPE
    )


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_each_bad_file_description_gets_its_clear_error(
    bob: Stack, file_server: FileServer, picture: Path, tmp_path: Path, kamailio: Kamailio
) -> None:
    small = upload(file_server.upload_url, picture, "image/png")
    assert small.size < AUTO_DOWNLOAD_BYTES
    noise_file = tmp_path / "noise.bin"
    noise_file.write_bytes(os.urandom(5_000))
    noise = upload(file_server.upload_url, noise_file, "application/octet-stream")
    medium_file = tmp_path / "report.bin"
    medium_file.write_bytes(os.urandom(30_000))
    medium = upload(file_server.upload_url, medium_file, "application/octet-stream")
    broken_wav = tmp_path / "broken.wav"
    broken_wav.write_bytes(b"RIFF\x10\x00\x00\x00WAVEjunk" + os.urandom(2000))
    broken = upload(file_server.upload_url, broken_wav, "audio/wav;voice-recording=yes")
    big_file = tmp_path / "archive.bin"
    big_file.write_bytes(os.urandom(80_000))
    big = upload(file_server.upload_url, big_file, "application/octet-stream")

    cases = {
        "climb": replace(small, name="../../../escape.png"),
        "separators": replace(small, name="a/b\\c.png"),
        "size": replace(small, name="size.png", size=small.size + 10),
        "lying": replace(noise, name="lying.png", content_type="image/png"),
        "unreachable": replace(small, name="gone.png", url=f"http://127.0.0.1:{closed_port()}/x"),
        "expired": replace(small, name="old.png", until=time.time() - 60),
        "waiting": replace(medium, name="waiting.bin"),
        "broken voice": replace(broken, playing_length_ms=3000),
        "oversized": replace(big, name="oversized.bin"),
    }
    for info in cases.values():
        send_description(bob, kamailio, info)

    def settled(name: str) -> Attachment:
        _, attachment = bob.wait_attachment(
            lambda m: (
                m.attachments[0].file_name == name
                and m.attachments[0].state
                not in (AttachmentState.DOWNLOADING, AttachmentState.REMOTE)
            ),
            timeout=30,
        )
        return attachment

    # Path parts never leave the received folder: only the last component is kept.
    escaped = settled("escape.png")
    path = bob.attachments.local_file(escaped)
    assert path is not None and path.parent == bob.files.folder(RECEIVED)
    assert path.read_bytes() == picture.read_bytes()
    assert bob.attachments.local_file(settled("c.png")) is not None
    assert not (tmp_path / "escape.png").exists() and not (bob.profile / "escape.png").exists()

    expected = {
        "size.png": (AttachmentState.FAILED, "not have the size it was announced with"),
        "lying.png": (AttachmentState.FAILED, "content is not what it was announced as"),
        # not the configured server's origin, and on loopback: refused before connecting
        "gone.png": (AttachmentState.FAILED, "local or private address"),
        "old.png": (AttachmentState.EXPIRED, "no longer available on the server"),
    }
    for name, (state, words) in expected.items():
        attachment = settled(name)
        assert attachment.state is state, name
        assert words in bob.attachments.failure_reason(attachment), name
        assert bob.attachments.local_file(attachment) is None
        assert attachment.local_path is None
        assert any(name in problem and words in problem for problem in bob.problems), name

    # A voice message that arrives whole but cannot be decoded says so.
    unplayable = settled("broken.wav")
    assert unplayable.state is AttachmentState.AVAILABLE and unplayable.duration == 3.0
    problem = bob.attachments.voice_problem(unplayable)
    assert problem.startswith("This voice message cannot be played here: this WAV file")

    # Above the automatic size: it waits for a click, then downloads.
    message, waiting = bob.wait_attachment(lambda m: m.attachments[0].file_name == "waiting.bin")
    pump(0.5)
    assert bob.messages.get(message.id).attachments[0].state is AttachmentState.REMOTE  # type: ignore[union-attr]
    bob.attachments.download(message, waiting)
    done = settled("waiting.bin")
    assert done.state is AttachmentState.AVAILABLE
    got = bob.attachments.local_file(done)
    assert got is not None and got.read_bytes() == medium_file.read_bytes()

    # Above the hard limit: refused before a byte is fetched.
    message, oversized = bob.wait_attachment(
        lambda m: m.attachments[0].file_name == "oversized.bin"
    )
    gets_before = len([r for r in file_server.requests if r.method == "GET"])
    bob.attachments.download(message, oversized)
    refused = settled("oversized.bin")
    assert refused.state is AttachmentState.FAILED
    assert "larger than this app downloads" in bob.attachments.failure_reason(refused)
    assert len([r for r in file_server.requests if r.method == "GET"]) == gets_before

    # Truncated every time: retried, then failed, and nothing left behind.
    file_server.misbehave.truncate_after = 500
    file_server.misbehave.truncate_count = 100
    send_description(bob, kamailio, replace(small, name="cut.png"))
    cut = settled("cut.png")
    assert cut.state is AttachmentState.FAILED
    assert "cut off before the end" in bob.attachments.failure_reason(cut)

    received = sorted(p.name for p in bob.files.folder(RECEIVED).iterdir())
    assert received == ["broken.wav", "c.png", "escape.png", "waiting.bin"], received
    for other in bob.profile.rglob("*"):
        assert not other.name.startswith(".partial"), other


def test_sending_needs_a_server_and_a_failed_upload_is_retried(
    bob: Stack, file_server: FileServer, picture: Path, kamailio: Kamailio
) -> None:
    to_self = kamailio.aor("bob")
    url = {"value": ""}
    bob.attachments._server_url = lambda _key: url["value"]  # the setting, emptied
    bob.attachments.send_file(bob.account.key, to_self, picture)
    assert bob.problems and "no file-transfer server is set" in bob.problems[-1]
    assert bob.incoming() == []

    url["value"] = file_server.upload_url
    bob.attachments.send_file(bob.account.key, to_self, picture.parent / "no such file.png")
    assert bob.problems[-1] == "“no such file.png” is not a file that can be sent."
    assert list(bob.files.folder(SENT).iterdir()) == []

    url["value"] = file_server.upload_url
    file_server.users["bob"] = "another password"
    bob.attachments.send_file(bob.account.key, to_self, picture)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not any("was not sent" in p for p in bob.problems):
        pump(0.05)
    assert any("refused the account's user name or password" in p for p in bob.problems)
    conversation = ConversationStore(bob.database).get_or_create(bob.account.key, to_self)
    [failed] = bob.messages.page(conversation.id)
    assert failed.state is MessageState.FAILED and failed.body == ""
    assert failed.attachments[0].state is AttachmentState.FAILED
    assert bob.messages.outbox(bob.account.key) == []
    deadline = time.monotonic() + 5  # the sender's preview is made as the upload starts
    while bob.attachments.thumbnail_file(failed.attachments[0]) is None:
        assert time.monotonic() < deadline, "no thumbnail for the sent picture"
        pump(0.05)

    file_server.users["bob"] = "secret-b"
    bob.messaging.retry(failed.message_id)  # what the chat's retry action does
    _, arrived = bob.wait_attachment(lambda m: m.attachments[0].state is AttachmentState.AVAILABLE)
    path = bob.attachments.local_file(arrived)
    assert path is not None and path.read_bytes() == picture.read_bytes()
    sent = bob.messages.get(failed.id)
    assert sent is not None and sent.state in (MessageState.SENT, MessageState.DELIVERED)
    assert sent.attachments[0].state is AttachmentState.AVAILABLE


def test_a_voice_message_for_linphone_travels_as_matroska(
    bob: Stack, kamailio: Kamailio, voice: Path
) -> None:
    bob.attachments._voice_format = lambda: "matroska"  # the files/voice_format setting
    recording = bob.attachments.recording_folder() / "voice-1.ogg"
    recording.write_bytes(voice.read_bytes())
    bob.attachments.send_voice_message(bob.account.key, kamailio.aor("bob"), recording, 1.5)
    _, got = bob.wait_attachment(lambda m: m.attachments[0].state is AttachmentState.AVAILABLE)
    assert got.file_name == "voice-1.mka" and got.content_type == "audio/wav;voice-recording=yes"
    path = bob.attachments.local_file(got)
    assert path is not None and path.read_bytes()[:4] == b"\x1a\x45\xdf\xa3"
    assert not recording.exists()  # only the Matroska copy is kept
    assert got.duration == pytest.approx(1.5, abs=0.01)
    assert bob.attachments.voice_problem(got) == ""
    samples = read_matroska_opus(path)[:, 0]
    assert_tone(samples.astype(np.float64), 1000, rate=48000, start_s=0.1, end_s=1.4)


def test_progress_cancel_and_resume_after_a_restart(
    bob: Stack, kamailio: Kamailio, file_server: FileServer, tmp_path: Path
) -> None:
    data = os.urandom(18_000)  # below the automatic size: fetched on arrival
    (tmp_path / "slow.bin").write_bytes(data)
    slow = upload(file_server.upload_url, tmp_path / "slow.bin", "application/octet-stream")
    progress: list[tuple[int, object, object]] = []
    bob.attachments.progress.connect(lambda *report: progress.append(report))
    # 16 KB chunks, each after 1.5 s: the download is still busy when the first progress
    # is seen even if this thread stalls a second on a loaded machine (0.5 s was too short)
    file_server.misbehave.chunk_delay = 1.5
    send_description(bob, kamailio, slow)
    deadline = time.monotonic() + 10
    while not progress and time.monotonic() < deadline:
        pump(0.02)
    attachment_id = progress[0][0]
    assert progress[0][1:] == (16 * 1024, 18_000)
    assert bob.attachments.is_busy(attachment_id)
    bob.attachments.cancel(attachment_id)
    _, cancelled = bob.wait_attachment(
        lambda m: (
            m.attachments[0].state is AttachmentState.REMOTE
            and not bob.attachments.is_busy(attachment_id)
        )
    )
    assert bob.problems == []  # the user's own cancel is no problem
    assert sorted(p.name for p in bob.files.folder(RECEIVED).iterdir()) == []

    # An earlier run stopped mid-download: at start-up it is fetched again.
    bob.messages.update_attachment(replace(cancelled, state=AttachmentState.DOWNLOADING))
    file_server.misbehave.chunk_delay = 0.0
    progress.clear()
    bob.attachments.resume()
    _, done = bob.wait_attachment(lambda m: m.attachments[0].state is AttachmentState.AVAILABLE)
    path = bob.attachments.local_file(done)
    assert path is not None and path.read_bytes() == data
    assert progress[-1] == (attachment_id, 18_000, 18_000)
    done_values = [int(str(p[1])) for p in progress]
    assert done_values == sorted(done_values)
