"""A new contact started from a peer's address: its number, or its SIP address."""

from __future__ import annotations

from jego_desktop.domain.contacts import Contact, PhoneNumber
from jego_desktop.domain.peers import address_part
from jego_desktop.models.contacts.peer_text import peer_number


def contact_for_peer(peer_uri: str) -> Contact:
    """No name yet: the user types it in the editor."""
    number = peer_number(peer_uri)
    if "@" in number:
        address = address_part(peer_uri).split(";", 1)[0]
        return Contact(display_name="", sip_uri=address)
    return Contact(display_name="", phones=(PhoneNumber(number, "cell"),))
