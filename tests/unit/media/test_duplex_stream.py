"""SoundBridge on one duplex stream when microphone and speaker are the same device.

The fake `sounddevice` refuses duplex streams unless a test allows them, so the other
SoundBridge tests (tests/unit/test_sound_bridge.py) cover the two-stream fallback.
"""

from __future__ import annotations

import numpy as np
import pytest

from jego_desktop.domain.audio import FRAME_SAMPLES, SAMPLE_RATE, SILENCE
from jego_desktop.media import devices
from jego_desktop.media.echo import VoiceSettings
from jego_desktop.media.sound_bridge import SoundBridge
from tests.peers.tones import assert_tone
from tests.unit.fake_sounddevice import FakeSoundDevice, fake_sd

__all__ = ["fake_sd"]

NO_PROCESSING = VoiceSettings(echo_cancellation=False, noise_suppression=False)


def frame(value: int, samples: int = FRAME_SAMPLES) -> bytes:
    return np.full(samples, value, dtype=np.int16).tobytes()


@pytest.fixture
def duplex_sd(fake_sd: FakeSoundDevice) -> FakeSoundDevice:
    del fake_sd.fail_open["duplex"]
    return fake_sd


@pytest.mark.parametrize("block_ms", [10, 20])
def test_the_default_devices_share_one_duplex_stream(
    duplex_sd: FakeSoundDevice, block_ms: int
) -> None:
    bridge = SoundBridge(voice=NO_PROCESSING, block_ms=block_ms)
    bridge.open()
    try:
        assert duplex_sd.open_streams("input") == duplex_sd.open_streams("output") == []
        stream = duplex_sd.stream("duplex")
        assert stream.kwargs["device"] == (None, None) and stream.started
        assert stream.blocksize == 16 * block_ms
        stats = bridge.stats()
        assert stats.duplex
        assert (stats.input_latency_s, stats.output_latency_s) == (0.02, 0.03)
        assert (bridge.active_input, bridge.active_output) == ("default", "default")
        assert devices.open_stream_count() == 2  # one per side; each side closes once

        bridge.play_frame(frame(5))  # queued before the device ran: stale
        assert stream.exchange(frame(3)) == SILENCE
        assert bridge.capture_frame() == frame(3)
        bridge.play_frame(frame(9))
        assert stream.exchange(frame(4)) == frame(9)
        assert bridge.capture_frame() == frame(4)
        assert (
            bridge.stats().capture_callbacks == bridge.stats().playback_callbacks == 40 // block_ms
        )
    finally:
        bridge.close()
    assert stream.closed and not bridge.is_open


def test_a_duplex_stream_at_48k_resamples_both_ways(duplex_sd: FakeSoundDevice) -> None:
    duplex_sd.rates["default"] = {48000}
    bridge = SoundBridge(voice=NO_PROCESSING, block_ms=10)
    bridge.open()
    try:
        stream = duplex_sd.stream("duplex")
        assert stream.samplerate == 48000
        t = np.arange(48000) / 48000
        microphone = np.round(0.5 * 32767 * np.sin(2 * np.pi * 1000 * t)).astype(np.int16)
        t16 = np.arange(SAMPLE_RATE) / SAMPLE_RATE
        far = np.round(0.5 * 32767 * np.sin(2 * np.pi * 700 * t16)).astype(np.int16)
        captured, played = [], []
        stream.exchange(bytes(960 * 2))  # the first exchange flushes the speaker queue
        for index in range(49):
            bridge.play_frame(far[index * 320 : (index + 1) * 320].tobytes())
            played.append(stream.exchange(microphone[index * 960 : (index + 1) * 960].tobytes()))
            captured.append(bridge.capture_frame())
        assert_tone(
            np.frombuffer(b"".join(captured), np.int16) / 32768, 1000, rate=16000, start_s=0.1
        )
        assert_tone(np.frombuffer(b"".join(played), np.int16) / 32768, 700, rate=48000, start_s=0.1)
    finally:
        bridge.close()


def test_different_devices_get_two_streams(duplex_sd: FakeSoundDevice) -> None:
    bridge = SoundBridge("USB Headset", "")
    bridge.open()
    try:
        assert duplex_sd.open_streams("duplex") == []
        assert duplex_sd.stream("input").device == 1 and duplex_sd.stream("output").device is None
    finally:
        bridge.close()


def test_a_refused_duplex_stream_falls_back_to_two_streams(fake_sd: FakeSoundDevice) -> None:
    bridge = SoundBridge(voice=NO_PROCESSING)  # the fake refuses duplex by default
    bridge.open()
    try:
        assert bridge.problem == "" and not bridge.stats().duplex
        assert fake_sd.stream("input").started and fake_sd.stream("output").started
        fake_sd.stream("input").feed(frame(3))
        assert bridge.capture_frame() == frame(3)
    finally:
        bridge.close()


def test_a_duplex_stream_ending_by_itself_costs_both_directions(
    duplex_sd: FakeSoundDevice,
) -> None:
    problems: list[str] = []
    bridge = SoundBridge(on_problem=problems.append, voice=NO_PROCESSING)
    bridge.open()
    try:
        duplex_sd.stream("duplex").finished_callback()  # as PortAudio does on unplugging
        assert problems == [
            "the microphone stopped (disconnected?)",
            "the speaker stopped (disconnected?)",
        ]
    finally:
        bridge.close()
    assert len(problems) == 2  # closing is no problem
