"""Groups, their members and each outgoing group message's state per member."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from jego_desktop.domain.group_rules import LastChange
from jego_desktop.domain.groups import (
    GROUP_EVENT_CONTENT_TYPE,
    Group,
    GroupReceipts,
    GroupStatus,
    group_peer,
)
from jego_desktop.domain.messages import Message, MessageState
from jego_desktop.domain.reasons import reason
from jego_desktop.store.conversations import conversation_with, save_title
from jego_desktop.store.database import Database
from jego_desktop.store.errors import GroupChangedError
from jego_desktop.store.group_held import (
    HeldMessage,
    drop_held_messages,
    hold_message,
    load_held,
    release_held,
    store_held,
)
from jego_desktop.store.messages import store_outgoing

__all__ = ["ChangeLine", "GroupStore", "HeldMessage"]

_COLUMNS = "id, account_key, name, version, status, invited_by, conversation_id"
_DELIVERY_RANK = {"failed": -1, "pending": 0, "sent": 1, "delivered": 2, "displayed": 3}


@dataclass(frozen=True)
class ChangeLine:
    """The group event line telling the members of the user's change (`body`, the
    event's JSON), made by `by`; `prior_members` were the members before it."""

    body: str
    message_id: str
    by: str
    prior_members: tuple[str, ...]
    recipients: tuple[str, ...]


class GroupStore:
    """Thread-safe like every store: the sink uses it on the engine thread."""

    def __init__(self, database: Database) -> None:
        self._db = database

    @property
    def database(self) -> Database:
        return self._db

    # ----- groups ---------------------------------------------------------------------

    def get(self, group_id: str) -> Group | None:
        with self._db.read() as connection:
            return _group(connection, "id = ?", (group_id,))

    def by_conversation(self, conversation_id: int) -> Group | None:
        with self._db.read() as connection:
            return _group(connection, "conversation_id = ?", (conversation_id,))

    def all(self, account_key: str | None = None) -> list[Group]:
        with self._db.read() as connection:
            rows = connection.execute(
                f"SELECT {_COLUMNS} FROM groups WHERE ? IS NULL OR account_key = ?"
                " ORDER BY created_at",
                (account_key, account_key),
            ).fetchall()
            return [_from_row(connection, row) for row in rows]

    def save(self, group: Group, *, expected: Group | None = None) -> Group:
        """Insert or replace the group and its member list (seen versions are kept).

        With `expected` (the group as the caller read it), the group is written only if
        the stored one is still exactly that, else `GroupChangedError` and nothing is
        written: the caller reads it again and applies its change to what is there.
        """
        with self._db.write() as connection:
            if expected is not None:
                check_unchanged(connection, expected)
            save_group(connection, group, self._db.now())
            found = _group(connection, "id = ?", (group.id,))
            assert found is not None
            return found

    def save_change(
        self, group: Group, line: ChangeLine, *, expected: Group | None = None
    ) -> tuple[Group, Message]:
        """The user's change in one transaction: the group (compared with `expected` as
        `save` does), its conversation (made, or brought back after the user deleted
        it, when `group` has none) and its title, the outgoing event line, the group's
        last change and the line's copy per recipient, pending. A new group is a change
        with no `expected`."""
        with self._db.write() as connection:
            if expected is not None:
                check_unchanged(connection, expected)
            now = self._db.now()
            with_conversation = _with_conversation(connection, group, now)
            if with_conversation != group or expected is None or expected.name != group.name:
                save_title(connection, with_conversation.conversation_id, group.name)
            group = with_conversation
            save_group(connection, group, now)
            message = store_outgoing(
                connection,
                group.conversation_id,
                line.body,
                created_at=now,
                content_type=GROUP_EVENT_CONTENT_TYPE,
                message_id=line.message_id,
            )
            change = LastChange(line.by, message.message_id, line.prior_members)
            save_last_change(connection, group.id, change)
            add_deliveries(connection, message.id, line.recipients)
            saved = load_group(connection, group.id)
            assert saved is not None
            return saved, message

    def join(
        self, group: Group, line: HeldMessage, *, expected: Group
    ) -> tuple[Group, list[Message]]:
        """The user accepts the invitation `expected` (compared as `save` does), in one
        transaction: `group` (a member now) with its conversation and title, the `line`
        telling who added the user, then the messages held meanwhile, in their order;
        (the group saved, the messages newly shown)."""
        with self._db.write() as connection:
            check_unchanged(connection, expected)
            now = self._db.now()
            group = _with_conversation(connection, group, now)
            save_title(connection, group.conversation_id, group.name)
            save_group(connection, group, now)
            added = store_held(connection, group.conversation_id, line, now)
            shown = [added] if added is not None else []
            shown += release_held(connection, group.id, group.conversation_id, now)
            saved = load_group(connection, group.id)
            assert saved is not None
            return saved, shown

    def decline(self, group: Group, *, expected: Group) -> Group:
        """The user declines the invitation `expected`: `group` is saved (compared as
        `save` does) and the messages held for it dropped, in one transaction."""
        with self._db.write() as connection:
            check_unchanged(connection, expected)
            save_group(connection, group, self._db.now())
            drop_held_messages(connection, group.id)
            saved = load_group(connection, group.id)
            assert saved is not None
            return saved

    def delete(self, group_id: str) -> None:
        """The group, its members, held messages and last change (its conversation, if
        any, stays)."""
        with self._db.write() as connection:
            delete_group(connection, group_id)

    def invitations(self, account_key: str, inviter: str | None = None) -> int:
        """How many invitations wait on this account (from this inviter)."""
        with self._db.read() as connection:
            return count_invitations(connection, account_key, inviter)

    def invited_ids(self) -> set[str]:
        """The groups whose invitation waits, on every account."""
        with self._db.read() as connection:
            return {
                str(row[0])
                for row in connection.execute("SELECT id FROM groups WHERE status = 'invited'")
            }

    def shares_group(self, account_key: str, peer_uri: str) -> bool:
        """The peer is a member of a group the user is in on this account."""
        with self._db.read() as connection:
            row = connection.execute(
                "SELECT 1 FROM group_members AS m JOIN groups AS g ON g.id = m.group_id"
                " WHERE g.account_key = ? AND g.status = 'member' AND m.member_uri = ? LIMIT 1",
                (account_key, peer_uri),
            ).fetchone()
            return row is not None

    def seen_versions(self, group_id: str) -> dict[str, int]:
        """The version each member's last message held (0: none seen)."""
        with self._db.read() as connection:
            return {
                str(row[0]): int(row[1])
                for row in connection.execute(
                    "SELECT member_uri, seen_version FROM group_members WHERE group_id = ?",
                    (group_id,),
                )
            }

    def saw_version(self, group_id: str, member_uri: str, version: int) -> None:
        with self._db.write() as connection:
            save_seen_version(connection, group_id, member_uri, version)

    def last_change(self, group_id: str) -> LastChange:
        with self._db.read() as connection:
            return load_last_change(connection, group_id)

    def set_last_change(self, group_id: str, change: LastChange) -> None:
        with self._db.write() as connection:
            save_last_change(connection, group_id, change)

    # ----- messages held while an invitation waits --------------------------------

    def hold(self, group_id: str, held: HeldMessage) -> bool:
        """Keep a message of a waiting invitation (the newest MAX_HELD_PER_GROUP); False
        when it is too large to be held or was held already."""
        with self._db.write() as connection:
            return hold_message(connection, group_id, held)

    def held(self, group_id: str) -> list[HeldMessage]:
        """The held messages, oldest first."""
        with self._db.read() as connection:
            return load_held(connection, group_id)

    # ----- deliveries -----------------------------------------------------------------

    def add_deliveries(self, message_pk: int, members: Sequence[str]) -> None:
        with self._db.write() as connection:
            add_deliveries(connection, message_pk, members)

    def has_deliveries(self, message_pk: int) -> bool:
        with self._db.read() as connection:
            row = connection.execute(
                "SELECT 1 FROM group_deliveries WHERE message_pk = ? LIMIT 1", (message_pk,)
            ).fetchone()
            return row is not None

    def is_group_message(self, message_id: str) -> bool:
        """An outgoing message of ours that went to a group's members."""
        with self._db.read() as connection:
            row = connection.execute(
                "SELECT 1 FROM group_deliveries AS d JOIN messages AS m ON m.id = d.message_pk"
                " WHERE m.message_id = ? AND m.direction = 'outgoing' LIMIT 1",
                (message_id,),
            ).fetchone()
            return row is not None

    def deliveries(self, message_pk: int) -> dict[str, str]:
        """Member -> state ('pending', 'sent', 'delivered', 'displayed', 'failed')."""
        with self._db.read() as connection:
            return {
                str(row[0]): str(row[1])
                for row in connection.execute(
                    "SELECT member_uri, state FROM group_deliveries WHERE message_pk = ?",
                    (message_pk,),
                )
            }

    def retry_failed(self, message_pk: int) -> int:
        """Failed copies go back to pending; how many."""
        with self._db.write() as connection:
            return connection.execute(
                "UPDATE group_deliveries SET state = 'pending', failure_reason = ''"
                " WHERE message_pk = ? AND state = 'failed'",
                (message_pk,),
            ).rowcount

    def update_delivery(
        self, message_id: str, member_uri: str, state: MessageState, reason: str = ""
    ) -> int | None:
        """Apply a report on one member's copy; the message's pk when the report was
        about a group message of ours (changed or not), else None. States only move
        forward, except that a delivery or display report after a failure is applied."""
        with self._db.write() as connection:
            row = connection.execute(
                "SELECT d.message_pk, d.state FROM group_deliveries AS d JOIN messages AS m"
                " ON m.id = d.message_pk WHERE m.message_id = ? AND m.direction = 'outgoing'"
                " AND d.member_uri = ?",
                (message_id, member_uri),
            ).fetchone()
            if row is None:
                return None
            current, new = str(row["state"]), state.value
            if _moves_forward(current, new):
                connection.execute(
                    "UPDATE group_deliveries SET state = ?, failure_reason = ?"
                    " WHERE message_pk = ? AND member_uri = ?",
                    (new, reason, row["message_pk"], member_uri),
                )
            return int(row["message_pk"])

    def summary_state(self, message_pk: int) -> tuple[MessageState | None, str]:
        """The state the message as a whole has reached (None: copies still pending),
        and for FAILED the members it did not reach."""
        states = self.deliveries(message_pk)
        if not states or "pending" in states.values():
            return None, ""
        failed = sorted(member for member, state in states.items() if state == "failed")
        if failed:
            return MessageState.FAILED, reason("not sent to %1", ", ".join(failed))
        lowest = min(states.values(), key=_DELIVERY_RANK.__getitem__)
        return MessageState(lowest), ""

    def receipts(self, message_id: str) -> GroupReceipts | None:
        with self._db.read() as connection:
            rows = connection.execute(
                "SELECT d.state FROM group_deliveries AS d JOIN messages AS m"
                " ON m.id = d.message_pk WHERE m.message_id = ? AND m.direction = 'outgoing'",
                (message_id,),
            ).fetchall()
        if not rows:
            return None
        states = [str(row[0]) for row in rows]
        return GroupReceipts(
            members=len(states),
            delivered=sum(state in ("delivered", "displayed") for state in states),
            read=states.count("displayed"),
        )

    def pending(self, account_key: str) -> list[tuple[int, str]]:
        """(message pk, member) of every copy waiting to go, oldest message first."""
        with self._db.read() as connection:
            return [
                (int(row[0]), str(row[1]))
                for row in connection.execute(
                    "SELECT d.message_pk, d.member_uri FROM group_deliveries AS d"
                    " JOIN messages AS m ON m.id = d.message_pk"
                    " JOIN conversations AS c ON c.id = m.conversation_id"
                    " WHERE d.state = 'pending' AND c.account_key = ?"
                    " ORDER BY m.created_at, m.id",
                    (account_key,),
                )
            ]


def save_group(connection: sqlite3.Connection, group: Group, now: float) -> None:
    """Insert or update the group's row and member list inside the caller's transaction."""
    connection.execute(
        "INSERT INTO groups (id, account_key, name, version, status, invited_by,"
        " conversation_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET name = excluded.name, version = excluded.version,"
        " status = excluded.status, invited_by = excluded.invited_by,"
        " conversation_id = excluded.conversation_id",
        (
            group.id,
            group.account_key,
            group.name,
            group.version,
            group.status.value,
            group.invited_by,
            group.conversation_id or None,
            now,
        ),
    )
    seen = dict(
        connection.execute(
            "SELECT member_uri, seen_version FROM group_members WHERE group_id = ?", (group.id,)
        ).fetchall()
    )
    connection.execute("DELETE FROM group_members WHERE group_id = ?", (group.id,))
    connection.executemany(
        "INSERT INTO group_members (group_id, position, member_uri, seen_version)"
        " VALUES (?, ?, ?, ?)",
        [
            (group.id, position, member, seen.get(member, 0))
            for position, member in enumerate(group.members)
        ],
    )


def load_group(connection: sqlite3.Connection, group_id: str) -> Group | None:
    return _group(connection, "id = ?", (group_id,))


def check_unchanged(connection: sqlite3.Connection, expected: Group) -> None:
    """Raise `GroupChangedError` unless the stored group is `expected`, all of it: a
    change of the same version replaces the members without a new version."""
    if load_group(connection, expected.id) != expected:
        raise GroupChangedError(f"group {expected.id} changed since it was read")


def delete_group(connection: sqlite3.Connection, group_id: str) -> None:
    connection.execute("DELETE FROM groups WHERE id = ?", (group_id,))


def count_invitations(
    connection: sqlite3.Connection, account_key: str, inviter: str | None = None
) -> int:
    row = connection.execute(
        "SELECT count(*) FROM groups WHERE account_key = ? AND status = 'invited'"
        " AND (? IS NULL OR invited_by = ?)",
        (account_key, inviter, inviter),
    ).fetchone()
    return int(row[0])


def save_seen_version(
    connection: sqlite3.Connection, group_id: str, member_uri: str, version: int
) -> None:
    connection.execute(
        "UPDATE group_members SET seen_version = ? WHERE group_id = ? AND member_uri = ?",
        (version, group_id, member_uri),
    )


def load_last_change(connection: sqlite3.Connection, group_id: str) -> LastChange:
    row = connection.execute(
        "SELECT change_by, change_id, change_prior FROM groups WHERE id = ?", (group_id,)
    ).fetchone()
    if row is None:
        return LastChange()
    return LastChange(str(row[0]), str(row[1]), tuple(str(row[2]).split()))


def save_last_change(connection: sqlite3.Connection, group_id: str, change: LastChange) -> None:
    connection.execute(
        "UPDATE groups SET change_by = ?, change_id = ?, change_prior = ? WHERE id = ?",
        (change.by, change.event_id, " ".join(change.prior_members), group_id),
    )


def add_deliveries(connection: sqlite3.Connection, message_pk: int, members: Sequence[str]) -> None:
    connection.executemany(
        "INSERT INTO group_deliveries (message_pk, member_uri, state) VALUES (?, ?,"
        " 'pending') ON CONFLICT (message_pk, member_uri) DO NOTHING",
        [(message_pk, member) for member in members],
    )


def _moves_forward(current: str, new: str) -> bool:
    if new == "failed":
        return current in ("pending", "sent")
    if current == "failed":
        return new in ("delivered", "displayed")
    return _DELIVERY_RANK.get(new, -2) > _DELIVERY_RANK.get(current, 9)


def _with_conversation(connection: sqlite3.Connection, group: Group, now: float) -> Group:
    """The group with its conversation, made again if the user deleted it."""
    if group.conversation_id:
        return group
    conversation = conversation_with(connection, group.account_key, group_peer(group.id), now)
    return dataclasses.replace(group, conversation_id=conversation.id)


def _group(
    connection: sqlite3.Connection, where: str, parameters: tuple[object, ...]
) -> Group | None:
    row = connection.execute(f"SELECT {_COLUMNS} FROM groups WHERE {where}", parameters).fetchone()
    return None if row is None else _from_row(connection, row)


def _from_row(connection: sqlite3.Connection, row: sqlite3.Row) -> Group:
    members = tuple(
        str(member[0])
        for member in connection.execute(
            "SELECT member_uri FROM group_members WHERE group_id = ? ORDER BY position",
            (row["id"],),
        )
    )
    return Group(
        id=row["id"],
        account_key=row["account_key"],
        name=row["name"],
        members=members,
        version=int(row["version"]),
        status=GroupStatus(row["status"]),
        invited_by=row["invited_by"],
        conversation_id=int(row["conversation_id"] or 0),
    )
