"""The microphone level meter: its own input stream, peak on a dB scale, never raises."""

from __future__ import annotations

import builtins
from typing import Any

import numpy as np
import pytest

from jego_desktop.media import devices
from jego_desktop.media.level_meter import LevelMeter, level_from_peak
from tests.unit.fake_sounddevice import FakeSoundDevice, fake_sd

__all__ = ["fake_sd"]


def test_levels_on_a_db_scale() -> None:
    assert level_from_peak(0) == 0.0
    assert level_from_peak(32767) > 0.99
    assert abs(level_from_peak(328) - (1 - 40 / 60)) < 0.01  # -40 dBFS
    assert level_from_peak(10) == 0.0  # below -60 dBFS


def test_meter_reads_the_chosen_microphone(fake_sd: FakeSoundDevice) -> None:
    meter = LevelMeter()
    assert meter.start("USB Headset")
    stream = fake_sd.stream("input")
    assert stream.device == 1
    assert devices.open_stream_count() == 1
    tone = (np.sin(np.arange(1600) / 5) * 16000).astype(np.int16)
    stream.feed(tone.tobytes())
    level = meter.take_level()
    assert 0.88 < level < 0.90  # -6 dBFS
    assert meter.take_level() == 0.0  # read and reset
    meter.stop()
    assert stream.closed
    assert devices.open_stream_count() == 0


def test_meter_falls_back_to_another_rate(fake_sd: FakeSoundDevice) -> None:
    fake_sd.rates["USB Headset"] = {48_000}
    meter = LevelMeter()
    assert meter.start("USB Headset")
    assert fake_sd.stream("input").samplerate == 48_000
    meter.stop()


def test_a_failing_microphone_is_reported_not_raised(fake_sd: FakeSoundDevice) -> None:
    fake_sd.fail_open["input"] = "Device unavailable"
    meter = LevelMeter()
    assert not meter.start("")
    assert "Device unavailable" in meter.problem
    assert not meter.running


def test_no_microphone_at_all(fake_sd: FakeSoundDevice) -> None:
    fake_sd.devices = []
    meter = LevelMeter()
    assert not meter.start("")
    assert meter.problem


def test_the_callback_imports_nothing(
    fake_sd: FakeSoundDevice, monkeypatch: pytest.MonkeyPatch
) -> None:
    meter = LevelMeter()
    assert meter.start("")
    stream = fake_sd.stream("input")
    imports: list[str] = []
    real_import = builtins.__import__

    def counting_import(name: str, *args: Any, **kwargs: Any) -> Any:
        imports.append(name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", counting_import)
    for _ in range(5):
        stream.feed(np.full(320, 1000, dtype=np.int16).tobytes())
    monkeypatch.undo()
    assert imports == []  # numpy was bound when the stream opened
    assert meter.take_level() > 0
    meter.stop()
