"""Sensible defaults that need no typing: the operator's STUN, TURN, ICE and keep-alive
settings (settings.ini [operator], written by a packager or provisioning) fill the bind
wizard's and the account editor's crossing-routers fields and reach the engine; what the
user changes is theirs, what they leave alone keeps following the operator."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from jego_desktop.app.engine_setup import engine_config
from jego_desktop.domain.nat import NatTraversal, TurnTransport
from jego_desktop.models.settings.settings_values import AppSettings
from tests.support.keyring_fixture import KeyringFile, file_keyring
from tests.ui.settings.test_settings_page import (
    Profile,
    fill_valid,
    make_page,
    open_wizard,
    profile,
)
from tests.ui.settings.test_wizard_keys import pass_the_test

__all__ = ["file_keyring", "profile"]

OPERATOR = """[operator]
stun_server=stun.operator.example:3478
turn_server=turn.operator.example
turn_transport=tcp
turn_user=family-relay
keepalive_s=25
ice=true
"""
FROM_OPERATOR = NatTraversal(
    stun_server="stun.operator.example:3478",
    turn_server="turn.operator.example",
    turn_transport=TurnTransport.TCP,
    turn_user="family-relay",
    keepalive_s=25,
)


def provisioned(profile: Profile) -> Profile:
    profile.settings_path.write_text(OPERATOR)
    profile.qsettings = QSettings(str(profile.settings_path), QSettings.Format.IniFormat)
    return profile


def reread(path: Path) -> AppSettings:
    return AppSettings(QSettings(str(path), QSettings.Format.IniFormat))


def test_the_wizard_shows_the_operators_settings_and_the_engine_gets_them_untyped(
    qtbot: QtBot, profile: Profile, file_keyring: KeyringFile
) -> None:
    page = make_page(qtbot, provisioned(profile))
    wizard = open_wizard(qtbot, page)
    nat = wizard.server_page.nat
    assert nat.stun_server.text() == "stun.operator.example:3478"
    assert nat.turn_server.text() == "turn.operator.example"
    assert nat.turn_transport.currentData() is TurnTransport.TCP
    assert nat.turn_user.text() == "family-relay"
    assert nat.keepalive.value() == 25 and nat.ice.isChecked()
    fill_valid(wizard)  # number, server, password: nothing typed in the NAT fields
    pass_the_test(qtbot, wizard, profile)
    wizard.accept()

    values = reread(profile.settings_path)
    assert engine_config(values).nat == FROM_OPERATOR
    assert not any(key.startswith("network/") for key in values.qsettings.allKeys())
    # the Network section shows the same values
    assert page.network.stun_server.text() == "stun.operator.example:3478"


def test_what_the_user_changes_wins_and_the_rest_follows_the_operator(
    qtbot: QtBot, profile: Profile, file_keyring: KeyringFile
) -> None:
    page = make_page(qtbot, provisioned(profile))
    wizard = open_wizard(qtbot, page)
    wizard.server_page.nat.stun_server.setText("stun.mine.example")
    wizard.server_page.nat.keepalive.setValue(0)
    fill_valid(wizard)
    pass_the_test(qtbot, wizard, profile)
    wizard.accept()

    values = reread(profile.settings_path)
    nat = engine_config(values).nat
    assert (nat.stun_server, nat.keepalive_s) == ("stun.mine.example", 0)
    assert (nat.turn_server, nat.turn_user) == ("turn.operator.example", "family-relay")
    # the operator's later change of its relay reaches this user; their own STUN stays
    updated = profile.settings_path.read_text().replace(
        "turn.operator.example", "turn2.operator.example"
    )
    profile.settings_path.write_text(updated)
    nat = reread(profile.settings_path).nat_traversal()
    assert (nat.stun_server, nat.turn_server) == ("stun.mine.example", "turn2.operator.example")


def test_a_bad_server_is_refused_on_the_server_page(
    qtbot: QtBot, profile: Profile, file_keyring: KeyringFile
) -> None:
    page = make_page(qtbot, profile)
    wizard = open_wizard(qtbot, page)
    assert wizard.server_page.nat.stun_server.text() == ""  # nothing provided: nothing shown
    wizard.number_page.number.setText("+33 6 12 34 56 78")
    wizard.next()
    wizard.server_page.server.setText("127.0.0.1:5070")
    wizard.server_page.nat.turn_server.setText("turn.example.org:99999")
    wizard.next()
    assert wizard.currentPage() is wizard.server_page
    assert "65535" in wizard.server_page.nat.turn_error.text()
