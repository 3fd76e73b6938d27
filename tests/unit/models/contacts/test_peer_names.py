"""Naming peers after the address book, whatever the contacts' addresses look like."""

from __future__ import annotations

from jego_desktop.domain.contacts import Contact, PhoneNumber
from jego_desktop.models.contacts.peer_names import PeerNames


def test_a_sip_address_without_its_scheme_still_names_the_peer() -> None:
    names = PeerNames([Contact("Carol", sip_uri="carol@example.net")])
    assert names.name_for("sip:carol@example.net") == "Carol"


def test_an_address_that_is_not_one_is_skipped_and_the_others_still_count() -> None:
    names = PeerNames(
        [
            Contact("Broken", sip_uri="@@ not an address"),
            Contact("Dave", phones=(PhoneNumber("+33 6 12 34 56 78"),)),
        ]
    )
    assert names.name_for("sip:+33612345678@example.org") == "Dave"
    assert names.name_for("sip:nobody@example.org") == ""
