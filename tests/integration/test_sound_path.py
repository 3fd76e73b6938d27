"""The real sound path: virtual PulseAudio devices <-> SoundBridge <-> engine <-> baresip.

The microphone is fed with `paplay` and the speaker recorded from its monitor; calls go
straight to baresip's IP address (no registrar needed). Audio is proven by its content.

WebRTC's echo canceller mutes the microphone while the far end sends a steady pure tone
(it cannot estimate an echo path from one, and plays safe); with speech, or silence, from
the far end the microphone goes through. So the microphone tests have baresip send
silence, and the one that needs tones both ways runs without echo cancellation.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from jego_desktop.domain.accounts import DIRECT_ACCOUNT_KEY
from jego_desktop.domain.audio import SAMPLE_RATE
from jego_desktop.domain.calls import CallState
from jego_desktop.domain.engine_events import CallChanged
from jego_desktop.media.echo import VoiceSettings
from jego_desktop.media.sound_bridge import SoundBridge
from jego_desktop.media.sound_check import SoundBusyError, SoundCheck
from tests.integration.engine_probe import EngineProbe, pump
from tests.peers.baresip import Baresip
from tests.peers.pulse import AudioJob, VirtualAudio
from tests.peers.tones import assert_tone, read_wav, write_tone_wav

pytestmark = [pytest.mark.peers, pytest.mark.timeout(30)]

MIC_TONE = 1000.0
BOB_TONE = 1200.0


@pytest.fixture(scope="module")
def sound(virtual_audio: VirtualAudio) -> Iterator[VirtualAudio]:
    virtual_audio.apply_to_this_process()
    yield virtual_audio
    virtual_audio.restore_this_process()


@pytest.fixture
def bridge() -> Iterator[SoundBridge]:
    made = SoundBridge()
    yield made
    made.close()


def feed_microphone(sound: VirtualAudio, tmp_path: Path, seconds: float = 8.0) -> AudioJob:
    wav = write_tone_wav(tmp_path / "mic.wav", MIC_TONE, seconds, rate=48000)
    return sound.start_playing_into_microphone(wav)


def call_bob(
    engine_factory, baresip_factory, bridge: SoundBridge, silent_file: Path | None = None
) -> tuple[EngineProbe, Baresip, str]:
    """Call a baresip that sends BOB_TONE, or the silence in `silent_file`."""
    bob: Baresip = baresip_factory("bob", tone_hz=BOB_TONE, audio_file=silent_file)
    bob.start()
    probe: EngineProbe = engine_factory(audio=bridge)
    call_id = probe.engine.make_call(bob.uri(), DIRECT_ACCOUNT_KEY)
    probe.wait_call(call_id, CallState.ACTIVE)
    return probe, bob, call_id


def hang_up(probe: EngineProbe, bob: Baresip, call_id: str) -> None:
    probe.engine.hangup(call_id)
    probe.wait_call(call_id, CallState.ENDED)
    bob.wait_call_closed()


def record_speaker(sound: VirtualAudio, wav: Path, seconds: float) -> Path:
    """Record the speaker while the Qt loop keeps delivering engine events."""
    recording = sound.start_recording_speaker(wav)
    sound.wait_for_recorder(recording)
    pump(seconds)
    return recording.stop()


def silence_wav(tmp_path: Path) -> Path:
    return write_tone_wav(tmp_path / "silence.wav", 0.0, 20.0, rate=8000, amplitude=0.0)


def test_microphone_tone_reaches_baresip(
    sound: VirtualAudio, tmp_path: Path, engine_factory, baresip_factory, bridge: SoundBridge
) -> None:
    feeder = feed_microphone(sound, tmp_path)
    probe, bob, call_id = call_bob(engine_factory, baresip_factory, bridge, silence_wav(tmp_path))
    pump(2.5)
    stats = bridge.stats()
    hang_up(probe, bob, call_id)
    feeder.stop()
    assert stats.input_rate == SAMPLE_RATE and stats.captured.overflows == 0, stats
    assert bridge.problem == ""
    assert_tone(bob.heard_wav(), MIC_TONE, start_s=0.5, min_seconds=1.5)


def test_baresip_tone_reaches_the_speaker_through_a_48k_device(
    sound: VirtualAudio, tmp_path: Path, engine_factory, baresip_factory
) -> None:
    bridge = SoundBridge(device_rate=48000)
    try:
        probe, bob, call_id = call_bob(engine_factory, baresip_factory, bridge)
        pump(0.3)
        wav = record_speaker(sound, tmp_path / "speaker.wav", 2.0)
        stats = bridge.stats()
        hang_up(probe, bob, call_id)
    finally:
        bridge.close()
    assert stats.output_rate == 48000 and stats.input_rate == 48000, stats
    assert_tone(wav, BOB_TONE, start_s=0.2, min_seconds=1.5)
    assert not bridge.is_open


def test_device_switch_mid_call_keeps_the_call_and_its_sound(
    sound: VirtualAudio, tmp_path: Path, engine_factory, baresip_factory
) -> None:
    bridge = SoundBridge(voice=VoiceSettings(echo_cancellation=False))
    feeder = feed_microphone(sound, tmp_path)
    try:
        probe, bob, call_id = call_bob(engine_factory, baresip_factory, bridge)
        pump(1.0)
        assert bridge.active_input == "default"
        since = probe.mark()
        problems: list[str] = []
        bridge.on_problem = problems.append

        bridge.switch_devices(sound.alsa_microphone, sound.alsa_speaker)
        assert (bridge.active_input, bridge.active_output) == (
            sound.alsa_microphone,
            sound.alsa_speaker,
        )
        named = record_speaker(sound, tmp_path / "named.wav", 1.5)
        switched_at = time.monotonic()

        bridge.switch_devices("Unplugged Headset", sound.alsa_speaker)
        assert bridge.active_input == "default" and "Unplugged Headset" in bridge.problem
        pump(1.5)
        fallback_heard_for = time.monotonic() - switched_at

        assert_tone(named, BOB_TONE, start_s=0.2, min_seconds=1.0)
        ended = [
            e
            for e in probe.events[since:]
            if isinstance(e, CallChanged) and e.state is CallState.ENDED
        ]
        assert ended == []
        hang_up(probe, bob, call_id)
    finally:
        feeder.stop()
        bridge.close()
    assert problems and "not connected" in problems[0]
    heard, rate = read_wav(bob.heard_wav())
    # The last second before hang-up was captured from the fallback (default) microphone.
    end = len(heard) / rate - 0.3
    assert_tone(heard, MIC_TONE, rate=rate, start_s=end - min(1.0, fallback_heard_for), end_s=end)


@pytest.mark.parametrize("device_rate", [None, 44100])
def test_loopback_moves_the_microphone_to_the_speaker(
    sound: VirtualAudio, tmp_path: Path, device_rate: int | None
) -> None:
    bridge = SoundBridge(device_rate=device_rate)
    check = SoundCheck(bridge)
    feeder = feed_microphone(sound, tmp_path, seconds=4.0)
    check.start_loopback()
    try:
        assert check.running and bridge.is_open
        pump(0.5)
        wav = record_speaker(sound, tmp_path / "loop.wav", 1.5)
    finally:
        check.stop()
        feeder.stop()
    assert not bridge.stats().is_open
    assert_tone(wav, MIC_TONE, start_s=0.2, min_seconds=1.0)


def test_record_then_play_back(sound: VirtualAudio, tmp_path: Path) -> None:
    bridge = SoundBridge()
    check = SoundCheck(bridge)
    feeder = feed_microphone(sound, tmp_path, seconds=3.0)
    pcm = check.record(1.5)
    feeder.stop()
    assert len(pcm) == 1.5 * SAMPLE_RATE * 2
    samples = np.frombuffer(pcm, dtype="<i2") / 32768.0
    assert_tone(samples, MIC_TONE, rate=SAMPLE_RATE, start_s=0.3)
    assert not bridge.is_open

    recording = sound.start_recording_speaker(tmp_path / "playback.wav")
    sound.wait_for_recorder(recording)
    check.play(pcm)
    wav = recording.stop()
    assert not bridge.is_open
    assert_tone(wav, MIC_TONE, min_seconds=1.0, min_fraction=0.3)


def test_a_call_takes_the_devices_from_a_sound_check(
    sound: VirtualAudio, engine_factory, baresip_factory, bridge: SoundBridge
) -> None:
    check = SoundCheck(bridge)
    check.start_loopback()
    probe, bob, call_id = call_bob(engine_factory, baresip_factory, bridge)
    assert not check.running and bridge.is_open
    with pytest.raises(SoundBusyError):
        check.start_loopback()
    hang_up(probe, bob, call_id)
    assert not bridge.is_open
