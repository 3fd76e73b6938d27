"""Forwarding a file message by the links it already has, while they still work.

A file message's body is the file server's description (ft-http XML) with each file's
address and `until=` validity. Forwarded before that, the same description goes to the
new peer and nothing is uploaded; after it (or without a link), the file is uploaded
again from the copy in the profile.
"""

from __future__ import annotations

import dataclasses

from jego_desktop.domain.messages import Attachment, AttachmentState, Message

# The new recipient needs time to fetch the file: a link about to expire is not used.
LINK_MARGIN_S = 600.0


def links_still_valid(message: Message, now: float) -> bool:
    """Every file has a link that works for at least LINK_MARGIN_S more (no `until`:
    the server did not say, and the link is taken as it is)."""
    return bool(message.attachments) and all(
        attachment.download_url
        and (attachment.expires_at is None or attachment.expires_at > now + LINK_MARGIN_S)
        for attachment in message.attachments
    )


def forwarded_attachments(message: Message) -> tuple[Attachment, ...]:
    """The files of a forwarded message: the same links, ready to go (nothing to upload).

    The local copy is not shared: deleting one message must not remove the other's file.
    """
    return tuple(
        dataclasses.replace(attachment, id=None, local_path=None, state=AttachmentState.AVAILABLE)
        for attachment in message.attachments
    )
