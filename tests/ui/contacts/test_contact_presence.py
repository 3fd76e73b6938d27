"""Presence in the contacts list: the model's role, the dot the delegate paints, and the
watched set handed to the engine (fake engine)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QListView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from jego_desktop.domain.accounts import AccountConfig
from jego_desktop.domain.contacts import Contact, PhoneNumber
from jego_desktop.domain.engine_events import PresenceChanged
from jego_desktop.models.contacts.contact_presence import ContactPresenceWatch
from jego_desktop.models.contacts.contacts_model import ContactRole, ContactsModel
from jego_desktop.store.contacts import ContactStore
from jego_desktop.ui.contacts.contacts_delegate import ContactsDelegate
from jego_desktop.ui.style import LIGHT
from tests.ui.fake_engine import FakeEngine

ACCOUNT = AccountConfig(number="alice", server="sip.example.org")
BOB = Contact("Bob", sip_uri="sip:bob@sip.example.org")
CAMILLE = Contact("Camille", (PhoneNumber("+33 6 12 34 56 78", "cell"),))
NOBODY = Contact("Nobody", email="nobody@example.org")


@pytest.fixture
def model(store: ContactStore) -> ContactsModel:
    for contact in (BOB, CAMILLE, NOBODY):
        store.add(contact)
    return ContactsModel(store)


def _wire(model: ContactsModel, engine: FakeEngine, accounts: list[AccountConfig]) -> None:
    watch = ContactPresenceWatch(model, engine.watch_presence, lambda: accounts, "FR", model)
    engine.presence_changed.connect(model.on_presence_changed)
    watch.refresh()


def _row(model: ContactsModel, name: str) -> int:
    return next(r for r in range(model.rowCount()) if model.contact(r).display_name == name)  # type: ignore[union-attr]


def test_the_contacts_addresses_are_watched_on_the_first_account(model: ContactsModel) -> None:
    engine = FakeEngine()
    _wire(model, engine, [ACCOUNT])
    assert engine.last("watch_presence") == (
        "watch_presence",
        ACCOUNT.key,
        ["sip:bob@sip.example.org", "sip:+33612345678@sip.example.org"],
    )


def test_no_account_means_nothing_watched_and_no_presence(model: ContactsModel) -> None:
    engine = FakeEngine()
    _wire(model, engine, [])
    assert "watch_presence" not in engine.names()
    assert model.index(_row(model, "Bob")).data(ContactRole.PRESENCE) == ""


def test_presence_events_feed_the_role(qtmodeltester: ModelTester, model: ContactsModel) -> None:
    engine = FakeEngine()
    _wire(model, engine, [ACCOUNT])
    bob = model.index(_row(model, "Bob"))
    engine.publish(PresenceChanged(ACCOUNT.key, "sip:bob@sip.example.org", "online", ""))
    assert bob.data(ContactRole.PRESENCE) == "online"
    engine.publish(PresenceChanged(ACCOUNT.key, "sip:bob@sip.example.org", "offline", ""))
    assert bob.data(ContactRole.PRESENCE) == "offline"
    # another account's news about the same address changes nothing
    engine.publish(PresenceChanged("other", "sip:bob@sip.example.org", "online", ""))
    assert bob.data(ContactRole.PRESENCE) == "offline"
    camille = model.index(_row(model, "Camille"))
    engine.publish(PresenceChanged(ACCOUNT.key, "sip:+33612345678@sip.example.org", "away", ""))
    assert camille.data(ContactRole.PRESENCE) == "away"
    qtmodeltester.check(model)


def _render(view: QListView, row: int) -> QImage:
    image = view.viewport().grab(view.visualRect(view.model().index(row, 0))).toImage()
    return image.convertToFormat(QImage.Format.Format_RGB32)


def _has_colour(image: QImage, colour: str) -> bool:
    wanted = QColor(colour).rgb()
    return any(
        image.pixel(x, y) == wanted for y in range(image.height()) for x in range(image.width())
    )


def test_the_delegate_paints_a_green_dot_only_when_online(
    qtbot: QtBot, model: ContactsModel
) -> None:
    engine = FakeEngine()
    _wire(model, engine, [ACCOUNT])
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(ContactsDelegate(LIGHT, view))
    view.resize(400, 400)
    view.show()
    qtbot.waitExposed(view)
    row = _row(model, "Bob")
    assert not _has_colour(_render(view, row), LIGHT.success)
    engine.publish(PresenceChanged(ACCOUNT.key, "sip:bob@sip.example.org", "online", ""))
    assert _has_colour(_render(view, row), LIGHT.success)
    engine.publish(PresenceChanged(ACCOUNT.key, "sip:bob@sip.example.org", "offline", ""))
    offline = _render(view, row)
    assert not _has_colour(offline, LIGHT.success)
    assert _has_colour(offline, LIGHT.muted)
