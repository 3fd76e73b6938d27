"""ContactsModel: favourites first, search filter, edits through the store."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from jego_desktop.domain.contacts import Contact, PhoneNumber
from jego_desktop.engine.refcount_workaround import protect_singletons
from jego_desktop.models.contacts.contacts_model import ContactRole, ContactsModel
from jego_desktop.store.contacts import ContactStore
from jego_desktop.store.database import Database

PEOPLE = [
    Contact("Zoé Martin", (PhoneNumber("+33 6 12 34 56 78", "cell"),), favourite=True),
    Contact("Alice", (PhoneNumber("+44 20 7946 0000"),)),
    Contact("王小明", sip_uri="sip:wang@example.cn"),
    Contact("Bernard", email="bernard@example.fr", favourite=True),
]


@pytest.fixture(autouse=True)
def _shield_singletons() -> None:
    protect_singletons()  # as the app does: PySide6 drops references to True it never took


@pytest.fixture
def store(db: Database) -> ContactStore:
    return ContactStore(db)


def names(model: ContactsModel) -> list[str]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_favourites_come_first_with_section_headings(store: ContactStore) -> None:
    store.add_many(PEOPLE)
    model = ContactsModel(store)

    assert names(model) == ["Bernard", "Zoé Martin", "Alice", "王小明"]
    sections = [model.index(row, 0).data(ContactRole.SECTION) for row in range(4)]
    assert sections == ["Favourites", "", "All contacts", ""]
    details = [model.index(row, 0).data(ContactRole.DETAIL) for row in range(4)]
    assert details == [
        "bernard@example.fr",
        "+33 6 12 34 56 78",
        "+44 20 7946 0000",
        "sip:wang@example.cn",
    ]


def test_no_section_headings_without_favourites(store: ContactStore) -> None:
    store.add_many(PEOPLE[1:3])
    model = ContactsModel(store)

    assert [model.index(row, 0).data(ContactRole.SECTION) for row in range(2)] == ["", ""]


def test_the_filter_matches_names_and_numbers(store: ContactStore) -> None:
    store.add_many(PEOPLE)
    model = ContactsModel(store)

    model.set_filter("zoe")
    assert names(model) == ["Zoé Martin"]
    model.set_filter("7946")
    assert names(model) == ["Alice"]
    model.set_filter("小明")
    assert names(model) == ["王小明"]
    model.set_filter("")
    assert len(names(model)) == 4


def test_edits_go_to_the_store_and_announce_themselves(store: ContactStore, qtbot: QtBot) -> None:
    model = ContactsModel(store)
    with qtbot.waitSignal(model.contacts_changed):
        added = model.add(Contact("Alice"))
    assert added.id is not None
    with qtbot.waitSignal(model.contacts_changed):
        model.set_favourite(added.id, True)
    assert store.get(added.id) == Contact("Alice", favourite=True, id=added.id)
    assert model.index(0, 0).data(ContactRole.FAVOURITE) is True
    with qtbot.waitSignal(model.contacts_changed):
        model.delete(added.id)
    assert model.rowCount() == 0 and store.all() == []


def test_without_a_store_it_is_empty_and_refuses_edits() -> None:
    model = ContactsModel()

    assert model.rowCount() == 0
    with pytest.raises(RuntimeError, match="not available"):
        model.add(Contact("Alice"))


def test_qtmodeltester(store: ContactStore, qtmodeltester: ModelTester) -> None:
    store.add_many(PEOPLE)
    model = ContactsModel(store)
    qtmodeltester.check(model)
    model.set_filter("a")
    qtmodeltester.check(model)
    assert model.index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
