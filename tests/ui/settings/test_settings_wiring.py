"""app.wire_settings: saved codecs reach the engine at start; sound settings apply live,
and only what changed (switching devices reopens a call's streams)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from jego_desktop.app import AccountBinding, wire_settings
from jego_desktop.engine.worker import CallEngine
from jego_desktop.media.ringer import Ringer
from jego_desktop.media.sound_bridge import SoundBridge
from jego_desktop.models.calls.ring_control import RingControl
from jego_desktop.models.settings.sound_devices import SoundDevices
from jego_desktop.models.window.registration_status import RegistrationStatus
from jego_desktop.platform.autostart import entry_name
from jego_desktop.store.secrets import SecretStore
from jego_desktop.ui.window.main_window import MainWindow
from tests.ui.fake_engine import FakeEngine
from tests.unit.fake_sounddevice import FakeSoundDevice, fake_sd

__all__ = ["fake_sd"]


def test_codecs_at_start_and_sound_settings_live(
    qtbot: QtBot, tmp_path: Path, fake_sd: FakeSoundDevice, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("calls/codec_order", "PCMA/8000/1,G722/16000/1")
    settings.setValue("audio/ringtone_volume", 30)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    fake = FakeEngine()
    engine = cast(CallEngine, fake)
    status = RegistrationStatus({})
    bridge = SoundBridge()
    switches: list[tuple[Any, ...]] = []
    monkeypatch.setattr(bridge, "switch_devices", lambda *names: switches.append(names))
    ringer = Ringer()
    rings = RingControl(ringer)
    bound = AccountBinding(engine, SecretStore("jego-wiring-test"), None, status)

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    profile = tmp_path / "work profile"
    wire_settings(
        window,
        engine,
        status,
        bound,
        SecretStore("x"),
        None,
        bridge,
        rings,
        ringer,
        profile,
        SoundDevices(bridge, parent=window),
    )
    assert fake.last("set_codec_priorities") == (
        "set_codec_priorities",
        ["PCMA/8000/1", "G722/16000/1"],
    )
    assert ringer.ringtone_volume == pytest.approx(0.3)

    audio = window.settings_page.audio
    window.show()
    window.show_page(4)
    window.settings_page.show_section(1)  # the devices are listed when the section shows
    audio.volume.setValue(55)
    audio.noise.setChecked(False)
    assert ringer.ringtone_volume == pytest.approx(0.55)
    assert bridge.voice_settings.noise_suppression is False
    assert switches == []  # nothing reopened for a volume or a switch
    audio.ringer_choice.setCurrentIndex(audio.ringer_choice.findData("USB Headset"))
    assert rings.ringer_device == "USB Headset"
    assert switches == []
    audio.input_choice.setCurrentIndex(audio.input_choice.findData("USB Headset"))
    assert switches == [("USB Headset", "")]
    audio.ringtone.setChecked(False)
    assert ringer.ringtone_volume == 0.0
    window.settings_page.show_section(0)
    assert not audio.meter.running

    # Start at login starts this profile, from its own entry.
    startup = window.settings_page.startup
    assert not startup.at_login.isChecked()
    startup.at_login.setChecked(True)
    (entry,) = (tmp_path / "config" / "autostart").iterdir()
    assert entry.name == f"{entry_name(profile)}.desktop" != "jego-desktop.desktop"
    assert f'--profile "{profile.resolve()}"' in entry.read_text(encoding="utf-8")
    startup.at_login.setChecked(False)
    assert not entry.exists()
