"""Contacts: stored with their numbers, found by any part of a name or a number."""

from __future__ import annotations

import dataclasses

import pytest

from jego_desktop.domain.contacts import Contact, PhoneNumber
from jego_desktop.store.contacts import ContactStore, dialable_digits
from jego_desktop.store.database import Database
from jego_desktop.store.errors import NotFoundError

ZOE = Contact(
    display_name="Zoé Martin",
    given_name="Zoé",
    family_name="Martin",
    organization="Café Lumière",
    phones=(PhoneNumber("+33 6 12 34 56 78", "cell"), PhoneNumber("01 23 45 67 89", "work")),
    sip_uri="sip:zoe@example.com",
    email="zoe@example.com",
    favourite=True,
    notes="met in Lyon",
)
WANG = Contact(display_name="王小明", phones=(PhoneNumber("138-0013-8000"),))
ALICE = Contact(display_name="alice")


@pytest.fixture
def contacts(db: Database) -> ContactStore:
    return ContactStore(db)


def test_a_contact_round_trips(contacts: ContactStore) -> None:
    stored = contacts.add(ZOE)

    assert stored.id is not None
    assert dataclasses.replace(stored, id=None) == ZOE
    assert contacts.get(stored.id) == stored
    assert contacts.get(stored.id + 1) is None


def test_contacts_are_listed_by_name(contacts: ContactStore) -> None:
    wang, zoe, alice = contacts.add(WANG), contacts.add(ZOE), contacts.add(ALICE)
    assert contacts.all() == [alice, zoe, wang]
    assert contacts.all(favourites_only=True) == [zoe]


def test_an_update_replaces_every_field_and_number(contacts: ContactStore) -> None:
    stored = contacts.add(ZOE)
    changed = dataclasses.replace(
        stored, display_name="Zoé M.", phones=(PhoneNumber("+33 7 00 00 00 00"),), favourite=False
    )

    assert contacts.update(changed) == changed
    assert contacts.get(changed.id or 0) == changed
    with pytest.raises(NotFoundError):
        contacts.update(dataclasses.replace(changed, id=999))
    with pytest.raises(ValueError, match="never stored"):
        contacts.update(ZOE)


def test_a_contact_needs_a_name(contacts: ContactStore) -> None:
    with pytest.raises(ValueError, match="name"):
        contacts.add(Contact(display_name="  "))


def test_deleting_a_contact_deletes_its_numbers(db: Database, contacts: ContactStore) -> None:
    stored = contacts.add(ZOE)
    assert contacts.delete(stored.id or 0)
    assert not contacts.delete(stored.id or 0)
    with db.read() as connection:
        assert connection.execute("SELECT count(*) FROM contact_phones").fetchone()[0] == 0


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("zoe", ["Zoé Martin"]),
        ("MARTIN", ["Zoé Martin"]),
        ("lumiere", ["Zoé Martin"]),
        ("zoe@example", ["Zoé Martin"]),
        ("小明", ["王小明"]),
        ("612345", ["Zoé Martin"]),
        ("06 12 34", []),  # the stored number is +33 6..., not 06...
        ("+33 6 12", ["Zoé Martin"]),
        ("0013 8000", ["王小明"]),
        ("23 45", ["Zoé Martin"]),
        ("a", ["alice", "Zoé Martin"]),
        ("zoe lyon", []),  # notes are not searched
        ("", []),
    ],
)
def test_search_by_name_or_number(contacts: ContactStore, query: str, expected: list[str]) -> None:
    for contact in (ZOE, WANG, ALICE):
        contacts.add(contact)
    assert [c.display_name for c in contacts.search(query)] == expected


def test_dialable_digits() -> None:
    assert dialable_digits("+33 (0)6 12-34.56") == "+330612 3456".replace(" ", "")
    assert dialable_digits("0033 6 12") == "+33612"
    assert dialable_digits("*21#") == "*21#"
