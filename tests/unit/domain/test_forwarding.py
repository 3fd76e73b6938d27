"""Which forwarded files can travel by their link, and what the copy keeps."""

from __future__ import annotations

from jego_desktop.domain.forwarding import LINK_MARGIN_S, forwarded_attachments, links_still_valid
from jego_desktop.domain.messages import (
    Attachment,
    AttachmentState,
    Message,
    MessageDirection,
    MessageState,
)

NOW = 1_700_000_000.0


def message(*attachments: Attachment) -> Message:
    return Message(
        1, 1, MessageDirection.INCOMING, "m", "<file/>", "application/vnd.gsma.rcs-ft-http+xml",
        MessageState.RECEIVED, NOW, attachments=attachments,
    )  # fmt: skip


def picture(expires_at: float | None, url: str | None = "https://f/x") -> Attachment:
    return Attachment(
        "x.jpg", "image/jpeg", 10, "files/received/x.jpg", url, expires_at,
        AttachmentState.AVAILABLE, id=7,
    )  # fmt: skip


def test_a_link_must_last_long_enough_for_the_new_recipient() -> None:
    assert links_still_valid(message(picture(NOW + LINK_MARGIN_S + 1)), NOW)
    assert not links_still_valid(message(picture(NOW + LINK_MARGIN_S - 1)), NOW)
    assert not links_still_valid(message(picture(NOW - 1)), NOW)
    assert links_still_valid(message(picture(None)), NOW)  # the server set no end
    assert not links_still_valid(message(picture(None, url=None)), NOW)  # never uploaded
    assert not links_still_valid(message(), NOW)  # no file: nothing to forward by link
    both = message(picture(NOW + 3600), picture(NOW + 10))
    assert not links_still_valid(both, NOW)  # every file, or they all go up again


def test_the_forwarded_copy_shares_the_link_not_the_local_file() -> None:
    [copy] = forwarded_attachments(message(picture(NOW + 3600)))
    assert copy.download_url == "https://f/x" and copy.state is AttachmentState.AVAILABLE
    assert copy.local_path is None and copy.id is None
