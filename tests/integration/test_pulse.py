"""The virtual sound card: PortAudio (sounddevice) sees, hears and plays through PulseAudio."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import pytest
import sounddevice as sd

from tests.peers.pulse import VirtualAudio
from tests.peers.tones import assert_tone, write_tone_wav

pytestmark = pytest.mark.peers


Samples = npt.NDArray[np.float32]
RATE = 48000


@pytest.fixture(scope="module")
def audio(virtual_audio: VirtualAudio) -> Iterator[VirtualAudio]:
    """The virtual sound card, applied to this process's sounddevice."""
    virtual_audio.apply_to_this_process()
    yield virtual_audio
    virtual_audio.restore_this_process()


def sine(freq_hz: float, seconds: float, rate: int = RATE, amplitude: float = 0.5) -> Samples:
    t = np.arange(round(seconds * rate)) / rate
    return (amplitude * np.sin(2 * np.pi * freq_hz * t)).astype(np.float32)


class Capture:
    """Collects what an input stream delivers, and when the first block arrived."""

    def __init__(self) -> None:
        self.blocks: list[Samples] = []
        self.opened_at = time.monotonic()
        self.first_block_at: float | None = None
        self._first = threading.Event()

    def callback(self, indata: Samples, frames: int, time_info: Any, status: Any) -> None:
        if self.first_block_at is None:
            self.first_block_at = time.monotonic()
            self._first.set()
        self.blocks.append(indata[:, 0].copy())

    def wait_first_block(self, timeout: float) -> float:
        """Seconds from opening the stream to its first callback."""
        assert self._first.wait(timeout), f"no capture callback within {timeout} s"
        assert self.first_block_at is not None
        return self.first_block_at - self.opened_at

    def samples(self) -> Samples:
        return np.concatenate(self.blocks) if self.blocks else np.zeros(0, np.float32)


class Player:
    """Feeds an output stream from an array, then stops it (after the buffers drained)."""

    def __init__(self, samples: Samples) -> None:
        self._samples = samples
        self._position = 0
        self.finished = threading.Event()

    def callback(self, outdata: Samples, frames: int, time_info: Any, status: Any) -> None:
        chunk = self._samples[self._position : self._position + frames]
        self._position += frames
        outdata.fill(0)
        outdata[: len(chunk), 0] = chunk
        if len(chunk) < frames:
            raise sd.CallbackStop

    def finished_callback(self) -> None:
        self.finished.set()


class RoundTripProbe:
    """A duplex stream that plays a burst and finds when it comes back on its input.

    Input and output frames of one duplex callback are counted together, so the
    difference between the burst's output frame and its onset on the input is the
    latency of everything between the two devices (plus the probe's own buffers).
    """

    BURST_AT = RATE // 2  # frames of silence first, so both directions are running

    def __init__(self) -> None:
        self._burst = sine(1000, 0.05)
        self._frame = 0
        self._onset: int | None = None
        self.done = threading.Event()

    def callback(self, indata: Samples, outdata: Samples, frames: int, t: Any, s: Any) -> None:
        start = self._frame
        self._frame += frames
        out = np.zeros(frames, np.float32)
        offsets = np.arange(start, start + frames) - self.BURST_AT
        inside = (offsets >= 0) & (offsets < len(self._burst))
        out[inside] = self._burst[offsets[inside]]
        outdata[:, 0] = out
        loud = np.flatnonzero(np.abs(indata[:, 0]) > 0.1)
        if self._onset is None and start >= self.BURST_AT and len(loud):
            self._onset = start + int(loud[0])
            self.done.set()

    def measure(self, input_device: str, output_device: str, timeout: float = 3.0) -> float:
        """Seconds from the burst leaving `output_device` to its arrival on `input_device`."""
        with sd.Stream(
            samplerate=RATE,
            channels=1,
            dtype="float32",
            device=(input_device, output_device),
            latency="low",
            callback=self.callback,
        ):
            assert self.done.wait(timeout), f"burst never came back on {input_device}"
        assert self._onset is not None
        return (self._onset - self.BURST_AT) / RATE


def copy_input_to_output(indata: Samples, outdata: Samples, frames: int, t: Any, s: Any) -> None:
    outdata[:] = indata


def test_this_process_sees_virtual_input_and_output_devices(audio: VirtualAudio) -> None:
    devices = sd.query_devices()
    names = [device["name"] for device in devices]
    print("\nPortAudio devices:\n" + str(devices))
    assert any(device["max_input_channels"] > 0 for device in devices)
    assert any(device["max_output_channels"] > 0 for device in devices)
    assert {"default", audio.alsa_microphone, audio.alsa_speaker} <= set(names)
    assert sd.query_devices(kind="input")["name"] == "default"
    assert sd.query_devices(kind="output")["name"] == "default"


def test_a_child_process_given_only_env_sees_the_devices(audio: VirtualAudio) -> None:
    code = "import sounddevice; print(sounddevice.query_devices())"
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin"), **audio.env},
        capture_output=True,
        text=True,
        timeout=20,
        check=True,
    )
    assert "default" in result.stdout, result.stdout + result.stderr
    assert audio.alsa_microphone in result.stdout, result.stdout + result.stderr


@pytest.mark.parametrize("rate", [16000, 48000])
def test_tone_played_into_the_microphone_is_captured(
    audio: VirtualAudio, tmp_path: Path, rate: int
) -> None:
    wav = write_tone_wav(tmp_path / "1k.wav", 1000, seconds=0.8, rate=rate)
    capture = Capture()
    with sd.InputStream(samplerate=rate, channels=1, dtype="float32", callback=capture.callback):
        first = capture.wait_first_block(timeout=5.0)
        audio.play_into_microphone(wav, timeout=10.0)
        time.sleep(0.1)
    print(f"\n{rate} Hz capture: first callback {first * 1000:.0f} ms after opening the stream")
    assert_tone(capture.samples().astype(np.float64), 1000, rate=rate)


def test_tone_played_to_the_default_output_reaches_the_speaker(
    audio: VirtualAudio, tmp_path: Path
) -> None:
    recording = audio.start_recording_speaker(tmp_path / "speaker.wav")
    audio.wait_for_recorder(recording)
    player = Player(sine(600, 0.8))
    with sd.OutputStream(
        samplerate=RATE,
        channels=1,
        dtype="float32",
        callback=player.callback,
        finished_callback=player.finished_callback,
    ):
        assert player.finished.wait(5.0), "the output stream never finished"
    time.sleep(0.1)
    assert_tone(recording.stop(), 600)


def test_record_speaker_records_for_the_given_time(audio: VirtualAudio, tmp_path: Path) -> None:
    sd.play(sine(600, 2.0), RATE)  # in the background, on sounddevice's own stream
    try:
        wav = audio.record_speaker(tmp_path / "speaker.wav", seconds=0.6)
    finally:
        sd.stop()
    assert_tone(wav, 600)


def test_measure_round_trip_latency_of_a_mic_to_speaker_loop(audio: VirtualAudio) -> None:
    direct = RoundTripProbe().measure(audio.alsa_speaker_monitor, audio.alsa_speaker)
    with sd.Stream(
        samplerate=RATE,
        channels=1,
        dtype="float32",
        device=(audio.alsa_microphone, audio.alsa_speaker),
        latency="low",
        callback=copy_input_to_output,
    ):
        looped = RoundTripProbe().measure(audio.alsa_speaker_monitor, audio.alsa_feed_microphone)
    print(
        f"\nprobe alone (speaker -> its monitor): {direct * 1000:.0f} ms;"
        f" through the loop (mic -> process -> speaker): {looped * 1000:.0f} ms;"
        f" loop's own share: {(looped - direct) * 1000:.0f} ms"
    )
    assert 0 < direct < 2.0
    assert 0 < looped < 2.0
