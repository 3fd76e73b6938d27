"""Outgoing file messages: held out of the outbox until their file is on the server."""

from __future__ import annotations

from dataclasses import replace

import pytest

from jego_desktop.domain.messages import Attachment, AttachmentState, MessageState
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.messages import MessageStore
from tests.unit.store.conftest import ACCOUNT


@pytest.fixture
def conversation_id(conversations: ConversationStore) -> int:
    return conversations.get_or_create(ACCOUNT, "sip:bob@example.com").id


PHOTO = Attachment(
    "photo.jpg", "image/jpeg", 1000, "files/sent/photo.jpg", state=AttachmentState.UPLOADING
)


def test_a_file_message_joins_the_outbox_once_uploaded(
    messages: MessageStore, conversation_id: int
) -> None:
    text = messages.insert_outgoing(conversation_id, "before")
    held = messages.insert_outgoing(conversation_id, "", attachments=[PHOTO])
    assert [m.id for m in messages.outbox(ACCOUNT)] == [text.id]
    assert [m.id for m in messages.with_unfinished_transfers()] == [held.id]

    uploaded = replace(
        held.attachments[0], state=AttachmentState.AVAILABLE, download_url="https://f/x"
    )
    done = messages.complete_upload(held.id, "<file/>", uploaded)
    assert done.body == "<file/>" and done.attachments == (uploaded,)
    assert [m.id for m in messages.outbox(ACCOUNT)] == [text.id, held.id]
    assert messages.with_unfinished_transfers() == []


def test_a_failed_upload_stays_out_of_the_outbox_even_when_retried(
    messages: MessageStore, conversation_id: int
) -> None:
    held = messages.insert_outgoing(conversation_id, "", attachments=[PHOTO])
    messages.update_attachment(replace(held.attachments[0], state=AttachmentState.FAILED))
    messages.update_outgoing_state(held.message_id, MessageState.FAILED, reason="server down")
    retried = messages.retry(held.message_id)
    assert retried is not None and retried.state is MessageState.PENDING
    assert messages.outbox(ACCOUNT) == []
