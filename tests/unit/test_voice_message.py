"""Voice messages without a sound card: streams driven by the test, files checked by decoding."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import soundfile

from jego_desktop.media import devices, voice_message
from jego_desktop.media.voice_message import (
    BLOCK_FRAMES,
    SAMPLE_RATE,
    RecordingMeter,
    VoiceMessageError,
    VoicePlayer,
    VoiceRecorder,
    probe_voice_file,
)
from tests.peers.tones import assert_tone
from tests.unit.fake_sounddevice import FakeSoundDevice, fake_sd

__all__ = ["fake_sd"]


class CallbackStopError(Exception):
    pass


class FloatStream:
    """An `InputStream`/`OutputStream` whose callback the test calls."""

    def __init__(self, kind: str, **kwargs: Any) -> None:
        self.kind = kind
        self.kwargs = kwargs
        self.callback = kwargs["callback"]
        self.finished_callback = kwargs.get("finished_callback")
        self.closed = False

    def start(self) -> None:
        pass

    def stop(self) -> None:
        pass

    def close(self) -> None:
        if not self.closed and self.finished_callback is not None:
            self.finished_callback()
        self.closed = True

    def feed(self, samples: np.ndarray[Any, Any]) -> None:
        for start in range(0, len(samples), BLOCK_FRAMES):
            block = samples[start : start + BLOCK_FRAMES].astype(np.float32)[:, None]
            self.callback(block, len(block), None, None)

    def pull_all(self) -> np.ndarray[Any, Any]:
        out: list[np.ndarray[Any, Any]] = []
        frames = self.kwargs["blocksize"]
        while True:
            buffer = np.zeros((frames, self.kwargs["channels"]), dtype=np.float32)
            try:
                self.callback(buffer, frames, None, None)
            except CallbackStopError:
                out.append(buffer)
                self.close()
                return np.concatenate(out)[:, 0]
            out.append(buffer)


class FloatSoundDevice:
    CallbackStop = CallbackStopError

    def __init__(self, fail: str = "") -> None:
        self.streams: list[FloatStream] = []
        self.fail = fail

    def InputStream(self, **kwargs: Any) -> FloatStream:
        return self._open("input", kwargs)

    def OutputStream(self, **kwargs: Any) -> FloatStream:
        return self._open("output", kwargs)

    def _open(self, kind: str, kwargs: dict[str, Any]) -> FloatStream:
        if self.fail:
            raise OSError(self.fail)
        stream = FloatStream(kind, **kwargs)
        self.streams.append(stream)
        return stream


@pytest.fixture
def sd(fake_sd: FakeSoundDevice, monkeypatch: pytest.MonkeyPatch) -> FloatSoundDevice:
    fake = FloatSoundDevice()
    monkeypatch.setattr(voice_message, "_load_sounddevice", lambda: fake)
    return fake


def sine(freq: float, seconds: float, amplitude: float = 0.5) -> np.ndarray[Any, Any]:
    t = np.arange(round(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    return amplitude * np.sin(2 * np.pi * freq * t)


def test_record_encode_and_play_back(sd: FloatSoundDevice, tmp_path: Path) -> None:
    meters: list[RecordingMeter] = []
    recorder = VoiceRecorder(tmp_path / "v.ogg", on_meter=meters.append)
    assert recorder.start() == ""
    sd.streams[0].feed(sine(1000, 2.0))
    path = recorder.stop()
    assert path == tmp_path / "v.ogg" and sorted(p.name for p in tmp_path.iterdir()) == ["v.ogg"]
    assert recorder.duration_ms == 2000
    assert [m.elapsed_ms for m in meters] == list(range(100, 2001, 100))
    assert meters[-1].level_dbfs == pytest.approx(-6.0, abs=0.5)
    assert meters[-1].peak == pytest.approx(0.5, abs=0.01)
    samples, rate = soundfile.read(path)
    assert_tone(samples, 1000, rate=rate, start_s=0.1, tolerance_hz=3)

    probe = probe_voice_file(path)
    assert probe == ("ogg", True, 2000, "")
    positions: list[tuple[int, int]] = []
    finished: list[bool] = []
    player = VoicePlayer(
        path, on_position=lambda *p: positions.append(p), on_finished=lambda: finished.append(True)
    )
    assert player.play() == ""
    played = sd.streams[1].pull_all()
    assert player.wait(2)
    player.stop()
    assert finished == [True] and positions[-1] == (2000, 2000)
    assert_tone(played, 1000, rate=48000, start_s=0.1, end_s=1.9, tolerance_hz=3)


def test_the_recording_stops_at_the_limit(sd: FloatSoundDevice, tmp_path: Path) -> None:
    recorder = VoiceRecorder(tmp_path / "v.ogg", max_seconds=0.5)
    assert recorder.start() == ""
    sd.streams[0].feed(sine(440, 2.0))
    recorder.stop()
    assert recorder.duration_ms == 500
    assert soundfile.info(tmp_path / "v.ogg").duration == pytest.approx(0.5, abs=0.03)


def test_nothing_recorded_is_an_error_and_leaves_nothing(
    sd: FloatSoundDevice, tmp_path: Path
) -> None:
    recorder = VoiceRecorder(tmp_path / "v.ogg")
    assert recorder.start() == ""
    with pytest.raises(VoiceMessageError, match="no sound"):
        recorder.stop()
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(VoiceMessageError):
        recorder.stop()


def test_cancel_deletes_the_recording(sd: FloatSoundDevice, tmp_path: Path) -> None:
    recorder = VoiceRecorder(tmp_path / "v.ogg")
    assert recorder.start() == ""
    sd.streams[0].feed(sine(440, 0.5))
    recorder.cancel()
    assert list(tmp_path.iterdir()) == []
    assert sd.streams[0].closed


def test_missing_devices_are_reported_not_raised(
    fake_sd: FakeSoundDevice, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    fake_sd.devices = []
    fake_sd.default.device = [-1, -1]
    recorder = VoiceRecorder(tmp_path / "v.ogg")
    assert recorder.start() == "no sound device was found"
    broken = FloatSoundDevice(fail="Device unavailable")
    monkeypatch.setattr(voice_message, "_load_sounddevice", lambda: broken)
    fake_sd.devices = FakeSoundDevice().devices
    fake_sd.default.device = [0, 0]
    assert "microphone cannot be opened (Device unavailable)" in recorder.start()
    assert list(tmp_path.iterdir()) == []
    wav = tmp_path / "x.wav"
    soundfile.write(wav, sine(440, 0.2), SAMPLE_RATE)
    assert "speaker cannot be opened" in VoicePlayer(wav).play()


def test_probe_recognises_what_it_cannot_play(tmp_path: Path) -> None:
    mka = tmp_path / "linphone.mka"
    mka.write_bytes(b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01" + bytes(100))
    probe = probe_voice_file(mka)
    assert probe.container == "matroska" and not probe.playable
    assert "Matroska" in probe.message
    text = tmp_path / "fake.wav"
    text.write_bytes(b"<html>not audio</html>")
    assert probe_voice_file(text) == (
        "unknown",
        False,
        None,
        "this file is not a sound format we know",
    )
    broken = tmp_path / "broken.ogg"
    broken.write_bytes(b"OggS" + bytes(60))
    probe = probe_voice_file(broken)
    assert probe.container == "ogg" and not probe.playable and "cannot be decoded" in probe.message
    assert not probe_voice_file(tmp_path / "missing.ogg").playable
    wav = tmp_path / "x.wav"
    soundfile.write(wav, sine(440, 0.25), SAMPLE_RATE)
    assert probe_voice_file(wav) == ("wav", True, 250, "")


def test_recorders_and_players_are_used_once(sd: FloatSoundDevice, tmp_path: Path) -> None:
    recorder = VoiceRecorder(tmp_path / "v.ogg")
    assert recorder.start() == ""
    assert "used already" in recorder.start()
    sd.streams[0].feed(sine(440, 0.5))
    path = recorder.stop()
    player = VoicePlayer(path)
    assert player.play() == ""
    assert "used already" in player.play()
    player.stop()


class WatchedLock:
    """`devices._lock` that counts how often it was let go completely (a re-scan could run)."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        self._depth = 0
        self.full_releases = 0

    def __enter__(self) -> None:
        self._lock.acquire()
        self._depth += 1

    def __exit__(self, *_exc: object) -> None:
        self._depth -= 1
        if self._depth == 0:
            self.full_releases += 1
        self._lock.release()


def test_the_device_is_chosen_and_opened_without_letting_the_lock_go(
    sd: FloatSoundDevice, fake_sd: FakeSoundDevice, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # A re-scan between choosing an index and opening it renumbers the devices: the
    # index would open another device (the race the ringer had).
    lock = WatchedLock()
    monkeypatch.setattr(devices, "_lock", lock)
    releases_when_chosen: list[int] = []
    query = fake_sd.query_devices

    def query_devices() -> list[dict[str, Any]]:
        releases_when_chosen.append(lock.full_releases)
        return query()

    monkeypatch.setattr(fake_sd, "query_devices", query_devices)
    opened = sd._open
    releases_when_opened: list[int] = []

    def open_stream(kind: str, kwargs: dict[str, Any]) -> FloatStream:
        releases_when_opened.append(lock.full_releases)
        return opened(kind, kwargs)

    monkeypatch.setattr(sd, "_open", open_stream)
    recorder = VoiceRecorder(tmp_path / "v.ogg", device="USB Headset")
    assert recorder.start() == ""
    sd.streams[0].feed(sine(440, 0.2))
    path = recorder.stop()
    player = VoicePlayer(path, device="USB Headset")
    assert player.play() == ""
    player.stop()
    assert [s.kwargs["device"] for s in sd.streams] == [1, 1]
    assert len(releases_when_chosen) == len(releases_when_opened) == 2
    assert releases_when_chosen == releases_when_opened
