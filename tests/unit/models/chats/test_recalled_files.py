"""A message the peer takes back leaves nothing on disk: its downloaded file and its
thumbnail go (store -> MessageRecalled -> MessagingService -> AttachmentService)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jego_desktop.domain.download_limits import DownloadLimits
from jego_desktop.domain.engine_events import MessageRecalled
from jego_desktop.domain.incoming_messages import IncomingRecall, IncomingText
from jego_desktop.domain.messages import Attachment, AttachmentState
from jego_desktop.models.chats.attachments import AttachmentService
from jego_desktop.models.chats.messaging import MessagingService
from jego_desktop.store.auto_downloads import AutoDownloads
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.file_store import RECEIVED, FileStore
from jego_desktop.store.messages import MessageStore
from tests.ui.fake_engine import FakeEngine

KEY = "alice@127.0.0.1:5060"
BOB = "sip:bob@127.0.0.1"
MB = 1024 * 1024


def test_a_recalled_picture_loses_its_file_and_thumbnail(
    qapp: Any, db: Database, tmp_path: Path
) -> None:
    engine = FakeEngine()
    messages = MessageStore(db)
    messaging = MessagingService(engine, ConversationStore(db), messages)
    messaging.connect_engine(engine)
    files = FileStore(tmp_path / "files")
    attachments = AttachmentService(
        messaging,
        messages,
        ConversationStore(db),
        files,
        server_url=lambda _key: "",
        credentials=lambda _key: None,
        limits=lambda: DownloadLimits(MB, 10, 10 * MB, 100 * MB),
        known_sender=lambda _key, _peer: True,
        auto_downloads=AutoDownloads(db),
    )
    picture = files.folder(RECEIVED) / "photo.jpg"
    picture.write_bytes(b"\xff\xd8 a picture")
    stored = messaging.sink.accept(
        IncomingText(
            KEY,
            BOB,
            "b-1",
            "",
            "application/vnd.gsma.rcs-ft-http+xml",
            attachments=(
                Attachment(
                    "photo.jpg",
                    "image/jpeg",
                    local_path=files.relative(picture),
                    download_url="https://files.example.org/photo",
                    state=AttachmentState.AVAILABLE,
                ),
            ),
        )
    ).stored
    assert stored is not None
    [attachment] = stored.attachments
    thumbnail = files.folder("thumbnails") / f"attachment-{attachment.id}.jpg"
    thumbnail.write_bytes(b"\xff\xd8 a thumbnail")
    assert attachments.thumbnail_file(attachment) == thumbnail
    unrelated = files.folder(RECEIVED) / "other.jpg"
    unrelated.write_bytes(b"kept")

    result = messaging.sink.recall(IncomingRecall(KEY, BOB, "b-1"))  # the engine thread's part
    assert result is not None and result.dropped == (attachment,)
    engine.publish(MessageRecalled(KEY, BOB, "b-1", result.stored, result.dropped))

    assert not picture.exists() and not thumbnail.exists()
    assert unrelated.exists()
    attachments.shutdown()
