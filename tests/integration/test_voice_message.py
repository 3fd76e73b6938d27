"""Voice messages on the virtual sound card: record a tone, check the Ogg Opus file, play it."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import soundfile

from jego_desktop.media.voice_message import RecordingMeter, VoicePlayer, VoiceRecorder
from tests.peers.pulse import VirtualAudio
from tests.peers.tones import assert_tone, write_tone_wav

pytestmark = pytest.mark.peers


@pytest.fixture(scope="module")
def audio(virtual_audio: VirtualAudio) -> Iterator[VirtualAudio]:
    virtual_audio.apply_to_this_process()
    yield virtual_audio
    virtual_audio.restore_this_process()


@pytest.fixture(scope="module")
def recorded(
    audio: VirtualAudio, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, list[RecordingMeter], float]:
    """A voice message of a 1 kHz tone played into the virtual microphone."""
    folder = tmp_path_factory.mktemp("voice")
    tone = write_tone_wav(folder / "tone.wav", 1000, 1.5, rate=48000, amplitude=0.5)
    meters: list[RecordingMeter] = []
    first = threading.Event()

    def on_meter(meter: RecordingMeter) -> None:
        meters.append(meter)
        first.set()

    recorder = VoiceRecorder(folder / "message.ogg", on_meter=on_meter)
    cpu = time.process_time()
    assert recorder.start() == ""
    assert first.wait(5), "no level report: the microphone delivers nothing"
    audio.play_into_microphone(tone)
    time.sleep(0.2)
    path = recorder.stop()
    cpu = time.process_time() - cpu
    assert recorder.dropped_blocks == 0
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []
    return path, meters, cpu


def test_the_recording_is_a_standard_ogg_opus_file(
    recorded: tuple[Path, list[RecordingMeter], float],
) -> None:
    path, _, cpu = recorded
    head = path.read_bytes()[:64]
    assert head.startswith(b"OggS") and head[28:36] == b"OpusHead"  # RFC 7845 first page
    info = soundfile.info(path)
    assert (info.format, info.subtype, info.samplerate, info.channels) == ("OGG", "OPUS", 48000, 1)
    assert 1.5 <= info.duration <= 4.0
    kbits = path.stat().st_size * 8 / info.duration / 1000
    print(
        f"{info.duration:.2f} s, {path.stat().st_size} bytes, {kbits:.1f} kbit/s,"
        f" CPU {cpu:.2f} s for record+encode"
    )
    assert kbits < 40


def test_the_recording_holds_the_tone(recorded: tuple[Path, list[RecordingMeter], float]) -> None:
    path, _, _ = recorded
    samples, rate = soundfile.read(path, dtype="float64")
    assert rate == 48000
    loud = np.flatnonzero(np.abs(samples) > 0.1)
    assert len(loud), "the recording is silent"
    start, end = loud[0] / rate, loud[-1] / rate
    assert 1.3 <= end - start <= 1.7
    assert_tone(samples, 1000, rate=rate, start_s=start + 0.1, end_s=end - 0.1, tolerance_hz=5)


def test_the_meter_follows_the_sound(recorded: tuple[Path, list[RecordingMeter], float]) -> None:
    _, meters, _ = recorded
    elapsed = [m.elapsed_ms for m in meters]
    assert elapsed == sorted(elapsed) and elapsed[-1] >= 1500
    assert max(m.peak for m in meters) == pytest.approx(0.5, abs=0.05)
    # a 0.5 sine is -6 dBFS; silence before the tone is far below
    assert max(m.level_dbfs for m in meters) == pytest.approx(-6.0, abs=1.0)
    assert min(m.level_dbfs for m in meters) < -60


def test_playback_through_the_speaker(
    audio: VirtualAudio, recorded: tuple[Path, list[RecordingMeter], float], tmp_path: Path
) -> None:
    path, _, _ = recorded
    positions: list[tuple[int, int]] = []
    finished = threading.Event()
    player = VoicePlayer(path, on_position=lambda *p: positions.append(p), on_finished=finished.set)
    recording = audio.start_recording_speaker(tmp_path / "speaker.wav")
    audio.wait_for_recorder(recording)
    try:
        assert player.play() == ""
        assert finished.wait(10), "playback never finished"
    finally:
        player.stop()
        wav = recording.stop()
    duration = player.duration_ms
    assert positions[-1] == (duration, duration)
    assert [p for p, _ in positions] == sorted(p for p, _ in positions)
    assert_tone(wav, 1000, min_seconds=1.0, tolerance_hz=5, min_fraction=0.3)


def test_stop_during_playback(
    audio: VirtualAudio, recorded: tuple[Path, list[RecordingMeter], float]
) -> None:
    finished = threading.Event()
    player = VoicePlayer(recorded[0], on_finished=finished.set)
    assert player.play() == ""
    time.sleep(0.3)
    player.stop()
    assert finished.is_set()
    assert 0 < player.position_ms < player.duration_ms


def test_cancel_leaves_nothing(audio: VirtualAudio, tmp_path: Path) -> None:
    recorder = VoiceRecorder(tmp_path / "cancelled.ogg")
    assert recorder.start() == ""
    time.sleep(0.3)
    recorder.cancel()
    assert list(tmp_path.iterdir()) == []


def test_a_linphone_matroska_recording_plays(audio: VirtualAudio, tmp_path: Path) -> None:
    sample = Path(__file__).resolve().parents[1] / "data" / "voice" / "tone-1k-stereo.mka"
    player = VoicePlayer(sample)
    recording = audio.start_recording_speaker(tmp_path / "speaker.wav")
    audio.wait_for_recorder(recording)
    try:
        assert player.play() == ""
        assert player.wait(10)
    finally:
        player.stop()
        wav = recording.stop()
    assert player.duration_ms == 1500
    assert_tone(wav, 1000, min_seconds=1.0, tolerance_hz=5, min_fraction=0.3)
