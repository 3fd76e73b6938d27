"""The voice recorder bar against a fake sound device: meter, time, cancel, send."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from jego_desktop.media import voice_message
from jego_desktop.media.voice_message import SAMPLE_RATE
from jego_desktop.ui.chats.voice_recorder import VoiceRecorderBar, format_elapsed, meter_fraction
from tests.peers.tones import assert_tone
from tests.unit.fake_sounddevice import FakeSoundDevice, fake_sd
from tests.unit.test_voice_message import FloatSoundDevice

__all__ = ["fake_sd"]


@pytest.fixture
def sd(fake_sd: FakeSoundDevice, monkeypatch: pytest.MonkeyPatch) -> FloatSoundDevice:
    fake = FloatSoundDevice()
    monkeypatch.setattr(voice_message, "_load_sounddevice", lambda: fake)
    return fake


def tone(seconds: float, amplitude: float) -> np.ndarray[Any, Any]:
    t = np.arange(round(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    return amplitude * np.sin(2 * np.pi * 440 * t)


@pytest.fixture
def bar(qtbot: QtBot, tmp_path: Path) -> VoiceRecorderBar:
    widget = VoiceRecorderBar(tmp_path / "voice")
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_records_shows_level_and_time_then_sends(
    bar: VoiceRecorderBar, sd: FloatSoundDevice, qtbot: QtBot
) -> None:
    assert bar.start()
    assert bar.is_recording() and bar.meter.isVisible() and bar.send_button.isEnabled()
    sd.streams[0].feed(tone(1.0, 0.01))  # quiet: -40 dBFS
    sd.streams[0].feed(tone(1.2, 0.5))  # loud: -6 dBFS
    qtbot.waitUntil(lambda: bar.elapsed.text() == "0:02", timeout=3000)
    qtbot.waitUntil(lambda: len(bar.meter.levels) == 22, timeout=3000)
    levels = list(bar.meter.levels)
    assert max(levels[:9]) == pytest.approx(meter_fraction(-40), abs=0.03)
    assert levels[-1] == pytest.approx(meter_fraction(-6), abs=0.03)

    with qtbot.waitSignal(bar.recorded) as sent:
        qtbot.mouseClick(bar.send_button, Qt.MouseButton.LeftButton)
    path, duration = sent.args
    assert duration == pytest.approx(2.2, abs=0.001)
    assert path.parent == bar._folder and path.suffix == ".ogg"
    info = soundfile.info(path)
    assert (info.format, info.subtype) == ("OGG", "OPUS")
    samples, rate = soundfile.read(path)
    assert_tone(samples, 440, rate=rate, start_s=1.1, end_s=2.1, tolerance_hz=3)
    assert not bar.is_recording() and not bar.send_button.isEnabled()
    assert sd.streams[0].closed


def test_cancel_throws_the_recording_away(
    bar: VoiceRecorderBar, sd: FloatSoundDevice, qtbot: QtBot
) -> None:
    assert bar.start()
    sd.streams[0].feed(tone(0.5, 0.3))
    with qtbot.waitSignal(bar.cancelled):
        qtbot.mouseClick(bar.cancel_button, Qt.MouseButton.LeftButton)
    assert list(bar._folder.iterdir()) == []
    assert not bar.is_recording()


def test_escape_cancels_and_enter_sends(
    bar: VoiceRecorderBar, sd: FloatSoundDevice, qtbot: QtBot
) -> None:
    assert bar.start()
    with qtbot.waitSignal(bar.cancelled):
        qtbot.keyClick(bar, Qt.Key.Key_Escape)
    assert bar.start()
    sd.streams[-1].feed(tone(0.3, 0.3))
    with qtbot.waitSignal(bar.recorded):
        qtbot.keyClick(bar, Qt.Key.Key_Return)


def test_a_missing_microphone_is_said_clearly(
    bar: VoiceRecorderBar, fake_sd: FakeSoundDevice, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    monkeypatch.setattr(voice_message, "_load_sounddevice", lambda: FloatSoundDevice("no mic"))
    with qtbot.waitSignal(bar.problem) as problem:
        assert not bar.start()
    assert problem.args[0] == "Recording cannot start: the microphone cannot be opened (no mic)"
    assert bar.status.isVisible() and bar.status.text() == problem.args[0]
    assert not bar.send_button.isEnabled() and list(bar._folder.iterdir()) == []


def test_stopping_with_nothing_recorded_is_a_problem_not_a_file(
    bar: VoiceRecorderBar, sd: FloatSoundDevice, qtbot: QtBot
) -> None:
    assert bar.start()
    with qtbot.waitSignal(bar.problem) as problem:
        bar.finish()
    assert "no sound came from the microphone" in problem.args[0]
    assert list(bar._folder.iterdir()) == []


def test_time_format() -> None:
    assert [format_elapsed(ms) for ms in (0, 999, 61_000, 600_000)] == [
        "0:00", "0:00", "1:01", "10:00",
    ]  # fmt: skip
    assert meter_fraction(-200) == 0 and meter_fraction(0) == 1 and meter_fraction(-30) == 0.5
