"""app.wire_presence: the tray calls through the engine, follows the registration, and the
rail shows the missed calls stored in the database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from jego_desktop.app import wire_presence
from jego_desktop.domain.accounts import RegistrationState
from jego_desktop.domain.calls import CallDirection, CallRecord
from jego_desktop.domain.contacts import Contact, PhoneNumber
from jego_desktop.domain.engine_events import RegistrationChanged
from jego_desktop.engine.refcount_workaround import protect_singletons
from jego_desktop.engine.worker import CallEngine
from jego_desktop.models.window.registration_status import RegistrationStatus
from jego_desktop.store.calls import CallHistory
from jego_desktop.store.contacts import ContactStore
from jego_desktop.store.database import Database
from jego_desktop.ui.window.main_window import MainWindow
from jego_desktop.ui.window.window_presence import CALLS_PAGE
from tests.ui.fake_engine import FakeEngine

ACCOUNT = "+33100000000@sip.example.org"


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    protect_singletons()  # as the app does: PySide6 drops references to True it never took
    db = Database.open(tmp_path / "jego.sqlite3")
    yield db
    db.close()


def test_tray_and_badges_are_wired(qtbot: QtBot, tmp_path: Path, database: Database) -> None:
    CallHistory(database).add(
        CallRecord("m1", ACCOUNT, CallDirection.INCOMING, "sip:+33612345678@x", 1.0, None, 9.0, "")
    )
    ContactStore(database).add(
        Contact("Camille", (PhoneNumber("06 12 34 56 78", "cell"),), favourite=True)
    )
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("dialing/home_region", "FR")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.contacts.set_store(ContactStore(database))
    window.dial_pad.set_account(ACCOUNT, "sip.example.org")
    fake = FakeEngine()
    status = RegistrationStatus({ACCOUNT: "+33 1 00 00 00 00"})

    wire_presence(window, cast(CallEngine, fake), status, None, database)

    tray = window.presence.tray
    assert window.rail.badge(CALLS_PAGE) == 1
    before = tray.registered
    status.on_registration_changed(
        RegistrationChanged(ACCOUNT, RegistrationState.REGISTERED, 200, "")
    )
    assert (before, tray.registered) == (False, True)
    assert tray.icon.toolTip() == "Jego Desktop\n+33 1 00 00 00 00: online"

    tray.refresh_menu()
    tray.quick_dial_actions[0].trigger()
    assert fake.last("make_call") == ("make_call", "sip:+33612345678@sip.example.org", ACCOUNT)
