"""The record of automatic downloads: per-sender use, received bytes, what may be removed."""

from __future__ import annotations

from dataclasses import replace

from jego_desktop.domain.messages import Attachment, AttachmentState
from jego_desktop.store.auto_downloads import AutoDownloads, SenderUse
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.messages import MessageStore
from tests.unit.store.conftest import ACCOUNT


def received(db: Database, peer: str, name: str, size: int) -> tuple[int, Attachment]:
    conversation = ConversationStore(db).get_or_create(ACCOUNT, peer)
    result = MessageStore(db).insert_incoming(
        conversation.id,
        f"id-{name}",
        "<file/>",
        content_type="application/vnd.gsma.rcs-ft-http+xml",
        attachments=(Attachment(name, "image/png", size, download_url=f"https://f.test/{name}"),),
    )
    return conversation.id, result.message.attachments[0]


def test_use_per_sender_quota_and_oldest_unopened_first(db: Database) -> None:
    downloads = AutoDownloads(db)
    messages = MessageStore(db)
    ann, first = received(db, "sip:ann@x.test", "a.png", 1_000)
    _, second = received(db, "sip:ann@x.test", "b.png", 2_000)
    ben, third = received(db, "sip:ben@x.test", "c.png", 4_000)
    for at, attachment, conversation in ((10, first, ann), (20, second, ann), (30, third, ben)):
        assert attachment.id is not None
        downloads.record(attachment.id, conversation, attachment.size or 0, at)
        messages.update_attachment(
            replace(attachment, state=AttachmentState.AVAILABLE, local_path=f"received/{at}")
        )
    assert downloads.sender_use(ann, since=0) == SenderUse(2, 3_000)
    assert downloads.sender_use(ann, since=15) == SenderUse(1, 2_000)
    assert downloads.received_bytes() == 7_000

    assert first.id is not None and second.id is not None
    downloads.mark_opened(first.id, 40)  # opened: kept
    assert [r.attachment_id for r in downloads.removable()] == [second.id, third.id]
    downloads.mark_removed(second.id, 50)
    assert [r.attachment_id for r in downloads.removable()] == [third.id]
    assert downloads.sender_use(ann, since=0) == SenderUse(2, 3_000)  # removed still count
