"""The ringtone volume chosen in the settings is what comes out of the (virtual) speaker."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from jego_desktop.media.ringer import Pattern, Ringer
from tests.peers.pulse import VirtualAudio
from tests.peers.tones import read_wav, tone_level_db

pytestmark = pytest.mark.peers

RING_S = 1.2  # each ring plays this long; the chime's sound is its first 1.1 s


def first_sound_after(samples, rate: int, after_s: float, threshold: float = 1e-3) -> float:
    """When the recording first carries sound after `after_s` (inf: never).

    The rings are measured from their own start: on a busy machine a ring's stream can
    open 0.1-0.2 s late, and a window fixed to the recording's clock then takes in some
    of the chime's gaps and misreads the level."""
    loud = (abs(samples[round(after_s * rate) :]) > threshold).nonzero()[0]
    return after_s + loud[0] / rate if len(loud) else float("inf")


@pytest.fixture
def sound(virtual_audio: VirtualAudio) -> VirtualAudio:
    virtual_audio.apply_to_this_process()
    return virtual_audio


def test_quarter_volume_is_12_db_down_and_zero_is_silent(
    sound: VirtualAudio, tmp_path: Path
) -> None:
    ringer = Ringer()
    recording = sound.start_recording_speaker(tmp_path / "ring.wav")
    sound.wait_for_recorder(recording)
    for volume in (1.0, 0.25, 0.0):
        ringer.ringtone_volume = volume
        ringer.play(Pattern.RINGTONE, sound.alsa_speaker)
        assert ringer.playing is Pattern.RINGTONE
        time.sleep(RING_S)
        ringer.stop()
        time.sleep(0.3)
    ringer.ringtone_volume = 0.0
    ringer.play(Pattern.RINGBACK, sound.alsa_speaker)  # not the ringtone: full volume
    time.sleep(RING_S)
    ringer.stop()
    heard = recording.stop()
    samples, rate = read_wav(heard)
    full_at = first_sound_after(samples, rate, 0.0)
    quarter_at = first_sound_after(samples, rate, full_at + RING_S)
    ringback_at = first_sound_after(samples, rate, quarter_at + RING_S)  # the silent ring: none
    assert ringback_at < len(samples) / rate, "the ringback was not heard"
    full = tone_level_db(heard, 880.0, start_s=full_at, end_s=full_at + 1.1)
    quarter = tone_level_db(heard, 880.0, start_s=quarter_at, end_s=quarter_at + 1.1)
    silent = tone_level_db(heard, 880.0, start_s=quarter_at + RING_S, end_s=ringback_at)
    ringback = tone_level_db(heard, 425.0, start_s=ringback_at, end_s=ringback_at + 0.9)
    print(f"rings start at {full_at:.2f}, {quarter_at:.2f} s, ringback at {ringback_at:.2f} s; "
          f"ringtone {full:.1f} dB, at 25 %: {quarter:.1f} dB, at 0: {silent:.1f} dB")  # fmt: skip
    assert full > -35
    assert 10 < full - quarter < 14
    assert silent < -50
    assert ringback > -35
