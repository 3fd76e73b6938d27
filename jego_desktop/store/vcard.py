"""vCard files (RFC 2426 / 6350) to and from contacts, with `vobject`. No Qt."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import vobject

from jego_desktop.domain.contacts import Contact, PhoneNumber
from jego_desktop.domain.reasons import reason

MAX_FILE_BYTES = 16 * 1024 * 1024
MAX_DETAIL_CHARS = 120  # of the parser's words, which quote the line it could not read
MAX_NESTING = 8  # vCard 2.1's AGENT holds a card; the parser recurses once per level
# The parser takes ~30 us and ~450 bytes a line, and more per character of a long value:
# these bound it to a few seconds and a few hundred MB (measured: 19,000 contacts of ten
# lines 6 s and 160 MB; seven photos of 2 MB 2.4 s and 400 MB).
MAX_LINES = 200_000
MAX_LINE_CHARS = 2 * 1024 * 1024  # a logical line, its folded parts together
MAX_PHONES = 100  # numbers of one contact
_LOGICAL_LINE = re.compile(r"[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*")
_BEGIN_OR_END = re.compile(r"^(?:[\w-]+\.)?(BEGIN|END)[ \t]*[:;]", re.IGNORECASE | re.MULTILINE)
FAVOURITE_PROPERTY = "x-jego-favourite"
# TYPE values that say nothing about which number this is.
_NEUTRAL_TYPES = frozenset({"voice", "pref", "internet", "x400"})
_SIP_SCHEMES = ("sip:", "sips:")


class VCardError(ValueError):
    """A vCard file that cannot be read; the message says where and why."""


def contacts_to_vcard(contacts: Iterable[Contact]) -> str:
    """One vCard 3.0 per contact, in order, as text for a .vcf file."""
    return "".join(_card(contact).serialize() for contact in contacts)


def vcard_to_contacts(text: str) -> list[Contact]:
    """Every card of a .vcf text, or `VCardError` if any card is broken (then none)."""
    problem = _too_big(text)
    if problem:
        raise VCardError(reason("not a valid vCard file: %1", problem))
    try:
        components = list(vobject.readComponents(text, ignoreUnreadable=False))
    except vobject.base.VObjectError as error:
        raise VCardError(_describe_parse_error(error)) from error
    except (ValueError, UnicodeError) as error:
        raise VCardError(_shortened(str(error))) from error
    if not components:
        raise VCardError(reason("the file holds no vCard"))
    contacts = []
    for number, component in enumerate(components, start=1):
        if component.name.upper() != "VCARD":
            raise VCardError(reason("item %1 is a %2, not a vCard", number, component.name))
        contacts.append(_contact(component, number))
    return contacts


def read_vcard_file(path: Path) -> list[Contact]:
    """The contacts of a .vcf file (UTF-8, with or without a byte order mark)."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise VCardError(
                reason(
                    "the file %1 is larger than %2 MB", path.name, MAX_FILE_BYTES // (1024 * 1024)
                )
            )
        data = path.read_bytes()
    except OSError as error:
        raise VCardError(
            reason("the file %1 cannot be read: %2", path.name, error.strerror or error)
        ) from error
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise VCardError(
            reason("the file %1 is not UTF-8 text (byte %2)", path.name, error.start)
        ) from error
    return vcard_to_contacts(text)


def write_vcard_file(path: Path, contacts: Sequence[Contact]) -> None:
    path.write_text(contacts_to_vcard(contacts), encoding="utf-8", newline="")


def _card(contact: Contact) -> Any:
    card = vobject.vCard()
    card.add("fn").value = contact.display_name
    card.add("n").value = vobject.vcard.Name(family=contact.family_name, given=contact.given_name)
    if contact.organization:
        card.add("org").value = [contact.organization]
    for phone in contact.phones:
        tel = card.add("tel")
        tel.value = phone.number
        if phone.label:
            tel.type_param = phone.label.upper()
    if contact.sip_uri:
        card.add("impp").value = contact.sip_uri
    if contact.email:
        email = card.add("email")
        email.value = contact.email
        email.type_param = "INTERNET"
    if contact.notes:
        card.add("note").value = contact.notes
    if contact.favourite:
        card.add(FAVOURITE_PROPERTY).value = "1"
    return card


def _contact(card: Any, number: int) -> Contact:
    family, given = _name_parts(card)
    display = _first_value(card, "fn").strip() or " ".join(p for p in (given, family) if p)
    organization = _organization(card)
    display = display or organization
    if not display:
        raise VCardError(reason("vCard %1 has no name (FN or N)", number))
    phones = _phones(card)
    if len(phones) > MAX_PHONES:
        raise VCardError(
            reason(
                "not a valid vCard file: %1", f"card {number} has more than {MAX_PHONES} numbers"
            )
        )
    return Contact(
        display_name=display,
        given_name=given,
        family_name=family,
        organization=organization,
        phones=tuple(phones),
        sip_uri=_sip_uri(card),
        email=_first_value(card, "email").strip(),
        notes=_first_value(card, "note"),
        favourite=_first_value(card, FAVOURITE_PROPERTY).strip() == "1",
    )


def _lines(card: Any, name: str) -> list[Any]:
    return list(card.contents.get(name, []))


def _first_value(card: Any, name: str) -> str:
    for line in _lines(card, name):
        if isinstance(line.value, str):
            return line.value
    return ""


def _name_parts(card: Any) -> tuple[str, str]:
    for line in _lines(card, "n"):
        value = line.value
        if isinstance(value, vobject.vcard.Name):
            return _joined(value.family), _joined(value.given)
    return "", ""


def _joined(part: str | list[str]) -> str:
    return " ".join(part).strip() if isinstance(part, list) else part.strip()


def _organization(card: Any) -> str:
    for line in _lines(card, "org"):
        value = line.value
        parts = value if isinstance(value, list) else [value]
        return ", ".join(str(p) for p in parts if p).strip()
    return ""


def _phones(card: Any) -> list[PhoneNumber]:
    phones = []
    for line in _lines(card, "tel"):
        number = str(line.value).strip()
        if number.lower().startswith("tel:"):
            number = number[4:]
        if number:
            phones.append(PhoneNumber(number, _label(line.params, line.singletonparams)))
    return phones


def _label(params: dict[str, list[str]], bare: list[str]) -> str:
    # vCard 3.0 writes TYPE=CELL,VOICE; 2.1 writes bare parameters (TEL;CELL;VOICE:).
    types = [t for value in params.get("TYPE", []) for t in value.split(",")] + list(bare)
    for kind in types:
        if kind.strip().lower() not in _NEUTRAL_TYPES:
            return kind.strip().lower()
    return ""


def _sip_uri(card: Any) -> str:
    for name in ("impp", "x-sip"):
        for line in _lines(card, name):
            value = str(line.value).strip()
            if value.lower().startswith(_SIP_SCHEMES):
                return value
            if name == "x-sip" and value:
                return f"sip:{value}"
    return ""


def _describe_parse_error(error: Exception) -> str:
    text = str(error).strip().strip('"')
    return reason("not a valid vCard file: %1", _shortened(text))


def _too_big(text: str) -> str:
    """What makes `text` too costly for the parser (English details), or ""."""
    if text.count("\n") >= MAX_LINES:
        return f"more than {MAX_LINES:,} lines"
    if len(text) > MAX_LINE_CHARS and any(
        found.end() - found.start() > MAX_LINE_CHARS for found in _LOGICAL_LINE.finditer(text)
    ):
        return f"a line longer than {MAX_LINE_CHARS // (1024 * 1024)} MB"
    if _nesting(text) > MAX_NESTING:
        return "cards nested too deeply"
    return ""


def _nesting(text: str) -> int:
    """How deep the text's BEGIN/END blocks go, read before the recursive parser."""
    depth = deepest = 0
    for found in _BEGIN_OR_END.finditer(text):
        depth += 1 if found[1].upper() == "BEGIN" else -1
        deepest = max(deepest, depth)
    return deepest


def _shortened(text: str) -> str:
    return text if len(text) <= MAX_DETAIL_CHARS else text[:MAX_DETAIL_CHARS] + "…"
