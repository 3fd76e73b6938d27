"""Messages: receiving (idempotently), sending, state reports, paging, reading."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING, cast

from jego_desktop.domain.message_formats import RECALLED
from jego_desktop.domain.messages import (
    MAX_BODY_BYTES,
    Attachment,
    InsertResult,
    Message,
    MessageCursor,
    MessageState,
    StateUpdate,
    can_transition,
)
from jego_desktop.domain.peers import normalise_peer_uri
from jego_desktop.domain.reasons import reason
from jego_desktop.domain.text_search import fold
from jego_desktop.store.arrival_order import arrival_time
from jego_desktop.store.errors import DuplicateMessageError, MessageTooLargeError, NotFoundError
from jego_desktop.store.message_rows import (
    MESSAGE_COLUMNS,
    insert_attachments,
    message_from_row,
    messages_from_rows,
    select_message,
    update_attachment_row,
)

if TYPE_CHECKING:
    from jego_desktop.domain.incoming_messages import RecallResult
    from jego_desktop.store.database import Database

MAX_MESSAGE_ID_LENGTH = 256
_OUTBOX_COLUMNS = ", ".join(f"m.{column.strip()}" for column in MESSAGE_COLUMNS.split(","))
_STATE_TIME_COLUMN = {
    MessageState.SENT: "sent_at",
    MessageState.DELIVERED: "delivered_at",
    MessageState.DISPLAYED: "displayed_at",
}


class MessageStore:
    """The messages of every conversation.

    Incoming messages are stored once per (conversation, direction, message id), so a
    retransmitted MESSAGE is recognised; their commit is fsynced (`durable`) because the
    peer was told 200 OK before we saw them. Outgoing messages start PENDING and form
    the outbox until the engine reports them sent or failed.
    """

    def __init__(self, database: Database) -> None:
        self._db = database

    def wrote_to(self, account_key: str, peer_uri: str) -> bool:
        """True when the user wrote at least one message to this (normalised) peer."""
        with self._db.read() as connection:
            row = connection.execute(
                "SELECT 1 FROM messages m JOIN conversations c ON c.id = m.conversation_id"
                " WHERE c.account_key = ? AND c.peer_uri = ? AND m.direction = 'outgoing'"
                " LIMIT 1",
                (account_key, peer_uri),
            ).fetchone()
        return row is not None

    def insert_incoming(
        self,
        conversation_id: int,
        message_id: str,
        body: str,
        *,
        content_type: str = "text/plain",
        sip_call_id: str | None = None,
        sent_at: float | None = None,
        wants_display_report: bool = False,
        attachments: Sequence[Attachment] = (),
        received_at: float | None = None,
        reply_to: str = "",
        author_uri: str = "",
    ) -> InsertResult:
        """Store a message from the network, or find it if it was stored already.

        `message_id` is the IMDN Message-ID, or the SIP Call-ID when there is none.
        A duplicate returns the stored message, unchanged, with `is_new` False.
        """
        received = self._db.now() if received_at is None else received_at
        with self._db.write(durable=True) as connection:
            return store_incoming(
                connection,
                conversation_id,
                message_id,
                body,
                received_at=received,
                content_type=content_type,
                sip_call_id=sip_call_id,
                sent_at=sent_at,
                wants_display_report=wants_display_report,
                attachments=attachments,
                reply_to=reply_to,
                author_uri=author_uri,
            )

    def insert_outgoing(
        self,
        conversation_id: int,
        body: str,
        *,
        content_type: str = "text/plain",
        message_id: str | None = None,
        wants_display_report: bool = False,
        attachments: Sequence[Attachment] = (),
        created_at: float | None = None,
        reply_to: str = "",
    ) -> Message:
        """Store a message the user wrote, PENDING until the engine reports on it.

        `message_id` defaults to a new UUID; an id already used raises
        `DuplicateMessageError`.
        """
        created_at = self._db.now() if created_at is None else created_at
        with self._db.write() as connection:
            return store_outgoing(
                connection,
                conversation_id,
                body,
                created_at=created_at,
                content_type=content_type,
                message_id=message_id,
                wants_display_report=wants_display_report,
                attachments=attachments,
                reply_to=reply_to,
            )

    def update_outgoing_state(
        self,
        message_id: str,
        state: MessageState,
        *,
        reason: str = "",
        sip_call_id: str | None = None,
        at: float | None = None,
        receipt_from: tuple[str, str] | None = None,
    ) -> StateUpdate | None:
        """Apply a report (sent, delivered, displayed, failed) on an outgoing message.

        Only forward moves are applied (see `domain.messages.can_transition`); a late or
        repeated report returns the message unchanged with `changed` False. `reason` is
        kept for FAILED; `sip_call_id` (of the MESSAGE request) is recorded when given.
        `receipt_from` (account key, peer URI): a receipt from that peer, about a message
        sent to that peer only; its id may be the SIP Call-ID of a plain-text MESSAGE
        (liblinphone names those so). None when no outgoing message matches.
        """
        at = self._db.now() if at is None else at
        with self._db.write() as connection:
            if receipt_from is None:
                row = connection.execute(
                    f"SELECT {MESSAGE_COLUMNS} FROM messages"
                    " WHERE direction = 'outgoing' AND message_id = ?",
                    (message_id,),
                ).fetchone()
            else:
                row = _sent_to(connection, message_id, *receipt_from)
                if row is None:
                    row = _sent_as_call(connection, message_id, *receipt_from)
            if row is None:
                return None
            current = message_from_row(row)
            if sip_call_id is not None:
                connection.execute(
                    "UPDATE messages SET sip_call_id = ? WHERE id = ?", (sip_call_id, current.id)
                )
            changed = can_transition(current.direction, current.state, state)
            if changed:
                time_column = _STATE_TIME_COLUMN.get(state)
                time_update = f", {time_column} = ?" if time_column else ""
                connection.execute(
                    f"UPDATE messages SET state = ?, failure_reason = ?{time_update} WHERE id = ?",
                    (
                        state.value,
                        reason if state is MessageState.FAILED else "",
                        *((at,) if time_column else ()),
                        current.id,
                    ),
                )
            return StateUpdate(_selected(connection, current.id), changed)

    def retry(self, message_id: str) -> Message | None:
        """Put a FAILED outgoing message back in the outbox (PENDING); None if not failed."""
        with self._db.write() as connection:
            row = connection.execute(
                "SELECT id FROM messages WHERE direction = 'outgoing' AND message_id = ?"
                " AND state = 'failed'",
                (message_id,),
            ).fetchone()
            if row is None:
                return None
            connection.execute(
                "UPDATE messages SET state = 'pending', failure_reason = '' WHERE id = ?",
                (row["id"],),
            )
            return _selected(connection, int(row["id"]))

    def recall_incoming(
        self,
        conversation_id: int,
        message_id: str,
        *,
        within_s: float,
        at: float | None = None,
        author_uri: str | None = None,
    ) -> RecallResult | None:
        """The peer takes back its message: its text and files are removed, the row stays
        as a "taken back" line. Only an incoming message of this conversation (so only
        its author can take it back; in a group, whose `author_uri` is given) that
        arrived at most `within_s` ago; else None.
        The result names the attachments dropped, whose files the caller removes.
        """
        at = self._db.now() if at is None else at
        with self._db.write() as connection:
            return take_back_incoming(
                connection,
                conversation_id,
                message_id,
                at=at,
                within_s=within_s,
                author_uri=author_uri,
            )

    def recall_outgoing(self, message_id: str) -> RecallResult | None:
        """The user took back a message they sent: its text and files go (None: unknown).
        The result names the attachments dropped, whose copies the caller removes."""
        with self._db.write() as connection:
            row = connection.execute(
                "SELECT id FROM messages WHERE direction = 'outgoing' AND message_id = ?",
                (message_id,),
            ).fetchone()
            if row is None:
                return None
            from jego_desktop.domain.incoming_messages import RecallResult

            dropped = _selected(connection, int(row["id"])).attachments
            return RecallResult(_recalled(connection, int(row["id"])), dropped)

    def delete(self, message_pks: Sequence[int]) -> list[str]:
        """Delete messages for the user; returns the attachment files (relative paths)
        that the caller removes after this returns."""
        with self._db.write() as connection:
            paths: list[str] = []
            for message_pk in message_pks:
                paths.extend(
                    str(row[0])
                    for row in connection.execute(
                        "SELECT local_path FROM attachments WHERE message_id = ?"
                        " AND local_path IS NOT NULL",
                        (message_pk,),
                    )
                )
                connection.execute("DELETE FROM messages WHERE id = ?", (message_pk,))
            return paths

    def find(self, conversation_id: int, message_id: str) -> Message | None:
        """A message of this conversation by its message id (either direction)."""
        with self._db.read() as connection:
            row = connection.execute(
                f"SELECT {MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ?"
                " AND message_id = ? ORDER BY id LIMIT 1",
                (conversation_id, message_id),
            ).fetchone()
            return None if row is None else messages_from_rows(connection, [row])[0]

    def get(self, message_pk: int) -> Message | None:
        with self._db.read() as connection:
            return select_message(connection, message_pk)

    def page(
        self, conversation_id: int, *, limit: int = 50, before: MessageCursor | None = None
    ) -> list[Message]:
        """The newest `limit` messages older than `before` (default: the newest), oldest first.

        Pass the first message's `cursor` as `before` to get the page before it.
        """
        position = (float("inf"), 0) if before is None else (before.created_at, before.id)
        with self._db.read() as connection:
            rows = connection.execute(
                f"SELECT {MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ?"
                " AND (created_at, id) < (?, ?) ORDER BY created_at DESC, id DESC LIMIT ?",
                (conversation_id, *position, limit),
            ).fetchall()
            return messages_from_rows(connection, rows[::-1])

    def outbox(self, account_key: str) -> list[Message]:
        """The account's PENDING outgoing messages, oldest first: the sending order.

        A message whose file is still being uploaded (or failed to be) waits outside.
        """
        with self._db.read() as connection:
            rows = connection.execute(
                # CROSS JOIN keeps messages as the outer loop, on the small outbox index;
                # left to itself the planner walks every message of the account.
                f"SELECT {_OUTBOX_COLUMNS} FROM messages AS m"
                " CROSS JOIN conversations AS c ON c.id = m.conversation_id"
                " WHERE m.direction = 'outgoing' AND m.state = 'pending'"
                " AND c.account_key = ? AND NOT EXISTS (SELECT 1 FROM attachments AS a"
                " WHERE a.message_id = m.id AND a.state IN ('uploading', 'failed'))"
                " ORDER BY m.created_at, m.id",
                (account_key,),
            ).fetchall()
            return messages_from_rows(connection, rows)

    def now(self) -> float:
        """The store's clock (epoch seconds): what mark_read stamps by default."""
        return self._db.now()

    def mark_read(self, conversation_id: int, *, at: float | None = None) -> list[str]:
        """Mark every unread incoming message DISPLAYED and clear the unread count.

        Returns the message ids whose sender asked for a display report, oldest first:
        the engine sends those reports after this returns.
        """
        at = self._db.now() if at is None else at
        with self._db.write() as connection:
            wanted = [
                str(row[0])
                for row in connection.execute(
                    # INDEXED BY: only the unread rows, not every incoming message
                    "SELECT message_id FROM messages INDEXED BY messages_unread"
                    " WHERE conversation_id = ?"
                    " AND direction = 'incoming' AND state = 'received'"
                    " AND wants_display_report = 1 ORDER BY created_at, id",
                    (conversation_id,),
                )
            ]
            connection.execute(
                "UPDATE messages INDEXED BY messages_unread"
                " SET state = 'displayed', displayed_at = ?"
                " WHERE conversation_id = ? AND direction = 'incoming' AND state = 'received'",
                (at, conversation_id),
            )
            connection.execute(
                "UPDATE conversations SET unread_count = 0 WHERE id = ?", (conversation_id,)
            )
            return wanted

    def complete_upload(self, message_pk: int, body: str, attachment: Attachment) -> Message:
        """An outgoing file message gets its MESSAGE body once the file is on the server."""
        _check_message("-", body, "-")
        if attachment.id is None:
            raise ValueError("the attachment was never stored")
        with self._db.write() as connection:
            connection.execute("UPDATE messages SET body = ? WHERE id = ?", (body, message_pk))
            if update_attachment_row(connection, attachment) == 0:
                raise NotFoundError(f"no attachment {attachment.id}")
            return _selected(connection, message_pk)

    def with_unfinished_transfers(self) -> list[Message]:
        """Messages whose attachment was uploading or downloading (when the app stopped)."""
        with self._db.read() as connection:
            rows = connection.execute(
                f"SELECT {MESSAGE_COLUMNS} FROM messages WHERE id IN (SELECT message_id"
                " FROM attachments WHERE state IN ('uploading', 'downloading'))"
            ).fetchall()
            return messages_from_rows(connection, rows)

    def update_attachment(self, attachment: Attachment) -> None:
        """Store new values (state, local path, size...) for a stored attachment."""
        if attachment.id is None:
            raise ValueError("the attachment was never stored")
        with self._db.write() as connection:
            if update_attachment_row(connection, attachment) == 0:
                raise NotFoundError(f"no attachment {attachment.id}")


def store_outgoing(
    connection: sqlite3.Connection,
    conversation_id: int,
    body: str,
    *,
    created_at: float,
    content_type: str = "text/plain",
    message_id: str | None = None,
    wants_display_report: bool = False,
    attachments: Sequence[Attachment] = (),
    reply_to: str = "",
) -> Message:
    """`MessageStore.insert_outgoing` inside the caller's transaction."""
    if message_id is None:
        import uuid  # ~3 ms at start otherwise, for the first message made here

        message_id = str(uuid.uuid4())
    _check_message(message_id, body, content_type)
    _require_conversation(connection, conversation_id)
    try:
        cursor = connection.execute(
            "INSERT INTO messages (conversation_id, direction, message_id, body,"
            " content_type, state, wants_display_report, created_at, search_text,"
            " reply_to) VALUES (?, 'outgoing', ?, ?, ?, 'pending', ?, ?, ?, ?)",
            (
                conversation_id,
                message_id,
                body,
                content_type,
                int(wants_display_report),
                created_at,
                _search_text(body, content_type),
                _checked_reply_to(reply_to),
            ),
        )
    except sqlite3.IntegrityError as error:
        raise DuplicateMessageError(f"message id {message_id!r} is used") from error
    message_pk = int(cursor.lastrowid or 0)
    insert_attachments(connection, message_pk, attachments)
    connection.execute(
        "UPDATE conversations SET last_activity_at = max(last_activity_at, ?) WHERE id = ?",
        (created_at, conversation_id),
    )
    return _selected(connection, message_pk)


def store_incoming(
    connection: sqlite3.Connection,
    conversation_id: int,
    message_id: str,
    body: str,
    *,
    received_at: float,
    content_type: str = "text/plain",
    sip_call_id: str | None = None,
    sent_at: float | None = None,
    wants_display_report: bool = False,
    attachments: Sequence[Attachment] = (),
    reply_to: str = "",
    author_uri: str = "",
) -> InsertResult:
    """`MessageStore.insert_incoming` inside the caller's transaction (which should be
    durable: the peer was told 200 OK)."""
    _check_message(message_id, body, content_type)
    _require_conversation(connection, conversation_id)
    created_at = arrival_time(connection, conversation_id, received_at, sent_at)
    cursor = connection.execute(
        "INSERT INTO messages (conversation_id, direction, message_id, sip_call_id,"
        " body, content_type, state, wants_display_report, created_at, sent_at,"
        " search_text, reply_to, author_uri)"
        " VALUES (?, 'incoming', ?, ?, ?, ?, 'received', ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (conversation_id, direction, message_id) DO NOTHING",
        (
            conversation_id,
            message_id,
            sip_call_id,
            body,
            content_type,
            int(wants_display_report),
            created_at,
            sent_at,
            _search_text(body, content_type),
            _checked_reply_to(reply_to),
            author_uri[:MAX_MESSAGE_ID_LENGTH],
        ),
    )
    if cursor.rowcount == 0:
        row = connection.execute(
            f"SELECT {MESSAGE_COLUMNS} FROM messages WHERE conversation_id = ?"
            " AND direction = 'incoming' AND message_id = ?",
            (conversation_id, message_id),
        ).fetchone()
        return InsertResult(messages_from_rows(connection, [row])[0], is_new=False)
    message_pk = int(cursor.lastrowid or 0)
    insert_attachments(connection, message_pk, attachments)
    connection.execute(
        "UPDATE conversations SET unread_count = unread_count + 1,"
        " last_activity_at = max(last_activity_at, ?) WHERE id = ?",
        (created_at, conversation_id),
    )
    return InsertResult(_selected(connection, message_pk), is_new=True)


def take_back_incoming(
    connection: sqlite3.Connection,
    conversation_id: int,
    message_id: str,
    *,
    at: float,
    within_s: float,
    author_uri: str | None = None,
) -> RecallResult | None:
    """`MessageStore.recall_incoming` inside the caller's transaction."""
    row = connection.execute(
        "SELECT id, created_at, content_type FROM messages WHERE conversation_id = ?"
        " AND direction = 'incoming' AND message_id = ?"
        " AND (? IS NULL OR author_uri = ?)",
        (conversation_id, message_id, author_uri, author_uri),
    ).fetchone()
    if row is None or row["content_type"] == RECALLED:
        return None
    if not 0 <= at - float(row["created_at"]) <= within_s:
        return None
    from jego_desktop.domain.incoming_messages import RecallResult

    dropped = _selected(connection, int(row["id"])).attachments
    return RecallResult(_recalled(connection, int(row["id"])), dropped)


def _recalled(connection: sqlite3.Connection, message_pk: int) -> Message:
    connection.execute(
        "UPDATE messages SET body = '', content_type = ?, search_text = '' WHERE id = ?",
        (RECALLED, message_pk),
    )
    connection.execute("DELETE FROM attachments WHERE message_id = ?", (message_pk,))
    return _selected(connection, message_pk)


def _checked_reply_to(reply_to: str) -> str:
    if len(reply_to) > MAX_MESSAGE_ID_LENGTH:
        raise ValueError(f"a message id has at most {MAX_MESSAGE_ID_LENGTH} characters")
    return reply_to


def _check_message(message_id: str, body: str, content_type: str) -> None:
    if not message_id or len(message_id) > MAX_MESSAGE_ID_LENGTH:
        raise ValueError(f"a message id has 1 to {MAX_MESSAGE_ID_LENGTH} characters")
    if not content_type:
        raise ValueError("a message needs a content type")
    size = len(body.encode("utf-8"))
    if size > MAX_BODY_BYTES:
        raise MessageTooLargeError(
            reason("the message has %1 bytes; at most %2 can be stored", size, MAX_BODY_BYTES)
        )


def _search_text(body: str, content_type: str) -> str:
    """What the search index sees: the folded body of text messages, nothing for others."""
    return fold(body) if content_type.lower().startswith("text/") else ""


def _require_conversation(connection: sqlite3.Connection, conversation_id: int) -> None:
    found = connection.execute(
        "SELECT 1 FROM conversations WHERE id = ?", (conversation_id,)
    ).fetchone()
    if found is None:
        raise NotFoundError(f"no conversation {conversation_id}")


def _selected(connection: sqlite3.Connection, message_pk: int) -> Message:
    message = select_message(connection, message_pk)
    if message is None:  # only if the row vanished inside our own transaction
        raise NotFoundError(f"no message {message_pk}")
    return message


def _sent_to(
    connection: sqlite3.Connection, message_id: str, account_key: str, peer_uri: str
) -> sqlite3.Row | None:
    """The outgoing message with this id, if it went to this peer."""
    return cast(
        "sqlite3.Row | None",
        connection.execute(
            f"SELECT {MESSAGE_COLUMNS} FROM messages WHERE direction = 'outgoing'"
            " AND message_id = ? AND conversation_id = (SELECT id FROM conversations"
            " WHERE account_key = ? AND peer_uri = ?)",
            (message_id, account_key, normalise_peer_uri(peer_uri)),
        ).fetchone(),
    )


def _sent_as_call(
    connection: sqlite3.Connection, sip_call_id: str, account_key: str, peer_uri: str
) -> sqlite3.Row | None:
    """The outgoing message to this peer whose MESSAGE had this SIP Call-ID (the newest,
    should a Call-ID ever be used twice); read through the conversation's time index."""
    return cast(
        "sqlite3.Row | None",
        connection.execute(
            f"SELECT {MESSAGE_COLUMNS} FROM messages WHERE direction = 'outgoing'"
            " AND sip_call_id = ? AND conversation_id = (SELECT id FROM conversations"
            " WHERE account_key = ? AND peer_uri = ?) ORDER BY id DESC LIMIT 1",
            (sip_call_id, account_key, normalise_peer_uri(peer_uri)),
        ).fetchone(),
    )
