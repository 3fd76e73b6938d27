"""The user's own file messages: a recalled one leaves no copy in the profile (but the
file they picked stays), and an upload that ends after its message was deleted sends
nothing and raises nothing."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal

from jego_desktop.domain.accounts import RegistrationState
from jego_desktop.domain.chat_headers import RECALL_ID
from jego_desktop.domain.download_limits import DownloadLimits
from jego_desktop.domain.engine_events import MessageSent, RegistrationChanged
from jego_desktop.domain.file_transfer import FileInfo
from jego_desktop.domain.messages import AttachmentState, Message
from jego_desktop.engine.signals import EngineSignals
from jego_desktop.models.chats.attachments import AttachmentService
from jego_desktop.models.chats.messaging import MessagingService
from jego_desktop.store.auto_downloads import AutoDownloads
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.file_store import FileStore
from jego_desktop.store.messages import MessageStore
from jego_desktop.store.peer_formats import PeerFormats

KEY = "alice@127.0.0.1:5060"
BOB = "sip:bob@127.0.0.1"
MB = 1024 * 1024


class Engine(EngineSignals):
    def __init__(self) -> None:
        super().__init__()
        self.sent: list[tuple[Any, ...]] = []

    def send_message(self, *args: Any) -> None:
        self.sent.append(args)

    def send_display_receipts(self, *_args: Any) -> None:
        pass

    def send_typing(self, *_args: Any) -> None:
        pass


class Transfers(QObject):
    """FileTransfers' signals; its jobs end when the test says so."""

    progress = Signal(int, object, object)
    uploaded = Signal(int, object)
    downloaded = Signal(int, str)
    failed = Signal(int, str)
    failed_because = Signal(int, object)

    def __init__(self) -> None:
        super().__init__()
        self.uploads: dict[int, Path] = {}
        self._ids = itertools.count(1)

    def start_upload(self, _server: str, path: Path, *_args: Any, **_kwargs: Any) -> int:
        job = next(self._ids)
        self.uploads[job] = path
        return job

    def cancel(self, _job: int) -> None:
        pass

    def shutdown(self, _timeout_ms: int = 5000) -> bool:
        return True


class Setup:
    def __init__(self, db: Database, tmp_path: Path) -> None:
        self.engine = Engine()
        self.messages = MessageStore(db)
        self.messaging = MessagingService(self.engine, ConversationStore(db), self.messages)
        self.messaging.connect_engine(self.engine)
        self.engine.registration_changed.emit(
            RegistrationChanged(KEY, RegistrationState.REGISTERED, 200, "registered", 300)
        )
        PeerFormats(db).remember(KEY, BOB, True)  # a CPIM peer: recalls can go to it
        self.files = FileStore(tmp_path / "profile" / "files")
        self.transfers = Transfers()
        self.attachments = AttachmentService(
            self.messaging,
            self.messages,
            ConversationStore(db),
            self.files,
            server_url=lambda _key: "https://files.example.org/upload",
            credentials=lambda _key: None,
            limits=lambda: DownloadLimits(MB, 10, 10 * MB, 100 * MB),
            known_sender=lambda _key, _peer: True,
            auto_downloads=AutoDownloads(db),
            transfers=self.transfers,  # type: ignore[arg-type]
        )
        self.problems: list[str] = []
        self.attachments.problem.connect(self.problems.append)
        self.picked = tmp_path / "Pictures" / "holiday.png"
        self.picked.parent.mkdir()
        self.picked.write_bytes(b"\x89PNG the user's own picture")

    def send_picked(self) -> tuple[int, Message]:
        added: list[Message] = []
        self.messaging.message_added.connect(added.append)
        self.attachments.send_file(KEY, BOB, self.picked)
        [(job, _path)] = self.transfers.uploads.items()
        [message] = added
        return job, message

    def upload_ends(self, job: int) -> None:
        info = FileInfo("holiday.png", 27, "image/png", "https://files.example.org/f/1")
        self.transfers.uploaded.emit(job, info)


@pytest.fixture
def setup(qapp: Any, db: Database, tmp_path: Path) -> Iterator[Setup]:
    made = Setup(db, tmp_path)
    yield made
    made.attachments.shutdown()


def test_an_upload_that_ends_after_its_message_was_deleted_sends_nothing(
    setup: Setup,
) -> None:
    job, message = setup.send_picked()
    setup.messages.delete([message.id])
    setup.attachments._on_uploaded(job, FileInfo("holiday.png", 27, "image/png", "https://x/1"))

    assert setup.engine.sent == []  # the uploaded link is discarded
    assert setup.problems == []
    assert setup.messages.get(message.id) is None


def test_an_upload_that_fails_after_its_message_was_deleted_is_quiet(setup: Setup) -> None:
    job, message = setup.send_picked()
    setup.messages.delete([message.id])
    setup.attachments._on_failed(job, ConnectionError("gone"))  # type: ignore[arg-type]

    assert setup.engine.sent == [] and setup.problems == []


def test_a_recalled_file_message_loses_the_profile_s_copy_not_the_user_s_file(
    setup: Setup,
) -> None:
    job, message = setup.send_picked()
    [attachment] = message.attachments
    assert attachment.local_path is not None
    copy = setup.files.resolve(attachment.local_path)
    thumbnail = setup.files.folder("thumbnails") / f"attachment-{attachment.id}.jpg"
    thumbnail.write_bytes(b"\xff\xd8 a thumbnail")
    setup.upload_ends(job)
    [(_, _, message_id, *_rest)] = setup.engine.sent
    setup.engine.message_sent.emit(MessageSent(KEY, BOB, message_id, "cid"))
    sent = setup.messages.get(message.id)
    assert sent is not None and sent.attachments[0].state is AttachmentState.AVAILABLE
    assert copy.exists()

    assert setup.messaging.recall(sent) is None
    recall = setup.engine.sent[-1]
    assert dict(recall[6])[RECALL_ID] == message_id
    setup.engine.message_sent.emit(MessageSent(KEY, BOB, recall[2], "cid-2"))

    taken_back = setup.messages.get(message.id)
    assert taken_back is not None and taken_back.recalled
    assert not copy.exists() and not thumbnail.exists()
    assert setup.picked.exists()  # the file the user picked is theirs
