"""The settings view's models: accounts with their state, codec order, values and checks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from jego_desktop.domain.accounts import AccountConfig, RegistrationState
from jego_desktop.domain.engine_events import RegistrationChanged
from jego_desktop.models.settings.settings_accounts import AccountListModel, AccountRole
from jego_desktop.models.settings.settings_codecs import CodecOrderModel, readable
from jego_desktop.models.settings.settings_values import (
    AppSettings,
    AudioPreferences,
    bind_address_error,
    server_url_error,
)
from jego_desktop.models.window.registration_status import RegistrationStatus

ALICE = AccountConfig("+33612345678", "sip.example.org", display_name="Alice")
BOB = AccountConfig("+8613800138000", "127.0.0.1:5060")


def test_accounts_show_their_registration_state(qtmodeltester) -> None:
    status = RegistrationStatus({})
    model = AccountListModel(status)
    model.set_accounts([ALICE, BOB])
    qtmodeltester.check(model)
    first, second = model.index(0), model.index(1)
    assert first.data() == "Alice (+33 6 12 34 56 78)"
    assert second.data() == "+86 138 0013 8000"
    assert first.data(AccountRole.STATE) is None
    assert first.data(AccountRole.STATE_TEXT) == "Connecting…"
    changes = []
    model.dataChanged.connect(lambda *args: changes.append(args))
    status.on_registration_changed(
        RegistrationChanged(ALICE.key, RegistrationState.REGISTERED, 200, "OK")
    )
    status.on_registration_changed(
        RegistrationChanged(BOB.key, RegistrationState.FAILED, 403, "wrong user name or password")
    )
    assert changes
    assert first.data(AccountRole.STATE) is RegistrationState.REGISTERED
    assert first.data(AccountRole.STATE_TEXT) == "Online"
    assert second.data(AccountRole.STATE_TEXT) == "Not connected: wrong user name or password"
    assert second.data(AccountRole.SERVER_TEXT) == "127.0.0.1:5060 · UDP"
    model.set_accounts([BOB])
    qtmodeltester.check(model)
    assert model.rowCount() == 1


LISTED = [("G722/16000/1", 250), ("PCMA/8000/1", 249), ("PCMU/8000/1", 248), ("GSM/8000/1", 0)]


def test_a_servers_reason_in_the_tooltip_is_text_not_markup(qapp: object) -> None:
    status = RegistrationStatus({})
    model = AccountListModel(status)
    model.set_accounts([BOB])
    reason = 'server error (500 <img src="/dev/zero">)'
    status.on_registration_changed(
        RegistrationChanged(BOB.key, RegistrationState.FAILED, 500, reason)
    )
    tooltip = model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;img" in tooltip and "<img" not in tooltip
    assert model.index(0).data(AccountRole.STATE_TEXT) == f"Not connected: {reason}"


def test_codecs_move_and_switch(qtmodeltester) -> None:
    model = CodecOrderModel()
    model.set_codecs(LISTED)
    qtmodeltester.check(model)
    orders: list[list[str]] = []
    model.order_changed.connect(orders.append)
    assert model.order() == ["G722/16000/1", "PCMA/8000/1", "PCMU/8000/1"]
    assert model.index(3).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.move(2, -1) == 1
    assert model.move(0, -1) == 0  # the first cannot go higher
    assert model.move(3, 1) == 3  # nor the last lower
    assert orders == [["G722/16000/1", "PCMU/8000/1", "PCMA/8000/1"]]
    assert model.setData(model.index(3), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert orders[-1] == ["G722/16000/1", "PCMU/8000/1", "PCMA/8000/1", "GSM/8000/1"]
    qtmodeltester.check(model)


def test_the_last_codec_cannot_be_switched_off() -> None:
    model = CodecOrderModel()
    model.set_codecs([("PCMA/8000/1", 250), ("GSM/8000/1", 0)])
    assert not model.setData(
        model.index(0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole
    )
    assert model.order() == ["PCMA/8000/1"]


def test_codec_names_for_people() -> None:
    assert readable("G722/16000/1") == "G722 · 16 kHz"
    assert readable("speex/32000/1") == "speex · 32 kHz"
    assert readable("odd") == "odd"


def test_settings_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    values = AppSettings(QSettings(str(path), QSettings.Format.IniFormat))
    assert values.audio() == AudioPreferences()
    audio = AudioPreferences("USB Headset", "", "Speakers", False, True, False, 35)
    values.set_audio(audio)
    values.set_codec_order(["PCMA/8000/1", "G722/16000/1"])
    again = AppSettings(QSettings(str(path), QSettings.Format.IniFormat))
    assert again.audio() == audio
    assert again.audio().ringtone_gain == 0.0
    assert again.codec_order() == ["PCMA/8000/1", "G722/16000/1"]
    assert "codec_order" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("", ""),
        ("https://files.example.org/upload", ""),
        ("http://127.0.0.1:8080/", ""),
        ("ftp://files.example.org", "https://"),
        ("files.example.org", "https://"),
        ("https://", "no server"),
        ("https://files example.org", "spaces"),
        ("http://host:99999/", "not valid"),
    ],
)
def test_file_server_addresses(url: str, words: str) -> None:
    error = server_url_error(url)
    assert (words in error) if words else error == ""


def test_bind_addresses() -> None:
    assert bind_address_error("") == ""
    assert bind_address_error("192.168.1.20") == ""
    assert bind_address_error("::1") == ""
    assert "IP address" in bind_address_error("my-laptop")
