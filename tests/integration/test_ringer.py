"""The ringtone really comes out of the (virtual) speaker."""

from __future__ import annotations

import time
import tracemalloc
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


def test_ringtone_and_ringback_reach_the_speaker(sound: VirtualAudio, tmp_path: Path) -> None:
    ringer = Ringer()
    recording = sound.start_recording_speaker(tmp_path / "ring.wav")
    sound.wait_for_recorder(recording)
    ringer.play(Pattern.RINGTONE, sound.alsa_speaker)
    time.sleep(1.2)
    ringer.play(Pattern.RINGBACK, sound.alsa_speaker)
    time.sleep(1.2)
    ringer.stop()
    heard = recording.stop()
    assert ringer.problem == ""
    assert tone_level_db(heard, 880.0, start_s=0.1, end_s=1.1) > -35
    assert tone_level_db(heard, 425.0, start_s=1.3, end_s=2.2) > -35
    assert tone_level_db(heard, 425.0, start_s=0.1, end_s=1.1) < -50


def test_missing_device_is_a_problem_not_a_crash(sound: VirtualAudio) -> None:
    ringer = Ringer()
    ringer.play(Pattern.RINGTONE, "No Such Speaker")
    try:
        assert "not connected" in ringer.problem
    finally:
        ringer.stop()


def test_a_stopped_ring_keeps_no_samples_and_rings_again(sound: VirtualAudio) -> None:
    ringer = Ringer()
    tracemalloc.start()  # numpy reports its arrays' memory to tracemalloc
    try:
        ringer.play(Pattern.RINGBACK, sound.alsa_speaker)  # 5 s of 48 kHz float32: 960 KB
        playing = tracemalloc.get_traced_memory()[0]
        ringer.stop()
        stopped = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert playing - stopped > 900_000
    ringer.play(Pattern.RINGTONE, sound.alsa_speaker)
    try:
        assert ringer.playing is Pattern.RINGTONE and ringer.problem == ""
    finally:
        ringer.stop()
