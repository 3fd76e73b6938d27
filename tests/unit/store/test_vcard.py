"""vCard files: contacts survive export and import; a broken file imports nothing."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from jego_desktop.domain.contacts import Contact, PhoneNumber
from jego_desktop.store import vcard
from jego_desktop.store.contacts import ContactStore
from jego_desktop.store.database import Database
from jego_desktop.store.vcard import (
    VCardError,
    contacts_to_vcard,
    read_vcard_file,
    vcard_to_contacts,
    write_vcard_file,
)

FRANCOISE = Contact(
    display_name="Françoise Dupré-Lefèvre",
    given_name="Françoise",
    family_name="Dupré-Lefèvre",
    organization="Société Générale; Paris",
    phones=(PhoneNumber("+33 6 12 34 56 78", "cell"), PhoneNumber("01 23 45 67 89", "work")),
    sip_uri="sip:francoise@example.fr",
    email="francoise@example.fr",
    favourite=True,
    notes="Rencontrée à Lyon, l’été dernier;\nrappeler avant 18 h",
)
ZHANG = Contact(
    display_name="张伟",
    given_name="伟",
    family_name="张",
    phones=(PhoneNumber("+86 138 0013 8000", "home"),),
    notes="北京，朝阳区",
)
BARE = Contact(display_name="alice")

# As phones and other programs write them: 2.1 bare types, CRLF, folded lines, a BOM.
FOREIGN = (
    "\ufeffBEGIN:VCARD\r\n"
    "VERSION:2.1\r\n"
    "N:Nguyen;Anh;;;\r\n"
    "TEL;CELL;VOICE:+84 90 123 4567\r\n"
    "TEL;WORK:028 3822 1234\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\n"
    "VERSION:3.0\r\n"
    "FN:Élodie Bréhat\r\n"
    "TEL;TYPE=VOICE,PREF:+33 1 45 67 89 00\r\n"
    "X-SIP:elodie@sip.example.fr\r\n"
    "NOTE:une note très longue qui est repliée sur deux lignes par le programme qui\r\n"
    "  l’a écrite\r\n"
    "END:VCARD\r\n"
)


def test_contacts_survive_export_and_import() -> None:
    text = contacts_to_vcard([FRANCOISE, ZHANG, BARE])

    assert text.count("BEGIN:VCARD") == 3
    assert vcard_to_contacts(text) == [FRANCOISE, ZHANG, BARE]


def test_cards_from_other_programs_are_read() -> None:
    anh, elodie = vcard_to_contacts(FOREIGN.lstrip("\ufeff"))

    assert anh.display_name == "Anh Nguyen"
    assert (anh.given_name, anh.family_name) == ("Anh", "Nguyen")
    assert anh.phones == (
        PhoneNumber("+84 90 123 4567", "cell"),
        PhoneNumber("028 3822 1234", "work"),
    )
    assert elodie.display_name == "Élodie Bréhat"
    assert elodie.phones == (PhoneNumber("+33 1 45 67 89 00", ""),)
    assert elodie.sip_uri == "sip:elodie@sip.example.fr"
    assert elodie.notes.endswith("par le programme qui l’a écrite")


def test_a_file_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_bytes(FOREIGN.encode("utf-8"))

    assert [c.display_name for c in read_vcard_file(path)] == ["Anh Nguyen", "Élodie Bréhat"]


def test_files_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "out.vcf"
    write_vcard_file(path, [ZHANG, FRANCOISE])

    assert read_vcard_file(path) == [ZHANG, FRANCOISE]


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("BEGIN:VCARD\nVERSION:3.0\nFN:a\nEND:VCARD\nBEGIN:VCARD\nFN:b\n", "never closed"),
        ("BEGIN:VCARD\nVERSION:3.0\nFN a\nEND:VCARD\n", "Failed to parse line: FN a"),
        ("hello\n", "not a valid vCard file"),
        ("", "holds no vCard"),
        ("BEGIN:VCALENDAR\nVERSION:2.0\nEND:VCALENDAR\n", "item 1 is a VCALENDAR"),
        (
            "BEGIN:VCARD\nVERSION:3.0\nFN:ok\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nEND:VCARD\n",
            "vCard 2 has no name",
        ),
    ],
)
def test_a_broken_file_gives_a_clear_error(text: str, reason: str) -> None:
    with pytest.raises(VCardError, match=reason):
        vcard_to_contacts(text)


def test_a_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin1.vcf"
    path.write_bytes("BEGIN:VCARD\nVERSION:3.0\nFN:Andrée\nEND:VCARD\n".encode("latin-1"))

    with pytest.raises(VCardError, match="not UTF-8"):
        read_vcard_file(path)


def test_a_missing_file_gives_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(VCardError, match="cannot be read"):
        read_vcard_file(tmp_path / "nowhere.vcf")


def test_add_many_stores_all_or_nothing(db: Database) -> None:
    store = ContactStore(db)
    stored = store.add_many(vcard_to_contacts(contacts_to_vcard([FRANCOISE, ZHANG])))
    assert [dataclasses.replace(c, id=None) for c in stored] == [FRANCOISE, ZHANG]

    with pytest.raises(ValueError, match="needs a name"):
        store.add_many([BARE, Contact(display_name=" ")])
    assert [c.display_name for c in store.all()] == ["Françoise Dupré-Lefèvre", "张伟"]


def test_a_long_broken_line_is_not_repeated_whole_in_the_error() -> None:
    # The parser quotes the line it could not read: a line of 15 MB made a 15 MB message.
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob\r\n" + "x" * 1_000_000 + "\r\nEND:VCARD\r\n"
    with pytest.raises(VCardError, match="not a valid vCard file") as raised:
        vcard_to_contacts(text)
    assert len(str(raised.value)) < 300


def test_cards_nested_thousands_deep_give_a_vcard_error() -> None:
    text = "BEGIN:VCARD\r\n" * 5000 + "FN:x\r\n" + "END:VCARD\r\n" * 5000
    with pytest.raises(VCardError, match="not a valid vCard file"):
        vcard_to_contacts(text)


def test_a_file_of_more_lines_than_an_address_book_has_is_refused_before_parsing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 15 MB of short lines took the parser 37 s (365,000 cards) to 68 s (one card of two
    # million numbers) and over 1 GB; the limit is checked by counting, before it.
    monkeypatch.setattr(vcard, "MAX_LINES", 1000, raising=False)
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:B\r\nEND:VCARD\r\n"
    assert len(vcard_to_contacts(card * 200)) == 200
    with pytest.raises(VCardError, match="lines"):
        vcard_to_contacts(card * 300)


def test_a_picture_or_note_longer_than_the_line_limit_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A 15 MB PHOTO line took 2.2 GB to parse; folded lines count as the one they make.
    monkeypatch.setattr(vcard, "MAX_LINE_CHARS", 1000, raising=False)
    folded = "PHOTO;ENCODING=b;TYPE=JPEG:" + "\r\n ".join(["QUJD" * 18] * 20)
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob\r\n" + folded + "\r\nEND:VCARD\r\n"
    with pytest.raises(VCardError, match="line"):
        vcard_to_contacts(text)


def test_a_card_with_more_numbers_than_a_contact_can_show_is_refused() -> None:
    many = "".join(f"TEL;TYPE=CELL:+3361234{n:04d}\r\n" for n in range(101))  # limit: 100
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob\r\n" + many + "END:VCARD\r\n"
    with pytest.raises(VCardError, match="numbers"):
        vcard_to_contacts(text)
