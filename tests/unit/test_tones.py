"""The tone helpers detect a tone by content and reject silence, noise and wrong tones."""

from __future__ import annotations

import wave
from pathlib import Path

import numpy as np
import pytest

from tests.peers.tones import (
    assert_tone,
    dominant_frequency,
    read_wav,
    rms_dbfs,
    tone_level_db,
    write_tone_wav,
)


def _sine(freq_hz: float, seconds: float, rate: int, amplitude: float = 0.5) -> np.ndarray:
    t = np.arange(round(seconds * rate)) / rate
    return amplitude * np.sin(2 * np.pi * freq_hz * t)


@pytest.mark.parametrize(("rate", "channels"), [(8000, 1), (48000, 2), (16000, 1)])
def test_written_tone_reads_back_and_is_detected(tmp_path: Path, rate: int, channels: int) -> None:
    path = write_tone_wav(tmp_path / "tone.wav", 700, 1.0, rate=rate, channels=channels)

    with wave.open(str(path)) as wav:
        assert (wav.getframerate(), wav.getnchannels(), wav.getsampwidth()) == (rate, channels, 2)
        assert wav.getnframes() == rate
    samples, read_rate = read_wav(path)
    assert read_rate == rate
    assert len(samples) == rate
    assert dominant_frequency(path) == pytest.approx(700, abs=2)
    assert rms_dbfs(path) == pytest.approx(20 * np.log10(0.5 / np.sqrt(2)), abs=0.2)
    assert_tone(path, 700)


def test_silence_is_rejected(tmp_path: Path) -> None:
    path = write_tone_wav(tmp_path / "silence.wav", 700, 1.0, amplitude=0.0)

    with pytest.raises(AssertionError, match="silence"):
        assert_tone(path, 700)


def test_a_different_tone_is_rejected(tmp_path: Path) -> None:
    path = write_tone_wav(tmp_path / "other.wav", 1200, 1.0)

    with pytest.raises(AssertionError, match=r"wrong tone.*found dominant 1200"):
        assert_tone(path, 700)


def test_too_short_a_recording_is_rejected(tmp_path: Path) -> None:
    path = write_tone_wav(tmp_path / "short.wav", 700, 0.2)

    with pytest.raises(AssertionError, match="too short"):
        assert_tone(path, 700, min_seconds=0.5)


def test_tone_with_noise_is_still_found() -> None:
    rng = np.random.default_rng(1)
    samples = _sine(1000, 1.0, 8000, amplitude=0.3) + rng.normal(0, 0.05, 8000)

    assert dominant_frequency(samples, rate=8000) == pytest.approx(1000, abs=2)
    assert_tone(samples, 1000, rate=8000)


def test_noise_alone_is_rejected() -> None:
    rng = np.random.default_rng(2)
    noise = rng.normal(0, 0.2, 8000)

    with pytest.raises(AssertionError):
        assert_tone(noise, 1000, rate=8000)


def test_a_quiet_tone_in_loud_other_tone_is_rejected() -> None:
    samples = _sine(700, 1.0, 8000, amplitude=0.05) + _sine(1200, 1.0, 8000, amplitude=0.5)

    with pytest.raises(AssertionError, match="found dominant 1200"):
        assert_tone(samples, 700, rate=8000)
    assert tone_level_db(samples, 700, rate=8000) < tone_level_db(samples, 1200, rate=8000) - 15


def test_window_selects_part_of_a_recording() -> None:
    samples = np.concatenate([np.zeros(8000), _sine(440, 1.0, 8000)])

    assert dominant_frequency(samples, rate=8000, start_s=1.0) == pytest.approx(440, abs=2)
    with pytest.raises(AssertionError, match="silence"):
        assert_tone(samples, 440, rate=8000, end_s=1.0)
    assert_tone(samples, 440, rate=8000, start_s=1.0)


def test_unfinalised_header_reads_to_end_of_file(tmp_path: Path) -> None:
    path = write_tone_wav(tmp_path / "open.wav", 700, 0.5)
    blob = bytearray(path.read_bytes())
    blob[40:44] = b"\0\0\0\0"  # data size not yet written, as in a file still being recorded
    path.write_bytes(bytes(blob))

    samples, rate = read_wav(path)

    assert (len(samples), rate) == (4000, 8000)
