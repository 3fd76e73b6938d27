"""The ringtone volume chosen in the settings is what comes out of the (virtual) speaker."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from jego_desktop.media.ringer import Pattern, Ringer
from tests.peers.pulse import VirtualAudio
from tests.peers.tones import tone_level_db

pytestmark = pytest.mark.peers


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
        time.sleep(1.2)
        ringer.stop()
        time.sleep(0.3)
    ringer.ringtone_volume = 0.0
    ringer.play(Pattern.RINGBACK, sound.alsa_speaker)  # not the ringtone: full volume
    time.sleep(1.2)
    ringer.stop()
    heard = recording.stop()
    full = tone_level_db(heard, 880.0, start_s=0.1, end_s=1.1)
    quarter = tone_level_db(heard, 880.0, start_s=1.6, end_s=2.6)
    silent = tone_level_db(heard, 880.0, start_s=3.1, end_s=4.1)
    ringback = tone_level_db(heard, 425.0, start_s=4.6, end_s=5.5)
    print(f"ringtone {full:.1f} dB, at 25 %: {quarter:.1f} dB, at 0: {silent:.1f} dB")
    assert full > -35
    assert 10 < full - quarter < 14
    assert silent < -50
    assert ringback > -35
