"""The Contacts page against a real store: add, edit, delete, search, favourites, vCards,
and calls and chats started from a contact."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QToolButton
from pytestqt.qtbot import QtBot

from jego_desktop.domain.accounts import DIRECT_ACCOUNT_KEY
from jego_desktop.domain.contacts import Contact, PhoneNumber
from jego_desktop.models.calls.dial_pad import DialPadModel
from jego_desktop.store.contacts import ContactStore
from jego_desktop.store.database import Database
from jego_desktop.store.vcard import read_vcard_file
from jego_desktop.ui.contacts.contacts_page import ContactsPage
from tests.ui.contacts_pages import shown_contacts_page
from tests.ui.fake_engine import FakeEngine

ACCOUNT = "+33100000000@sip.example.org"
CAMILLE = Contact(
    "Camille Martin",
    (PhoneNumber("06 12 34 56 78", "cell"), PhoneNumber("+44 20 7946 0000", "work")),
    sip_uri="sip:camille@example.fr",
    notes="Prefers messages",
)
WANG = Contact("王小明", (PhoneNumber("+86 138 0013 8000", "cell"),))
DUPRE = Contact("Françoise Dupré", sip_uri="sip:francoise@example.fr")


def shown_names(page: ContactsPage) -> list[str]:
    model = page.view.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_adding_a_contact_through_the_editor(
    qtbot: QtBot, store: ContactStore, dial_pad: DialPadModel
) -> None:
    page = shown_contacts_page(qtbot, store, dial_pad)
    assert not page.view.isVisible()  # the empty state instead

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor is not None and editor.isVisible()
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()  # no name yet
    qtbot.keyClicks(editor.name, "Zoe")  # QTest types ASCII only
    editor.name.setText("Zoé Leroy")
    editor.phone_rows[0].number.setText("+33 7 11 22 33 44")
    editor.add_phone_row(PhoneNumber("", "work")).number.setText("01 23 45 67 89")
    editor.email.setText("zoe@example.fr")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    [stored] = store.all()
    assert stored.display_name == "Zoé Leroy"
    assert stored.phones == (
        PhoneNumber("+33 7 11 22 33 44", "cell"),
        PhoneNumber("01 23 45 67 89", "work"),
    )
    assert page.view.isVisible() and shown_names(page) == ["Zoé Leroy"]
    assert page.detail.name.text() == "Zoé Leroy"


def test_the_editor_refuses_a_bad_sip_address(
    qtbot: QtBot, store: ContactStore, dial_pad: DialPadModel
) -> None:
    page = shown_contacts_page(qtbot, store, dial_pad)
    editor = page.open_editor(None)
    editor.name.setText("Bad")
    editor.sip_uri.setText("sip:has spaces@example.org")
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    assert editor.isVisible()
    assert editor.problem.text() == "This is not a valid SIP address."
    assert store.all() == []


def test_editing_keeps_the_contact_and_changes_its_fields(
    qtbot: QtBot, store: ContactStore, dial_pad: DialPadModel
) -> None:
    stored = store.add(CAMILLE)
    page = shown_contacts_page(qtbot, store, dial_pad)
    qtbot.mouseClick(page.detail.edit_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    assert editor is not None
    assert editor.name.text() == "Camille Martin" and len(editor.phone_rows) == 2
    editor.name.setText("Camille Martin-Roux")
    editor.phone_rows[1].remove.click()
    editor.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    assert store.all() == [
        dataclasses.replace(
            CAMILLE, id=stored.id, display_name="Camille Martin-Roux", phones=CAMILLE.phones[:1]
        )
    ]
    assert page.detail.name.text() == "Camille Martin-Roux"


def test_deleting_asks_first(qtbot: QtBot, store: ContactStore, dial_pad: DialPadModel) -> None:
    store.add_many([CAMILLE, WANG])
    page = shown_contacts_page(qtbot, store, dial_pad)
    assert page.detail.name.text() == "Camille Martin"

    box = page.confirm_delete()
    assert box is not None and "Camille Martin" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(store.all()) == 2

    qtbot.mouseClick(page.detail.delete_button, Qt.MouseButton.LeftButton)
    box = page.confirmation
    assert box is not None
    [delete] = [b for b in box.buttons() if b.text() == "Delete"]
    delete.click()
    assert [c.display_name for c in store.all()] == ["王小明"]
    assert shown_names(page) == ["王小明"] and page.detail.name.text() == "王小明"


def test_search_filters_the_list(qtbot: QtBot, store: ContactStore, dial_pad: DialPadModel) -> None:
    store.add_many([CAMILLE, WANG, DUPRE])
    page = shown_contacts_page(qtbot, store, dial_pad)

    qtbot.keyClicks(page.search, "dupre")
    assert shown_names(page) == ["Françoise Dupré"]
    assert page.detail.name.text() == "Françoise Dupré"
    page.search.setText("0013")
    assert shown_names(page) == ["王小明"]
    page.search.setText("nobody")
    assert not page.view.isVisible()
    empty_title = page.no_contacts.findChild(QLabel, "emptyTitle")
    assert empty_title is not None and empty_title.text() == "No contact found"
    page.search.clear()
    assert len(shown_names(page)) == 3


def test_the_star_makes_a_favourite_and_moves_it_up(
    qtbot: QtBot, store: ContactStore, dial_pad: DialPadModel
) -> None:
    store.add_many([CAMILLE, WANG])
    page = shown_contacts_page(qtbot, store, dial_pad)
    page.select_contact(store.all()[1].id or 0)
    assert page.detail.name.text() == "王小明"

    qtbot.mouseClick(page.detail.favourite_button, Qt.MouseButton.LeftButton)
    assert [c.display_name for c in store.all(favourites_only=True)] == ["王小明"]
    assert shown_names(page) == ["王小明", "Camille Martin"]
    assert page.detail.favourite_button.isChecked()


def test_call_and_message_from_a_contact(
    qtbot: QtBot, store: ContactStore, dial_pad: DialPadModel
) -> None:
    store.add(CAMILLE)
    page = shown_contacts_page(qtbot, store, dial_pad)
    engine = FakeEngine()
    page.call_requested.connect(engine.make_call)
    chats: list[tuple[str, str]] = []
    page.chat_requested.connect(lambda uri, key: chats.append((uri, key)))

    qtbot.mouseClick(page.detail.call_button, Qt.MouseButton.LeftButton)
    assert engine.last("make_call") == ("make_call", "sip:+33612345678@sip.example.org", ACCOUNT)
    row_buttons = page.detail.card.findChildren(QToolButton, "rowAction")
    work_call = [b for b in row_buttons if b.accessibleName() == "Call +44 20 7946 0000"]
    work_call[0].click()
    assert engine.last("make_call")[1] == "sip:+442079460000@sip.example.org"
    sip_message = [
        b for b in row_buttons if b.accessibleName() == "Send a message to sip:camille@example.fr"
    ]
    sip_message[0].click()
    qtbot.mouseClick(page.detail.message_button, Qt.MouseButton.LeftButton)
    assert chats == [
        ("sip:camille@example.fr", ACCOUNT),
        ("sip:+33612345678@sip.example.org", ACCOUNT),
    ]


def test_without_an_account_a_number_cannot_be_called(qtbot: QtBot, store: ContactStore) -> None:
    store.add(CAMILLE)
    page = shown_contacts_page(qtbot, store, DialPadModel("FR"))
    calls: list[tuple[str, str]] = []
    page.call_requested.connect(lambda uri, key: calls.append((uri, key)))

    page.detail.call_button.click()
    assert calls == []
    assert page.detail.problem.isVisible()
    assert page.detail.problem.text() == "Bind your number in Settings to call phone numbers."
    assert page.call("sip:camille@example.fr")  # addresses need no account
    assert calls == [("sip:camille@example.fr", DIRECT_ACCOUNT_KEY)]  # called directly


def test_vcards_round_trip_through_the_page(
    qtbot: QtBot, store: ContactStore, dial_pad: DialPadModel, tmp_path: Path
) -> None:
    store.add_many([CAMILLE, WANG, DUPRE])
    page = shown_contacts_page(qtbot, store, dial_pad)
    exported = tmp_path / "all.vcf"
    assert page.export_vcard(exported) == 3
    assert page.status.text() == "Contacts exported: 3"
    one = tmp_path / "one.vcf"
    assert page.export_vcard(one, store.all()[0]) == 1
    assert one.read_text(encoding="utf-8").count("BEGIN:VCARD") == 1

    other_db = Database.open(tmp_path / "other.sqlite3")
    try:
        other = ContactStore(other_db)
        fresh = shown_contacts_page(qtbot, other, dial_pad)
        imported(qtbot, fresh, exported)
        assert fresh.status.text() == "Contacts imported: 3"
        strip = [dataclasses.replace(c, id=None) for c in other.all()]
        assert strip == [dataclasses.replace(c, id=None) for c in store.all()]
        assert sorted(shown_names(fresh)) == sorted(c.display_name for c in store.all())
    finally:
        other_db.close()


def test_a_broken_vcard_imports_nothing(
    qtbot: QtBot, store: ContactStore, dial_pad: DialPadModel, tmp_path: Path
) -> None:
    page = shown_contacts_page(qtbot, store, dial_pad)
    broken = tmp_path / "broken.vcf"
    broken.write_text(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Good One\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Half\nTEL;TYPE=CELL:+33 6\n",
        encoding="utf-8",
    )

    imported(qtbot, page, broken)
    assert store.all() == []
    assert page.status.isVisible()
    assert page.status.text().startswith("Nothing was imported from broken.vcf: ")
    assert "never closed" in page.status.text()


def test_keyboard_search_and_new_contact(
    qtbot: QtBot, store: ContactStore, dial_pad: DialPadModel
) -> None:
    store.add_many([CAMILLE, WANG])
    page = shown_contacts_page(qtbot, store, dial_pad)
    page.activateWindow()
    page.view.setFocus()
    qtbot.waitUntil(page.view.hasFocus)

    qtbot.keyClick(page, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, "cam")
    assert shown_names(page) == ["Camille Martin"]
    qtbot.keyClick(page.search, Qt.Key.Key_Escape)
    assert page.search.text() == "" and len(shown_names(page)) == 2

    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.editor is not None and page.editor.windowTitle() == "New contact"
    page.editor.reject()


def imported(qtbot: QtBot, page: ContactsPage, path: Path) -> None:
    """Import `path` through the page and wait until the worker's outcome is shown."""
    assert page.import_vcard(path)
    qtbot.waitUntil(lambda: not page.model.importing, timeout=60_000)


def test_a_large_vcard_is_read_while_the_window_keeps_running(
    qtbot: QtBot, store: ContactStore, dial_pad: DialPadModel, tmp_path: Path
) -> None:
    big = tmp_path / "big.vcf"
    big.write_text(
        "".join(
            f"BEGIN:VCARD\nVERSION:3.0\nFN:Person {i}\nN:{i};Person;;;\n"
            f"TEL;TYPE=CELL:+33 6 12 34 {i % 100:02d} {i % 97:02d}\nEND:VCARD\n"
            for i in range(2000)
        ),
        encoding="utf-8",
    )
    page = shown_contacts_page(qtbot, store, dial_pad)
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    ticks_while_reading: list[int] = []

    assert page.import_vcard(big)
    assert page.status.text() == "Importing contacts from big.vcf…"
    assert not page.import_action.isEnabled()
    assert not page.import_vcard(big)  # one import at a time
    ticks.clear()

    def finished() -> bool:
        if page.model.importing:
            ticks_while_reading.append(len(ticks))
            return False
        return True

    qtbot.waitUntil(finished, timeout=60_000)
    timer.stop()

    # the timer fired while the file was parsed (a blocking import lets none through)
    assert max(ticks_while_reading, default=0) >= 1
    assert page.status.text() == "Contacts imported: 2000"
    assert page.import_action.isEnabled()
    expected = read_vcard_file(big)  # what the old, blocking import stored

    def by_name(contacts: list[Contact]) -> list[Contact]:
        plain = [dataclasses.replace(contact, id=None) for contact in contacts]
        return sorted(plain, key=lambda contact: contact.display_name)

    assert by_name(store.all()) == by_name(expected)
