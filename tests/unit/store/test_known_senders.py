"""Who the user knows: contacts, and peers the user has written to."""

from __future__ import annotations

import dataclasses

import pytest

from jego_desktop.domain.accounts import AccountConfig
from jego_desktop.domain.contacts import Contact, PhoneNumber
from jego_desktop.domain.peers import normalise_peer_uri
from jego_desktop.store.accounts import AccountStore
from jego_desktop.store.contacts import ContactStore
from jego_desktop.store.conversations import ConversationStore
from jego_desktop.store.database import Database
from jego_desktop.store.known_senders import KnownSenders
from jego_desktop.store.messages import MessageStore

ACCOUNT = AccountConfig(number="+8613800138000", server="sip.example.com")


def test_strangers_contacts_and_people_written_to(db: Database) -> None:
    AccountStore(db).add(ACCOUNT)
    known = KnownSenders(db)
    conversations = ConversationStore(db)
    stranger = "sip:+8613900000001@sip.example.com"
    assert not known.is_known(ACCOUNT.key, stranger)

    # A message from them is not enough; one from the user is.
    conversation = conversations.get_or_create(ACCOUNT.key, stranger)
    MessageStore(db).insert_incoming(conversation.id, "m-1", "hello")
    assert not known.is_known(ACCOUNT.key, stranger)
    MessageStore(db).insert_outgoing(conversation.id, "hi")
    assert known.is_known(ACCOUNT.key, f"<{stranger};user=phone>")
    assert not known.is_known("other@account", stranger)

    contacts = ContactStore(db)
    contacts.add(Contact("Zoé", sip_uri="sip:zoe@Example.COM"))
    assert known.is_known(ACCOUNT.key, "sip:zoe@example.com")
    contacts.add(Contact("Li", phones=(PhoneNumber("139 1234 5678"),)))
    assert known.is_known(ACCOUNT.key, "sip:+8613912345678@sip.example.com")
    # The same digits from another domain are anyone's choice of user part.
    assert not known.is_known(ACCOUNT.key, "sip:+8613912345678@evil.example")
    assert not known.is_known(ACCOUNT.key, "not a uri")


def test_contacts_addresses_are_normalised_once_not_for_every_sender(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A flood of strangers asks is_known for each message: the contacts' addresses
    must not all be normalised again each time, yet every change to them counts."""
    contacts = ContactStore(db)
    stored = contacts.add_many(
        [Contact(f"C{n}", sip_uri=f"sip:c{n}@Example.org") for n in range(50)]
    )
    known = KnownSenders(db)
    calls: list[str] = []

    def counted(uri: str) -> str:
        calls.append(uri)
        return normalise_peer_uri(uri)

    monkeypatch.setattr("jego_desktop.store.known_senders.normalise_peer_uri", counted)
    for n in range(100):
        assert not known.is_known("me@x", f"sip:eve{n}@x")
    assert len(calls) <= 50 + 100  # the contacts once, each sender once
    assert known.is_known("me@x", "sip:c7@example.org")

    contacts.update(dataclasses.replace(stored[7], sip_uri="sip:seven@example.org"))
    assert not known.is_known("me@x", "sip:c7@example.org")
    assert known.is_known("me@x", "sip:seven@example.org")
    contacts.delete(stored[8].id or 0)
    assert not known.is_known("me@x", "sip:c8@example.org")
    contacts.add(Contact("New", sip_uri="sip:new@example.org"))
    assert known.is_known("me@x", "sip:new@example.org")
