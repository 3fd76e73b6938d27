"""Naming a peer after the address book: a contact's number or SIP address -> its name."""

from __future__ import annotations

import re
from collections.abc import Iterable

from jego_desktop.domain.contacts import Contact
from jego_desktop.domain.peers import normalise_peer_uri
from jego_desktop.models.contacts.peer_text import peer_number

# National and international spellings of one number share their last digits.
MATCHED_DIGITS = 9
_NOT_DIGITS = re.compile(r"[^0-9]")


def _digits_key(number: str) -> str:
    digits = _NOT_DIGITS.sub("", number)
    return digits[-MATCHED_DIGITS:] if len(digits) >= 6 else ""


def _contact_uri(address: str) -> str:
    """A contact's SIP address as peers' are kept ('carol@x' typed or imported without
    its scheme included), '' when it is not one."""
    if not address:
        return ""
    if ":" not in address.split("@", 1)[0]:
        address = "sip:" + address
    try:
        return normalise_peer_uri(address)
    except ValueError:
        return ""


class PeerNames:
    """Looks peers up among contacts by SIP address, then by the number's last digits."""

    def __init__(self, contacts: Iterable[Contact] = ()) -> None:
        self._by_uri: dict[str, str] = {}
        self._by_digits: dict[str, str] = {}
        self.update(contacts)

    def update(self, contacts: Iterable[Contact]) -> None:
        self._by_uri.clear()
        self._by_digits.clear()
        for contact in contacts:
            uri = _contact_uri(contact.sip_uri)
            if uri:
                self._by_uri.setdefault(uri, contact.display_name)
            for phone in contact.phones:
                key = _digits_key(phone.number)
                if key:
                    self._by_digits.setdefault(key, contact.display_name)

    def name_for(self, peer_uri: str) -> str:
        """The contact's name, or "" when no contact has this address or number."""
        try:
            uri = normalise_peer_uri(peer_uri)
        except ValueError:
            return ""
        found = self._by_uri.get(uri)
        if found:
            return found
        number = peer_number(uri)
        if "@" in number:
            return ""
        key = _digits_key(number)
        return self._by_digits.get(key, "") if key else ""
