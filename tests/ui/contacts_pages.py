"""The Contacts page shown for a widget test, over a contact store and a dial pad."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from jego_desktop.models.calls.dial_pad import DialPadModel
from jego_desktop.models.contacts.contacts_model import ContactsModel
from jego_desktop.store.contacts import ContactStore
from jego_desktop.ui.contacts.contacts_page import ContactsPage
from jego_desktop.ui.style import LIGHT


def shown_contacts_page(
    qtbot: QtBot, store: ContactStore, dial_pad: DialPadModel, width: int = 900, height: int = 600
) -> ContactsPage:
    page = ContactsPage(ContactsModel(store), dial_pad, LIGHT)
    qtbot.addWidget(page)
    page.resize(width, height)
    page.show()
    qtbot.waitExposed(page)
    return page
