"""Messages held while the user's invitation to a group waits, inside the caller's
transaction: kept unseen, shown in their order when the user joins, dropped when the
user declines or the invitation is withdrawn."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from jego_desktop.domain.messages import Attachment, Message
from jego_desktop.store.messages import store_incoming

MAX_HELD_PER_GROUP = 50  # the newest messages of a waiting invitation
MAX_HELD_BODY_BYTES = 16 * 1024  # 20 invitations x 50 messages stay under 16 MB


@dataclass(frozen=True)
class HeldMessage:
    message_id: str
    author_uri: str
    body: str
    content_type: str
    sent_at: float | None
    reply_to: str


def hold_message(connection: sqlite3.Connection, group_id: str, held: HeldMessage) -> bool:
    """`GroupStore.hold` inside the caller's transaction."""
    if len(held.body.encode("utf-8", "surrogatepass")) > MAX_HELD_BODY_BYTES:
        return False
    added = connection.execute(
        "INSERT INTO group_held (group_id, message_id, author_uri, body, content_type,"
        " sent_at, reply_to) VALUES (?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (group_id, message_id) DO NOTHING",
        (
            group_id,
            held.message_id,
            held.author_uri,
            held.body,
            held.content_type,
            held.sent_at,
            held.reply_to,
        ),
    ).rowcount
    connection.execute(
        "DELETE FROM group_held WHERE group_id = ? AND id NOT IN (SELECT id FROM"
        " group_held WHERE group_id = ? ORDER BY id DESC LIMIT ?)",
        (group_id, group_id, MAX_HELD_PER_GROUP),
    )
    return bool(added)


def load_held(connection: sqlite3.Connection, group_id: str) -> list[HeldMessage]:
    """The held messages, oldest first."""
    return [
        HeldMessage(
            str(row[0]),
            str(row[1]),
            str(row[2]),
            str(row[3]),
            None if row[4] is None else float(row[4]),
            str(row[5]),
        )
        for row in connection.execute(
            "SELECT message_id, author_uri, body, content_type, sent_at, reply_to"
            " FROM group_held WHERE group_id = ? ORDER BY id",
            (group_id,),
        )
    ]


def release_held(
    connection: sqlite3.Connection, group_id: str, conversation_id: int, now: float
) -> list[Message]:
    """Store the held messages in the group's conversation, in their order, and drop
    them; the ones that were not stored there before."""
    shown = []
    for held in load_held(connection, group_id):
        if (stored := store_held(connection, conversation_id, held, now)) is not None:
            shown.append(stored)
    drop_held_messages(connection, group_id)
    return shown


def store_held(
    connection: sqlite3.Connection, conversation_id: int, held: HeldMessage, now: float
) -> Message | None:
    """The message as stored now, or None when it was stored before (or names a file
    that cannot be read)."""
    # Imported with the first held message: parsing modules wait until after the first paint.
    from jego_desktop.domain.file_transfer import (
        FT_HTTP_CONTENT_TYPE,
        FileInfoError,
        attachment_for,
        parse_ft_http,
    )

    attachments: tuple[Attachment, ...] = ()
    if held.content_type == FT_HTTP_CONTENT_TYPE:
        try:
            attachments = (attachment_for(parse_ft_http(held.body)),)
        except FileInfoError:
            return None
    result = store_incoming(
        connection,
        conversation_id,
        held.message_id,
        held.body,
        received_at=now,
        content_type=held.content_type,
        sent_at=held.sent_at,
        attachments=attachments,
        reply_to=held.reply_to,
        author_uri=held.author_uri,
    )
    return result.message if result.is_new else None


def drop_held_message(
    connection: sqlite3.Connection, group_id: str, message_id: str, author_uri: str
) -> None:
    connection.execute(
        "DELETE FROM group_held WHERE group_id = ? AND message_id = ? AND author_uri = ?",
        (group_id, message_id, author_uri),
    )


def drop_held_messages(connection: sqlite3.Connection, group_id: str) -> None:
    connection.execute("DELETE FROM group_held WHERE group_id = ?", (group_id,))
