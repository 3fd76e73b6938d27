"""Schema versions: every older version upgrades to the latest and keeps its data."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from jego_desktop.domain.accounts import DIRECT_ACCOUNT_KEY
from jego_desktop.domain.calls import CallDirection
from jego_desktop.domain.messages import AttachmentState, MessageDirection, MessageState
from jego_desktop.store.accounts import AccountStore
from jego_desktop.store.auto_downloads import AutoDownloads, SenderUse
from jego_desktop.store.calls import CallHistory
from jego_desktop.store.contacts import ContactStore
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.errors import DatabaseTooNewError
from jego_desktop.store.groups import GroupStore
from jego_desktop.store.messages import MessageStore
from jego_desktop.store.migrations import LATEST_VERSION, STEPS, migrate, schema_version
from jego_desktop.store.peer_formats import PeerFormats
from jego_desktop.store.search import MessageSearch


def rows_at_v1(connection: sqlite3.Connection) -> None:
    """Rows as version 1 wrote them, in version 1's SQL (the API follows the latest)."""
    connection.executescript(
        """
        INSERT INTO accounts (key, number, server, transport, username, display_name, srtp,
            register_expires, settings, created_at)
        VALUES ('1001@pbx.example.com', '1001', 'pbx.example.com', 'tls', '', 'Desk',
            'mandatory', 600, '{"ring": "bell"}', 1);
        INSERT INTO contacts (id, display_name, sip_uri, favourite, notes, search_text,
            created_at, updated_at)
        VALUES (7, 'Zoé Martin', 'sip:zoe@example.com', 1, 'met in Lyon', 'zoe martin', 1, 1);
        INSERT INTO contact_phones (contact_id, position, number, label, digits)
        VALUES (7, 0, '+33 6 12 34 56 78', 'cell', '+33612345678');
        INSERT INTO conversations (id, account_key, peer_uri, title, unread_count,
            last_activity_at, created_at)
        VALUES (3, '1001@pbx.example.com', 'sip:zoe@example.com', '', 1, 20, 10);
        INSERT INTO messages (id, conversation_id, direction, message_id, body, content_type,
            state, wants_display_report, created_at, search_text)
        VALUES (11, 3, 'incoming', 'imdn-1', '你好世界，Café!', 'text/plain', 'received', 1,
            20, '你好世界，cafe!');
        INSERT INTO messages (id, conversation_id, direction, message_id, body, content_type,
            state, created_at, sent_at, search_text)
        VALUES (12, 3, 'outgoing', 'uuid-2', 'see you', 'text/plain', 'sent', 15, 16,
            'see you');
        INSERT INTO attachments (message_id, position, file_name, content_type, size,
            local_path, state, duration)
        VALUES (11, 0, 'voice.ogg', 'audio/ogg', 1234, 'files/voice.ogg', 'available', 3.5);
        INSERT INTO calls (call_id, account_key, direction, peer, started_at, answered_at,
            ended_at, reason, missed)
        VALUES ('call-1', '1001@pbx.example.com', 'incoming', 'sip:zoe@example.com', 5, NULL,
            9, 'no answer', 1);
        INSERT INTO calls (call_id, account_key, direction, peer, started_at, answered_at,
            ended_at, reason, missed)
        VALUES ('call-2', '', 'outgoing', 'sip:bob@192.0.2.7', 6, 7, 8, 'ended', 0);
        """
    )


def kept_from_v1(database: Database) -> None:
    account = AccountStore(database).get("1001@pbx.example.com")
    assert account is not None
    assert (account.display_name, account.register_expires) == ("Desk", 600)
    assert AccountStore(database).settings(account.key) == {"ring": "bell"}
    [contact] = ContactStore(database).search("zoe")
    assert contact.id == 7
    assert contact.phones[0].number == "+33 6 12 34 56 78"
    assert ContactStore(database).search("612345") == [contact]
    [summary] = ConversationStore(database).summaries()
    assert summary.conversation.unread_count == 1
    page = MessageStore(database).page(summary.conversation.id)
    assert [(m.message_id, m.direction, m.state) for m in page] == [
        ("uuid-2", MessageDirection.OUTGOING, MessageState.SENT),
        ("imdn-1", MessageDirection.INCOMING, MessageState.RECEIVED),
    ]
    assert page[1].attachments[0].state is AttachmentState.AVAILABLE
    assert [m.id for m in MessageSearch(database).search("好世界")] == [11]
    assert [m.id for m in MessageSearch(database).search("CAFE")] == [11]
    [call] = CallHistory(database).recent(account_key="1001@pbx.example.com")
    assert call.record.direction is CallDirection.INCOMING
    assert call.missed
    # up to version 4, a direct IP call was filed under '' (the engine's old key)
    [direct] = CallHistory(database).recent(account_key=DIRECT_ACCOUNT_KEY)
    assert direct.record.call_id == "call-2"
    assert CallHistory(database).called(DIRECT_ACCOUNT_KEY, "sip:bob@192.0.2.7")
    assert CallHistory(database).recent(account_key="") == []
    # the upgraded database still works as a new one does
    assert MessageStore(database).mark_read(summary.conversation.id) == ["imdn-1"]


def rows_at_v2(connection: sqlite3.Connection) -> None:
    rows_at_v1(connection)
    connection.execute(
        "INSERT INTO auto_downloads (attachment_id, conversation_id, bytes, started_at)"
        " VALUES (1, 3, 1234, 20)"
    )


def kept_from_v2(database: Database) -> None:
    kept_from_v1(database)
    downloads = AutoDownloads(database)
    assert downloads.sender_use(3, since=0) == SenderUse(1, 1234)
    [removable] = downloads.removable()
    assert (removable.attachment_id, removable.local_path) == (1, "files/voice.ogg")


def rows_at_v3(connection: sqlite3.Connection) -> None:
    rows_at_v2(connection)
    connection.execute(
        "INSERT INTO peer_formats (account_key, peer_uri, speaks_cpim, learned_at)"
        " VALUES ('alice@x', 'sip:bob@x', 1, 30)"
    )


def kept_from_v3(database: Database) -> None:
    kept_from_v2(database)
    assert PeerFormats(database).speaks_cpim("alice@x", "sip:bob@x") is True
    assert PeerFormats(database).speaks_cpim("alice@x", "sip:carol@x") is None


def rows_with_replies(connection: sqlite3.Connection) -> None:
    rows_at_v3(connection)
    connection.execute("UPDATE messages SET reply_to = 'imdn-1' WHERE id = 12")


def kept_with_replies(database: Database) -> None:
    kept_from_v3(database)
    [reply] = [m for m in MessageStore(database).page(3) if m.reply_to]
    quote = reply.quote
    assert quote is not None and (quote.message_pk, quote.file_name) == (11, "voice.ogg")


def rows_with_direct_key(connection: sqlite3.Connection) -> None:
    rows_with_replies(connection)
    connection.execute("UPDATE calls SET account_key = 'direct' WHERE account_key = ''")


def rows_with_groups(connection: sqlite3.Connection) -> None:
    rows_with_direct_key(connection)
    connection.executescript(
        """
        INSERT INTO groups (id, account_key, name, version, status, invited_by,
            conversation_id, created_at)
        VALUES ('0123456789abcdef0123456789abcdef', '1001@pbx.example.com', 'Family', 3,
            'invited', 'sip:zoe@example.com', NULL, 30);
        INSERT INTO group_members (group_id, position, member_uri, seen_version)
        VALUES ('0123456789abcdef0123456789abcdef', 0, 'sip:zoe@example.com', 3);
        UPDATE messages SET author_uri = 'sip:zoe@example.com' WHERE id = 11;
        """
    )


def kept_with_groups(database: Database) -> None:
    kept_with_replies(database)
    group = GroupStore(database).get("0123456789abcdef0123456789abcdef")
    assert group is not None
    assert (group.name, group.version, group.members) == ("Family", 3, ("sip:zoe@example.com",))
    assert group.conversation_id == 0  # an invitation: nothing shown yet
    assert [m.author_uri for m in MessageStore(database).page(3) if m.id == 11] == [
        "sip:zoe@example.com"
    ]


# For each version: rows written at that version, and the check that they survived.
VERSIONS: dict[int, tuple[Callable[[sqlite3.Connection], None], Callable[[Database], None]]] = {
    1: (rows_at_v1, kept_from_v1),
    2: (rows_at_v2, kept_from_v2),
    3: (rows_at_v3, kept_from_v3),
    4: (rows_with_replies, kept_with_replies),  # v004_replies
    5: (rows_with_direct_key, kept_with_replies),  # v005_direct_call_key
    6: (rows_with_groups, kept_with_groups),  # v006_groups
}


def create_at(path: Path, version: int) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        migrate(connection, target=version)
        if version:
            VERSIONS[version][0](connection)
        assert schema_version(connection) == version
    finally:
        connection.close()


def schema_of(path: Path) -> list[tuple[str, str]]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%'"
        )
        return sorted(rows.fetchall())
    finally:
        connection.close()


def test_every_version_has_rows_to_upgrade() -> None:
    assert set(VERSIONS) == set(range(1, LATEST_VERSION + 1))


@pytest.mark.parametrize("version", range(LATEST_VERSION + 1))
def test_upgrading_from_every_version_keeps_the_data(tmp_path: Path, version: int) -> None:
    path = tmp_path / "old.sqlite3"
    create_at(path, version)

    with Database.open(path) as database:
        assert database.schema_version == LATEST_VERSION
        if version:
            VERSIONS[version][1](database)
    fresh = tmp_path / "fresh.sqlite3"
    Database.open(fresh).close()
    assert schema_of(path) == schema_of(fresh)


ADD_NICKNAME = "ALTER TABLE contacts ADD COLUMN nickname TEXT NOT NULL DEFAULT '';"
BROKEN = "ALTER TABLE contacts ADD COLUMN broken TEXT; SELECT no_such_function();"


def columns(connection: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in connection.execute(f"PRAGMA table_info({table})")]


def test_a_next_version_is_a_small_addition(tmp_path: Path) -> None:
    path = tmp_path / "jego.sqlite3"
    create_at(path, LATEST_VERSION)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        assert migrate(connection, steps=(*STEPS, ADD_NICKNAME)) == LATEST_VERSION + 1
        assert "nickname" in columns(connection, "contacts")
        assert connection.execute("SELECT display_name FROM contacts").fetchall() == [
            ("Zoé Martin",)
        ]
    finally:
        connection.close()


def test_each_step_is_its_own_transaction(tmp_path: Path) -> None:
    path = tmp_path / "jego.sqlite3"
    create_at(path, LATEST_VERSION)
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        with pytest.raises(sqlite3.OperationalError, match="no_such_function"):
            migrate(connection, steps=(*STEPS, ADD_NICKNAME, BROKEN))
        assert schema_version(connection) == LATEST_VERSION + 1  # the good step stayed
        assert not connection.in_transaction
        assert "broken" not in columns(connection, "contacts")  # the bad one left nothing
        assert connection.execute("SELECT count(*) FROM messages").fetchone()[0] == 2
    finally:
        connection.close()


def test_a_database_from_a_newer_app_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "jego.sqlite3"
    create_at(path, LATEST_VERSION)
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    connection.close()
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    with pytest.raises(DatabaseTooNewError, match=f"version {LATEST_VERSION + 1}"):
        Database.open(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_no_table_has_a_password_column(db: Database) -> None:
    with db.read() as connection:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master")]
        names = [f"{table}.{column}" for table in tables for column in columns(connection, table)]
    assert "accounts.number" in names
    assert [name for name in names if any(word in name for word in ("pass", "secret", "pwd"))] == []
