"""Instant Message Disposition Notifications (RFC 5438): building and parsing them."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import TYPE_CHECKING

from jego_desktop.domain.message_formats import (
    MessageFormatError,
    child_text,
    local_name,
    namespace,
    parse_xml,
)
from jego_desktop.domain.message_time import format_datetime, parse_datetime

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET  # parse_xml imports it with the first document

IMDN_NAMESPACE = "urn:ietf:params:xml:ns:imdn"
MAX_MESSAGE_ID_LENGTH = 256
MAX_URI_LENGTH = 1024


class NotificationKind(enum.Enum):
    DELIVERY = "delivery-notification"
    DISPLAY = "display-notification"
    PROCESSING = "processing-notification"


class NotificationStatus(enum.Enum):
    DELIVERED = "delivered"
    DISPLAYED = "displayed"
    PROCESSED = "processed"
    STORED = "stored"
    FAILED = "failed"
    FORBIDDEN = "forbidden"
    ERROR = "error"

    @property
    def positive(self) -> bool:
        return self in (self.DELIVERED, self.DISPLAYED, self.PROCESSED, self.STORED)


_ALLOWED = {
    NotificationKind.DELIVERY: {
        NotificationStatus.DELIVERED,
        NotificationStatus.FAILED,
        NotificationStatus.FORBIDDEN,
        NotificationStatus.ERROR,
    },
    NotificationKind.DISPLAY: {
        NotificationStatus.DISPLAYED,
        NotificationStatus.FORBIDDEN,
        NotificationStatus.ERROR,
    },
    NotificationKind.PROCESSING: {
        NotificationStatus.PROCESSED,
        NotificationStatus.STORED,
        NotificationStatus.FORBIDDEN,
        NotificationStatus.ERROR,
    },
}


@dataclass(frozen=True)
class Notification:
    """One disposition notification about the message `message_id`."""

    message_id: str
    kind: NotificationKind
    status: NotificationStatus
    datetime: float | None = None  # epoch seconds: when the original message was sent
    recipient_uri: str = ""
    original_recipient_uri: str = ""


def build_imdn(notification: Notification) -> str:
    """The `message/imdn+xml` document for `notification`."""
    from xml.sax.saxutils import escape  # here: it imports urllib.request (issue #15)

    kind, status = notification.kind, notification.status
    if status not in _ALLOWED[kind]:
        raise ValueError(f"{status.value} is not a status of a {kind.value}")
    if not notification.message_id:
        raise ValueError("a notification needs the message id")
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<imdn xmlns="{IMDN_NAMESPACE}">',
        f"<message-id>{escape(notification.message_id)}</message-id>",
    ]
    if notification.datetime is not None:
        lines.append(f"<datetime>{format_datetime(notification.datetime)}</datetime>")
    if notification.recipient_uri:
        lines.append(f"<recipient-uri>{escape(notification.recipient_uri)}</recipient-uri>")
    if notification.original_recipient_uri:
        uri = escape(notification.original_recipient_uri)
        lines.append(f"<original-recipient-uri>{uri}</original-recipient-uri>")
    lines.append(f"<{kind.value}><status><{status.value}/></status></{kind.value}>")
    lines.append("</imdn>")
    return "\n".join(lines)


def parse_imdn(text: str) -> Notification:
    """Read a `message/imdn+xml` body; raises MessageFormatError when it is not one."""
    root = parse_xml(text, "notification")
    if local_name(root) != "imdn" or namespace(root) not in ("", IMDN_NAMESPACE):
        raise MessageFormatError("the document is not an IMDN")
    message_id = child_text(root, "message-id")
    if not message_id or len(message_id) > MAX_MESSAGE_ID_LENGTH:
        raise MessageFormatError("the notification has no usable message-id")
    found: list[tuple[NotificationKind, NotificationStatus]] = []
    for child in root:
        try:
            kind = NotificationKind(local_name(child))
        except ValueError:
            continue  # extensions (other namespaces) are allowed and ignored
        found.append((kind, _status(child, kind)))
    if len(found) != 1:
        raise MessageFormatError("a notification reports exactly one disposition")
    kind, status = found[0]
    return Notification(
        message_id=message_id,
        kind=kind,
        status=status,
        datetime=parse_datetime(child_text(root, "datetime") or ""),
        recipient_uri=_uri(child_text(root, "recipient-uri")),
        original_recipient_uri=_uri(child_text(root, "original-recipient-uri")),
    )


def _status(element: ET.Element, kind: NotificationKind) -> NotificationStatus:
    for status_element in element:
        if local_name(status_element) != "status":
            continue
        values = [local_name(value) for value in status_element]
        for value in values:
            try:
                status = NotificationStatus(value)
            except ValueError:
                continue
            if status in _ALLOWED[kind]:
                return status
        raise MessageFormatError(f"the {kind.value} has no known status ({values})")
    raise MessageFormatError(f"the {kind.value} has no status")


def _uri(text: str | None) -> str:
    if not text:
        return ""
    return text if len(text) <= MAX_URI_LENGTH else ""
