"""The Network section's NAT settings: STUN, ICE, TURN (its password in the keyring only),
keep-alives and address rewriting, written as settings.ini keys the engine starts with."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from jego_desktop.app.engine_setup import engine_config
from jego_desktop.domain.nat import NatTraversal, TurnTransport
from jego_desktop.models.settings.settings_values import AppSettings
from jego_desktop.models.settings.turn_password import TURN_PASSWORD_KEY, TurnPassword
from jego_desktop.models.window.registration_status import RegistrationStatus
from jego_desktop.store.secrets import SecretStore
from jego_desktop.ui.settings.network_section import NetworkSection
from jego_desktop.ui.settings.services import SettingsServices
from tests.support.keyring_fixture import KeyringFile, file_keyring
from tests.ui.fake_engine import FakeEngine

__all__ = ["file_keyring"]

SERVICE = "jego-nat-test"
TURN_SECRET = "c0turn-Secret!"


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def section(qtbot: QtBot, ini: Path, file_keyring: KeyringFile) -> Iterator[NetworkSection]:
    values = AppSettings(QSettings(str(ini), QSettings.Format.IniFormat))
    made = NetworkSection(values)
    qtbot.addWidget(made)
    made.connect_services(
        SettingsServices(
            engine=FakeEngine(),
            status=RegistrationStatus({}),
            turn_password=TurnPassword(SecretStore(SERVICE)),
        )
    )
    made.show()
    yield made


def typed(field, text: str) -> None:
    field.setText(text)
    field.editingFinished.emit()


def reread(ini: Path) -> AppSettings:
    return AppSettings(QSettings(str(ini), QSettings.Format.IniFormat))


def test_defaults_ice_on_no_servers_keepalive_and_rewrite(section: NetworkSection, ini) -> None:
    assert section.ice.isChecked()
    assert section.stun_server.text() == "" and section.turn_server.text() == ""
    assert section.keepalive.value() == 15
    assert section.rewrite.isChecked()
    assert reread(ini).nat_traversal() == NatTraversal()


def test_every_choice_reaches_the_engine_config_and_the_password_only_the_keyring(
    section: NetworkSection, ini: Path, file_keyring: KeyringFile
) -> None:
    typed(section.stun_server, "stun.example.org")
    typed(section.turn_server, "turn.example.org:443")
    section.turn_transport.setCurrentIndex(section.turn_transport.findData(TurnTransport.TLS))
    typed(section.turn_user, "camille")
    typed(section.turn_password, TURN_SECRET)
    section.keepalive.setValue(25)
    section.rewrite.setChecked(False)
    section.ice.setChecked(False)
    section.ice.setChecked(True)

    assert section.turn_password.text() == ""  # not kept on screen
    assert section.turn_password.placeholderText() == "Saved in the keyring"
    assert file_keyring.entries() == {f"{SERVICE}\0{TURN_PASSWORD_KEY}": TURN_SECRET}
    assert TURN_SECRET.encode() not in ini.read_bytes()

    config = engine_config(reread(ini), TurnPassword(SecretStore(SERVICE)))
    assert config.nat == NatTraversal(
        stun_server="stun.example.org",
        ice=True,
        turn_server="turn.example.org:443",
        turn_transport=TurnTransport.TLS,
        turn_user="camille",
        turn_password=TURN_SECRET,
        keepalive_s=25,
        rewrite_addresses=False,
    )
    assert TURN_SECRET not in repr(config)  # what a log line of the config would show


def test_a_bad_server_is_refused_with_a_reason_and_not_saved(
    section: NetworkSection, ini: Path
) -> None:
    typed(section.stun_server, "stun example")
    assert section.stun_error.isVisible()
    assert "server name" in section.stun_error.text()
    typed(section.turn_server, "turn.example.org:70000")
    assert "65535" in section.turn_error.text()
    assert reread(ini).nat_traversal() == NatTraversal()
    typed(section.stun_server, "198.18.0.1:3478")
    assert not section.stun_error.isVisible()
    assert reread(ini).nat_traversal().stun_server == "198.18.0.1:3478"


def test_no_turn_server_means_no_keyring_read(ini: Path) -> None:
    class Refusing(TurnPassword):
        def __init__(self) -> None:
            pass

        def read(self) -> str:
            raise AssertionError("the keyring was asked with no TURN server set")

    assert engine_config(reread(ini), Refusing()).nat.turn_password == ""
