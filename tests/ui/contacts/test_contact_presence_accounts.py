"""Presence watched on every account: numbers on each account's domain, a SIP address on
the account whose domain it names (every account when it names none of them)."""

from __future__ import annotations

import pytest
from pytestqt.modeltest import ModelTester

from jego_desktop.domain.accounts import AccountConfig
from jego_desktop.domain.contacts import Contact, PhoneNumber
from jego_desktop.domain.engine_events import PresenceChanged
from jego_desktop.models.contacts.contact_presence import ContactPresenceWatch
from jego_desktop.models.contacts.contacts_model import ContactRole, ContactsModel
from jego_desktop.store.contacts import ContactStore
from jego_desktop.ui.contacts.contacts_delegate import presence_label
from tests.ui.fake_engine import FakeEngine

WORK = AccountConfig(number="alice", server="work.example.org")
HOME = AccountConfig(number="+8613800138000", server="voip.example.cn:5060")
BOB = Contact("Bob", sip_uri="sip:bob@work.example.org")  # names the work account's domain
LI = Contact("Li", (PhoneNumber("+86 138 0013 8000", "cell"),))
ZOE = Contact("Zoé", sip_uri="sip:zoe@example.net")  # names no account's domain


@pytest.fixture
def model(store: ContactStore) -> ContactsModel:
    for contact in (BOB, LI, ZOE):
        store.add(contact)
    return ContactsModel(store)


def _watched(engine: FakeEngine) -> dict[str, list[str]]:
    return {cmd[1]: cmd[2] for cmd in engine.commands if cmd[0] == "watch_presence"}


def _presence(model: ContactsModel, name: str) -> str:
    row = next(r for r in range(model.rowCount()) if model.contact(r).display_name == name)  # type: ignore[union-attr]
    return str(model.index(row).data(ContactRole.PRESENCE))


def test_each_account_watches_what_resolves_on_it(model: ContactsModel) -> None:
    engine = FakeEngine()
    accounts = [WORK, HOME]
    watch = ContactPresenceWatch(model, engine.watch_presence, lambda: accounts, "FR", model)
    watch.refresh()
    assert _watched(engine) == {
        WORK.key: [
            "sip:bob@work.example.org",
            "sip:+8613800138000@work.example.org",
            "sip:zoe@example.net",
        ],
        HOME.key: ["sip:+8613800138000@voip.example.cn", "sip:zoe@example.net"],
    }


def test_news_from_any_account_feeds_the_contact(
    qtmodeltester: ModelTester, model: ContactsModel
) -> None:
    engine = FakeEngine()
    accounts = [WORK, HOME]
    watch = ContactPresenceWatch(model, engine.watch_presence, lambda: accounts, "FR", model)
    engine.presence_changed.connect(model.on_presence_changed)
    watch.refresh()
    engine.publish(PresenceChanged(HOME.key, "sip:+8613800138000@voip.example.cn", "away"))
    assert _presence(model, "Li") == "away"
    engine.publish(PresenceChanged(WORK.key, "sip:+8613800138000@work.example.org", "online"))
    assert _presence(model, "Li") == "online"  # the most telling of its addresses wins
    engine.publish(PresenceChanged(HOME.key, "sip:bob@work.example.org", "online"))
    assert _presence(model, "Bob") == ""  # bob belongs to the work account only
    engine.publish(PresenceChanged(HOME.key, "sip:zoe@example.net", "offline"))
    assert _presence(model, "Zoé") == "offline"
    qtmodeltester.check(model)


def test_a_removed_account_stops_watching(model: ContactsModel) -> None:
    engine = FakeEngine()
    accounts = [WORK, HOME]
    watch = ContactPresenceWatch(model, engine.watch_presence, lambda: accounts, "FR", model)
    watch.refresh()
    engine.commands.clear()
    accounts.remove(HOME)
    watch.accounts_changed()
    assert _watched(engine) == {
        HOME.key: [],
        WORK.key: [
            "sip:bob@work.example.org",
            "sip:+8613800138000@work.example.org",
            "sip:zoe@example.net",
        ],
    }
    assert model.bound_accounts == [WORK.key]


def test_a_contact_on_do_not_disturb_is_busy_unless_another_address_is_online(
    model: ContactsModel,
) -> None:
    engine = FakeEngine()
    watch = ContactPresenceWatch(model, engine.watch_presence, lambda: [WORK, HOME], "FR", model)
    engine.presence_changed.connect(model.on_presence_changed)
    watch.refresh()
    engine.publish(PresenceChanged(HOME.key, "sip:+8613800138000@voip.example.cn", "away"))
    engine.publish(PresenceChanged(WORK.key, "sip:+8613800138000@work.example.org", "busy"))
    assert _presence(model, "Li") == "busy"
    assert presence_label("busy") == "busy"
    engine.publish(PresenceChanged(HOME.key, "sip:+8613800138000@voip.example.cn", "online"))
    assert _presence(model, "Li") == "online"
