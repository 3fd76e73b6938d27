"""What the engine puts in an outgoing MESSAGE: plain text, or CPIM with IMDN requests."""

from __future__ import annotations

import os
from dataclasses import dataclass

from jego_desktop.domain.chat_headers import RECALL_ID, ChatHeaders, chat_header
from jego_desktop.domain.cpim import CpimMessage, build_cpim
from jego_desktop.domain.imdn import Notification, build_imdn
from jego_desktop.domain.is_composing import Composing, build_is_composing
from jego_desktop.domain.message_formats import CPIM_WIRE, IMDN, IS_COMPOSING
from jego_desktop.domain.messages import MAX_BODY_BYTES

# What we ask of the recipient (Linphone asks the same).
REQUESTED_DISPOSITIONS = frozenset({"positive-delivery", "negative-delivery", "display"})


@dataclass(frozen=True)
class WirePayload:
    content_type: str
    content: str


def new_message_id() -> str:
    return os.urandom(16).hex()  # as uuid4().hex (random), without uuid's imports


def encode_text(
    *,
    message_id: str,
    body: str,
    content_type: str,
    from_uri: str,
    to_uri: str,
    at: float,
    use_cpim: bool,
    chat_headers: ChatHeaders = (),
) -> WirePayload:
    """A user's message. With `use_cpim` it carries its id and asks for receipts.

    Without CPIM (peers such as baresip show the envelope as text) it travels as is,
    and no receipt will ever come for it; `chat_headers` (a reply's original, a recall)
    travel only in CPIM. A recall asks for no receipt: nobody shows it.
    """
    if len(body.encode("utf-8")) > MAX_BODY_BYTES:
        raise ValueError(f"a message body holds at most {MAX_BODY_BYTES} bytes")
    if not use_cpim:
        return WirePayload(content_type, body)
    envelope = CpimMessage(
        content_type=_with_charset(content_type),
        content=body,
        from_uri=from_uri,
        to_uri=to_uri,
        datetime=at,
        message_id=message_id,
        dispositions=frozenset()
        if chat_header(chat_headers, RECALL_ID)
        else REQUESTED_DISPOSITIONS,
        chat_headers=chat_headers,
    )
    return WirePayload(CPIM_WIRE, build_cpim(envelope))


def encode_notification(
    *, report_id: str, notification: Notification, from_uri: str, to_uri: str, at: float
) -> WirePayload:
    """A delivery or display receipt, CPIM-wrapped like Linphone's."""
    envelope = CpimMessage(
        content_type=IMDN,
        content=build_imdn(notification),
        from_uri=from_uri,
        to_uri=to_uri,
        datetime=at,
        message_id=report_id,
        content_disposition="notification",
    )
    return WirePayload(CPIM_WIRE, build_cpim(envelope))


def encode_is_composing(composing: Composing) -> WirePayload:
    return WirePayload(IS_COMPOSING, build_is_composing(composing))


def _dispositions(chat_headers: ChatHeaders) -> frozenset[str]:
    return frozenset() if chat_header(chat_headers, RECALL_ID) else REQUESTED_DISPOSITIONS


def _with_charset(content_type: str) -> str:
    if content_type.lower().startswith("text/") and "charset" not in content_type.lower():
        return f"{content_type};charset=UTF-8"
    return content_type
