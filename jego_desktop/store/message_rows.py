"""Reading and writing message and attachment rows, shared by the message and search stores."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import PurePosixPath

from jego_desktop.domain.message_formats import RECALLED
from jego_desktop.domain.messages import (
    Attachment,
    AttachmentState,
    Message,
    MessageDirection,
    MessageState,
    Quote,
)

MESSAGE_COLUMNS = (
    "id, conversation_id, direction, message_id, sip_call_id, body, content_type, state,"
    " failure_reason, wants_display_report, created_at, sent_at, delivered_at, displayed_at,"
    " reply_to, author_uri"
)
MAX_QUOTED_LINE = 200  # characters of the original a reply's quote keeps
_ATTACHMENT_COLUMNS = (
    "id, message_id, file_name, content_type, size, local_path, download_url, expires_at,"
    " state, duration"
)
_MAX_IDS_PER_QUERY = 500  # well under SQLite's bound-parameter limit


def messages_from_rows(
    connection: sqlite3.Connection, rows: Sequence[sqlite3.Row]
) -> list[Message]:
    """Messages with their attachments (one more query for all of them) and, for
    replies, the message each quotes (one query per reply)."""
    attachments = load_attachments(connection, [int(row["id"]) for row in rows])
    return [
        message_from_row(
            row,
            attachments.get(int(row["id"]), ()),
            load_quote(connection, int(row["conversation_id"]), row["reply_to"]),
        )
        for row in rows
    ]


def load_quote(connection: sqlite3.Connection, conversation_id: int, reply_to: str) -> Quote | None:
    """The message `reply_to` names in the same conversation (None: none, or gone).

    Only the conversation's own messages are looked at, so a peer cannot make a reply
    show a message of another conversation.
    """
    if not reply_to:
        return None
    row = connection.execute(
        "SELECT id, direction, body, content_type, author_uri FROM messages"
        " WHERE conversation_id = ? AND message_id = ? ORDER BY id LIMIT 1",
        (conversation_id, reply_to),
    ).fetchone()
    if row is None:
        return None
    content_type = str(row["content_type"])
    files = load_attachments(connection, [int(row["id"])]).get(int(row["id"]), ())
    text = str(row["body"]) if content_type.startswith("text/") and not files else ""
    first_line = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return Quote(
        message_pk=int(row["id"]),
        direction=MessageDirection(row["direction"]),
        first_line=first_line[:MAX_QUOTED_LINE],
        file_name=files[0].file_name if files else "",
        recalled=content_type == RECALLED,
        author_uri=str(row["author_uri"]),
    )


def message_from_row(
    row: sqlite3.Row, attachments: tuple[Attachment, ...] = (), quote: Quote | None = None
) -> Message:
    return Message(
        id=int(row["id"]),
        conversation_id=int(row["conversation_id"]),
        direction=MessageDirection(row["direction"]),
        message_id=row["message_id"],
        sip_call_id=row["sip_call_id"],
        body=row["body"],
        content_type=row["content_type"],
        state=MessageState(row["state"]),
        failure_reason=row["failure_reason"],
        wants_display_report=bool(row["wants_display_report"]),
        created_at=row["created_at"],
        sent_at=row["sent_at"],
        delivered_at=row["delivered_at"],
        displayed_at=row["displayed_at"],
        attachments=attachments,
        reply_to=row["reply_to"],
        quote=quote,
        author_uri=row["author_uri"],
    )


def select_message(connection: sqlite3.Connection, message_pk: int) -> Message | None:
    row = connection.execute(
        f"SELECT {MESSAGE_COLUMNS} FROM messages WHERE id = ?", (message_pk,)
    ).fetchone()
    return None if row is None else messages_from_rows(connection, [row])[0]


def load_attachments(
    connection: sqlite3.Connection, message_pks: Sequence[int]
) -> dict[int, tuple[Attachment, ...]]:
    found: dict[int, list[Attachment]] = {}
    for start in range(0, len(message_pks), _MAX_IDS_PER_QUERY):
        chunk = message_pks[start : start + _MAX_IDS_PER_QUERY]
        marks = ", ".join("?" * len(chunk))
        rows = connection.execute(
            f"SELECT {_ATTACHMENT_COLUMNS} FROM attachments"
            f" WHERE message_id IN ({marks}) ORDER BY message_id, position",
            chunk,
        )
        for row in rows:
            found.setdefault(int(row["message_id"]), []).append(_attachment_from_row(row))
    return {pk: tuple(items) for pk, items in found.items()}


def insert_attachments(
    connection: sqlite3.Connection, message_pk: int, attachments: Iterable[Attachment]
) -> None:
    for position, attachment in enumerate(attachments):
        connection.execute(
            "INSERT INTO attachments (message_id, position, file_name, content_type, size,"
            " local_path, download_url, expires_at, state, duration)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (message_pk, position, *_attachment_values(attachment)),
        )


def update_attachment_row(connection: sqlite3.Connection, attachment: Attachment) -> int:
    """Rewrite every field of a stored attachment; returns the number of rows changed."""
    cursor = connection.execute(
        "UPDATE attachments SET file_name = ?, content_type = ?, size = ?, local_path = ?,"
        " download_url = ?, expires_at = ?, state = ?, duration = ? WHERE id = ?",
        (*_attachment_values(attachment), attachment.id),
    )
    return cursor.rowcount


def check_local_path(local_path: str | None) -> None:
    """Attachment files live inside the profile folder: a relative path, never climbing out."""
    if local_path is None:
        return
    path = PurePosixPath(local_path)
    if (
        not local_path
        or "\\" in local_path
        or path.is_absolute()
        or ".." in path.parts
        or ":" in path.parts[0]
    ):
        raise ValueError(f"{local_path!r} is not a path relative to the profile folder")


def _attachment_values(
    attachment: Attachment,
) -> tuple[str, str, int | None, str | None, str | None, float | None, str, float | None]:
    check_local_path(attachment.local_path)
    if attachment.size is not None and attachment.size < 0:
        raise ValueError("an attachment size cannot be negative")
    return (
        attachment.file_name,
        attachment.content_type,
        attachment.size,
        attachment.local_path,
        attachment.download_url,
        attachment.expires_at,
        attachment.state.value,
        attachment.duration,
    )


def _attachment_from_row(row: sqlite3.Row) -> Attachment:
    return Attachment(
        id=int(row["id"]),
        file_name=row["file_name"],
        content_type=row["content_type"],
        size=row["size"],
        local_path=row["local_path"],
        download_url=row["download_url"],
        expires_at=row["expires_at"],
        state=AttachmentState(row["state"]),
        duration=row["duration"],
    )
