"""Forwarding a message: by its text or its files' links, else by uploading the files
again from the copies kept in the profile."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from jego_desktop.domain.messages import Attachment, Message
from jego_desktop.models.chats.messaging import MessagingService


class Uploads(Protocol):
    """The part of the attachment service forwarding uses."""

    def local_file(self, attachment: Attachment) -> Path | None: ...
    def send_file(self, account_key: str, peer_uri: str, path: Path) -> None: ...
    def send_voice_message(
        self, account_key: str, peer_uri: str, path: Path, duration_s: float
    ) -> None: ...


def upload_again(message: Message, account_key: str, peer_uri: str, uploads: Uploads) -> list[str]:
    """Send each file of `message` anew (its link expired); the names of those no longer
    on this computer, which could not be forwarded."""
    missing = []
    for attachment in message.attachments:
        path = uploads.local_file(attachment)
        if path is None:
            missing.append(attachment.file_name)
        elif attachment.duration is not None:
            uploads.send_voice_message(account_key, peer_uri, path, attachment.duration)
        else:
            uploads.send_file(account_key, peer_uri, path)
    return missing


def forward(
    message: Message,
    account_key: str,
    peer_uri: str,
    messaging: MessagingService,
    uploads: Uploads,
) -> list[str]:
    """Forward `message` (engine account key); the names of files that could not go."""
    if messaging.forward(message, account_key, peer_uri) is not None:
        return []
    return upload_again(message, account_key, peer_uri, uploads)
