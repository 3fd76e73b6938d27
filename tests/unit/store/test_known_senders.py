"""Who the user knows: contacts, and peers the user has written to."""

from __future__ import annotations

from jego_desktop.domain.accounts import AccountConfig
from jego_desktop.domain.contacts import Contact, PhoneNumber
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
