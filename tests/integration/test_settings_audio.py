"""The Audio settings on virtual PulseAudio devices: the level meter moves with the
microphone, and the sound test says clearly whether the microphone was heard."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from jego_desktop.media.sound_bridge import SoundBridge
from jego_desktop.media.sound_check import SoundCheck
from jego_desktop.models.settings.settings_values import AppSettings
from jego_desktop.models.window.registration_status import RegistrationStatus
from jego_desktop.ui.settings.audio_section import AudioSection
from jego_desktop.ui.settings.services import SettingsServices
from tests.peers.pulse import VirtualAudio
from tests.peers.tones import assert_tone, write_tone_wav
from tests.ui.fake_engine import FakeEngine

pytestmark = [pytest.mark.peers, pytest.mark.timeout(60)]

MIC_TONE = 1000.0


@pytest.fixture(scope="module")
def sound(virtual_audio: VirtualAudio) -> Iterator[VirtualAudio]:
    virtual_audio.apply_to_this_process()
    yield virtual_audio
    virtual_audio.restore_this_process()


@pytest.fixture
def section(qtbot: QtBot, sound: VirtualAudio, tmp_path: Path) -> Iterator[AudioSection]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    made = AudioSection(AppSettings(settings))
    qtbot.addWidget(made)
    bridge = SoundBridge()
    made.connect_services(
        SettingsServices(
            engine=FakeEngine(), status=RegistrationStatus({}), sound_check=SoundCheck(bridge)
        )
    )
    made.resize(700, 900)
    made.show()
    yield made
    made.hide()  # closes the meter's stream
    bridge.close()


def test_the_meter_follows_the_microphone(
    qtbot: QtBot, sound: VirtualAudio, section: AudioSection, tmp_path: Path
) -> None:
    qtbot.waitUntil(lambda: section.meter.running, timeout=5000)
    wav = write_tone_wav(tmp_path / "mic.wav", MIC_TONE, 3.0, rate=48000)
    feeder = sound.start_playing_into_microphone(wav)
    try:
        qtbot.waitUntil(lambda: section.level.value() > 60, timeout=5000)
    finally:
        feeder.stop()
    qtbot.waitUntil(lambda: section.level.value() < 20, timeout=5000)
    section.hide()
    assert not section.meter.running


def test_sound_test_plays_back_what_the_microphone_heard(
    qtbot: QtBot, sound: VirtualAudio, section: AudioSection, tmp_path: Path
) -> None:
    wav = write_tone_wav(tmp_path / "mic.wav", MIC_TONE, 6.0, rate=48000)
    feeder = sound.start_playing_into_microphone(wav)
    recording = sound.start_recording_speaker(tmp_path / "speaker.wav")
    sound.wait_for_recorder(recording)
    try:
        section.record_button.click()
        assert not section.meter.running  # the test has the microphone
        assert not section.record_button.isEnabled()
        qtbot.waitUntil(lambda: "Playing back" in section.test_result.text(), timeout=8000)
        feeder.stop()
        qtbot.waitUntil(lambda: "Done" in section.test_result.text(), timeout=10_000)
    finally:
        feeder.stop()
        heard = recording.stop()
    assert_tone(heard, MIC_TONE, min_seconds=1.0, min_fraction=0.2)
    assert section.record_button.isEnabled()
    qtbot.waitUntil(lambda: section.meter.running, timeout=5000)  # the meter is back


def test_sound_test_says_when_the_microphone_heard_nothing(
    qtbot: QtBot, section: AudioSection
) -> None:
    section.record_button.click()
    qtbot.waitUntil(lambda: not section.sound_test_running, timeout=10_000)
    assert "heard nothing" in section.test_result.text()


def test_hear_yourself_loops_the_microphone_to_the_speaker(
    qtbot: QtBot, sound: VirtualAudio, section: AudioSection, tmp_path: Path
) -> None:
    wav = write_tone_wav(tmp_path / "mic.wav", MIC_TONE, 4.0, rate=48000)
    feeder = sound.start_playing_into_microphone(wav)
    section.loopback_button.click()
    try:
        assert section.sound_test_running and not section.meter.running
        assert not section.record_button.isEnabled()
        qtbot.wait(500)
        recording = sound.start_recording_speaker(tmp_path / "loop.wav")
        sound.wait_for_recorder(recording)
        qtbot.wait(1500)
        heard = recording.stop()
    finally:
        section.loopback_button.click()
        feeder.stop()
    assert_tone(heard, MIC_TONE, start_s=0.2, min_seconds=1.0)
    assert "stopped" in section.test_result.text()
    qtbot.waitUntil(lambda: section.meter.running, timeout=5000)
