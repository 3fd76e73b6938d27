"""The address book: contacts with their numbers, searched by name or by number."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Sequence

from jego_desktop.domain.contacts import Contact, PhoneNumber
from jego_desktop.domain.text_search import fold
from jego_desktop.store.database import Database
from jego_desktop.store.errors import NotFoundError

_COLUMNS = (
    "id, display_name, given_name, family_name, organization, sip_uri, email, favourite, notes"
)
_NOT_DIALABLE = re.compile(r"[^0-9+*#]")
_DIGITS_QUERY = re.compile(r"^\+?[0-9]{2,}$")
_SEPARATORS = re.compile(r"[\s\-.()/]")
_MAX_IDS_PER_QUERY = 500


class ContactStore:
    """Contacts, ordered by name. Searching matches any part of a name, organisation,
    address or number, ignoring case and accents."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def add(self, contact: Contact) -> Contact:
        return self.add_many([contact])[0]

    def add_many(self, contacts: Sequence[Contact]) -> list[Contact]:
        """Store every contact in one transaction: all of them, or none on any error."""
        for contact in contacts:
            _check(contact)
        now = self._db.now()
        with self._db.write() as connection:
            contact_ids = []
            for contact in contacts:
                cursor = connection.execute(
                    "INSERT INTO contacts (display_name, given_name, family_name, organization,"
                    " sip_uri, email, favourite, notes, search_text, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*_values(contact), now, now),
                )
                contact_id = int(cursor.lastrowid or 0)
                _insert_phones(connection, contact_id, contact.phones)
                contact_ids.append(contact_id)
            return _select(connection, contact_ids)

    def get(self, contact_id: int) -> Contact | None:
        with self._db.read() as connection:
            found = _select(connection, [contact_id])
        return found[0] if found else None

    def update(self, contact: Contact) -> Contact:
        """Replace every field (and the numbers) of a stored contact."""
        _check(contact)
        if contact.id is None:
            raise ValueError("the contact was never stored")
        with self._db.write() as connection:
            cursor = connection.execute(
                "UPDATE contacts SET display_name = ?, given_name = ?, family_name = ?,"
                " organization = ?, sip_uri = ?, email = ?, favourite = ?, notes = ?,"
                " search_text = ?, updated_at = ? WHERE id = ?",
                (*_values(contact), self._db.now(), contact.id),
            )
            if cursor.rowcount == 0:
                raise NotFoundError(f"no contact {contact.id}")
            connection.execute("DELETE FROM contact_phones WHERE contact_id = ?", (contact.id,))
            _insert_phones(connection, contact.id, contact.phones)
            return _select(connection, [contact.id])[0]

    def delete(self, contact_id: int) -> bool:
        with self._db.write() as connection:
            cursor = connection.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))
            return cursor.rowcount > 0

    def all(self, *, favourites_only: bool = False) -> list[Contact]:
        with self._db.read() as connection:
            ids = connection.execute(
                "SELECT id FROM contacts WHERE favourite = 1 OR ? = 0 ORDER BY search_text, id",
                (int(favourites_only),),
            ).fetchall()
            return _select(connection, [int(row[0]) for row in ids])

    def search(self, text: str, *, limit: int = 50) -> list[Contact]:
        """Contacts whose name, organisation, address or e-mail contains every word of
        `text`, or one of whose numbers contains the digits typed."""
        words = fold(text).split()
        if not words:
            return []
        compact = _SEPARATORS.sub("", text)
        digits = compact.lstrip("+") if _DIGITS_QUERY.match(compact) else None
        by_name = " AND ".join("instr(c.search_text, ?) > 0" for _ in words)
        with self._db.read() as connection:
            ids = connection.execute(
                f"SELECT c.id FROM contacts AS c WHERE ({by_name}) OR (? IS NOT NULL AND"
                " EXISTS (SELECT 1 FROM contact_phones AS p"
                "   WHERE p.contact_id = c.id AND instr(p.digits, ?) > 0))"
                " ORDER BY c.search_text, c.id LIMIT ?",
                (*words, digits, digits, limit),
            ).fetchall()
            return _select(connection, [int(row[0]) for row in ids])


def dialable_digits(number: str) -> str:
    """'+33 6 12-34' -> '+3361234'; '0033 6…' -> '+336…'."""
    digits = _NOT_DIALABLE.sub("", number)
    return "+" + digits[2:] if digits.startswith("00") else digits


def _check(contact: Contact) -> None:
    if not contact.display_name.strip():
        raise ValueError("a contact needs a name")


def _values(contact: Contact) -> tuple[str, str, str, str, str, str, int, str, str]:
    searchable = (
        contact.display_name,
        contact.given_name,
        contact.family_name,
        contact.organization,
        contact.sip_uri,
        contact.email,
    )
    return (
        contact.display_name,
        contact.given_name,
        contact.family_name,
        contact.organization,
        contact.sip_uri,
        contact.email,
        int(contact.favourite),
        contact.notes,
        fold("\n".join(searchable)),
    )


def _insert_phones(
    connection: sqlite3.Connection, contact_id: int, phones: Sequence[PhoneNumber]
) -> None:
    for position, phone in enumerate(phones):
        connection.execute(
            "INSERT INTO contact_phones (contact_id, position, number, label, digits)"
            " VALUES (?, ?, ?, ?, ?)",
            (contact_id, position, phone.number, phone.label, dialable_digits(phone.number)),
        )


def _select(connection: sqlite3.Connection, contact_ids: Sequence[int]) -> list[Contact]:
    """The contacts with these ids, in this order, with their numbers."""
    rows: dict[int, sqlite3.Row] = {}
    phones: dict[int, list[PhoneNumber]] = {}
    for start in range(0, len(contact_ids), _MAX_IDS_PER_QUERY):
        chunk = contact_ids[start : start + _MAX_IDS_PER_QUERY]
        marks = ", ".join("?" * len(chunk))
        for row in connection.execute(
            f"SELECT {_COLUMNS} FROM contacts WHERE id IN ({marks})", chunk
        ):
            rows[int(row["id"])] = row
        for row in connection.execute(
            "SELECT contact_id, number, label FROM contact_phones"
            f" WHERE contact_id IN ({marks}) ORDER BY contact_id, position",
            chunk,
        ):
            phones.setdefault(int(row["contact_id"]), []).append(
                PhoneNumber(row["number"], row["label"])
            )
    return [
        _contact(rows[contact_id], tuple(phones.get(contact_id, ())))
        for contact_id in contact_ids
        if contact_id in rows
    ]


def _contact(row: sqlite3.Row, phones: tuple[PhoneNumber, ...]) -> Contact:
    return Contact(
        id=int(row["id"]),
        display_name=row["display_name"],
        given_name=row["given_name"],
        family_name=row["family_name"],
        organization=row["organization"],
        sip_uri=row["sip_uri"],
        email=row["email"],
        favourite=bool(row["favourite"]),
        notes=row["notes"],
        phones=phones,
    )
