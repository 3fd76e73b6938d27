"""The engine starts with the network and TLS choices of the settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from jego_desktop.app import engine_config
from jego_desktop.engine.config import system_ca_bundle
from jego_desktop.models.settings.settings_values import (
    BIND_ADDRESS,
    TLS_CA_FILE,
    TLS_VERIFY,
    AppSettings,
)


def test_defaults_verify_with_the_system_certificates(tmp_path: Path) -> None:
    values = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    config = engine_config(values)
    assert config.bind_address == ""
    assert config.tls_verify_server is True
    assert config.tls_ca_file == system_ca_bundle()


def test_chosen_address_ca_file_and_verification(tmp_path: Path) -> None:
    values = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    values.set(BIND_ADDRESS, "127.0.0.1")
    values.set(TLS_CA_FILE, str(tmp_path / "ca.pem"))
    values.set(TLS_VERIFY, False)
    again = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    config = engine_config(again)
    assert config.bind_address == "127.0.0.1"
    assert config.tls_ca_file == str(tmp_path / "ca.pem")
    assert config.tls_verify_server is False
