"""Fuzzing vCard import: a .vcf file from anyone gives contacts or a `VCardError`."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jego_desktop.store.vcard import VCardError, read_vcard_file, vcard_to_contacts
from tests.unit.fuzz.support import any_text, call_timed, fuzz, timed

PROPERTIES = [
    "FN", "N", "TEL", "TEL;TYPE=CELL,VOICE", "TEL;CELL", "IMPP", "X-SIP", "ORG", "EMAIL",
    "NOTE", "X-JEGO-FAVOURITE", "PHOTO;ENCODING=b;TYPE=JPEG", "PHOTO;ENCODING=BASE64",
    "NOTE;ENCODING=QUOTED-PRINTABLE", "NOTE;CHARSET=gb2312", "ADR", "BDAY", "REV",
    "item1.TEL", "BEGIN", "END", "VERSION", "TEL;VALUE=uri", "N;LANGUAGE=zh", "KEY",
    "CATEGORIES", "GEO", "TZ", "X-", ";", "",
]  # fmt: skip
VALUES = [
    "", "Bob", "Doe;John;;;", ";;;;;;;;", "+86 138 0013 8000", "tel:+8613800138000",
    "sip:bob@example.com", "=E4=BD=A0=", "=\r\n", "!!!", "AAAA", "a,b\\,c", "2026-13-45",
    "VCARD", "VCALENDAR", "\\n", "\\", "\x00", "\r\n ", "4.0", "2.1", "3.0",
]  # fmt: skip


@st.composite
def vcards(draw: st.DrawFn) -> str:
    cards = []
    for _ in range(draw(st.integers(1, 3))):
        lines = ["BEGIN:VCARD", f"VERSION:{draw(st.sampled_from(['2.1', '3.0', '4.0', 'x']))}"]
        for _ in range(draw(st.integers(0, 8))):
            name = draw(st.one_of(st.sampled_from(PROPERTIES), st.text(max_size=8)))
            value = draw(st.one_of(st.sampled_from(VALUES), st.text(max_size=30)))
            lines.append(f"{name}:{value}")
        if draw(st.booleans()):
            lines.append("END:VCARD")
        cards.append(draw(st.sampled_from(["\r\n", "\n"])).join(lines))
    return "\r\n".join(cards) + "\r\n"


@given(st.one_of(any_text, vcards()))
@fuzz
def test_vcard_text(text: str) -> None:
    try:
        contacts = call_timed("vCard", vcard_to_contacts, text)
    except VCardError:
        return
    assert contacts and all(contact.display_name for contact in contacts)


@given(st.one_of(st.binary(max_size=400), vcards().map(lambda t: t.encode("utf-8", "replace"))))
@fuzz
def test_vcard_file(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "contacts.vcf"
        path.write_bytes(data)
        try:
            with timed("vCard file", data):
                read_vcard_file(path)
        except VCardError:
            pass
