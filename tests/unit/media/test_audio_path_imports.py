"""The 20 ms audio path runs no `import` statement: numpy is bound once, when streams open.

Each callback below runs while `import numpy` raises; before, every one of them imported
numpy on each frame (a look-up under the import machinery's lock on PortAudio's and
pjmedia's threads) and failed here.
"""

from __future__ import annotations

import builtins
import dis
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import Any

import numpy as np
import pytest

from jego_desktop.domain.audio import FRAME_BYTES, SILENCE
from jego_desktop.media import voice_message
from jego_desktop.media.echo import VoiceSettings
from jego_desktop.media.ringer import Pattern, Ringer
from jego_desktop.media.sound_bridge import SoundBridge
from jego_desktop.media.voice_message import VoiceRecorder, _BlockFeed
from tests.unit.fake_sounddevice import FakeSoundDevice, fake_sd
from tests.unit.test_voice_message import FloatSoundDevice, sine

__all__ = ["fake_sd"]


def _import_statement_of_ours(caller: FrameType) -> bool:
    """Whether the caller runs an `import` statement of jego_desktop (not a native module's
    own look-up, as pywebrtc-audio's binding does for numpy on every call)."""
    if not caller.f_globals.get("__name__", "").startswith("jego_desktop"):
        return False
    return caller.f_code.co_code[caller.f_lasti] == dis.opmap["IMPORT_NAME"]


@contextmanager
def numpy_imports_fail() -> Iterator[None]:
    real_import = builtins.__import__

    def refusing(name: str, *args: Any, **kwargs: Any) -> Any:
        if name.split(".")[0] == "numpy" and _import_statement_of_ours(sys._getframe(1)):
            raise ImportError(f"{name} imported on the audio path")
        return real_import(name, *args, **kwargs)

    builtins.__import__ = refusing
    try:
        yield
    finally:
        builtins.__import__ = real_import


def tone_frame(value: int, samples: int) -> bytes:
    return np.full(samples, value, dtype=np.int16).tobytes()


@pytest.mark.parametrize("block_ms", [10, 20])
def test_a_resampled_call_with_echo_cancellation_imports_nothing_per_frame(
    fake_sd: FakeSoundDevice, block_ms: int
) -> None:
    pytest.importorskip("pywebrtc_audio")
    fake_sd.rates["default"] = {48000}  # refuses 16 kHz: the resamplers work too
    bridge = SoundBridge(
        voice=VoiceSettings(echo_cancellation=True, noise_suppression=True), block_ms=block_ms
    )
    bridge.open()
    try:
        mic, speaker = fake_sd.stream("input"), fake_sd.stream("output")
        speaker.pull()
        with numpy_imports_fail():
            for _ in range(10):
                bridge.play_frame(tone_frame(1000, 320))
                speaker.pull()
                mic.feed(tone_frame(2000, 960))
                captured = bridge.capture_frame()
                assert len(captured) == FRAME_BYTES and captured != SILENCE
        stats = bridge.stats()
        assert stats.processing  # the canceller did not fail and switch itself off
        assert stats.capture_callbacks > 0
    finally:
        bridge.close()
    assert [s.kind for s in fake_sd.streams if s.closed] == ["input", "output"]


@pytest.fixture
def float_sd(fake_sd: FakeSoundDevice, monkeypatch: pytest.MonkeyPatch) -> FloatSoundDevice:
    fake = FloatSoundDevice()
    monkeypatch.setattr(voice_message, "_load_sounddevice", lambda: fake)
    return fake


def test_recording_a_voice_message_imports_nothing_per_block(
    float_sd: FloatSoundDevice, tmp_path: Path
) -> None:
    recorder = VoiceRecorder(tmp_path / "v.ogg")
    assert recorder.start() == ""
    with numpy_imports_fail():
        float_sd.streams[0].feed(sine(440, 0.5))
    recorder.stop()
    assert recorder.dropped_blocks == 0
    assert recorder.duration_ms >= 400


def test_playing_a_voice_message_reads_blocks_without_importing() -> None:
    blocks = iter([np.full((480, 1), 0.25, dtype=np.float32) for _ in range(4)])
    feed = _BlockFeed(blocks, channels=1)
    try:
        with numpy_imports_fail():
            read = [feed.read(700) for _ in range(3)]
        assert [len(samples) for samples, _ in read] == [700, 700, 520]
        assert read[-1][1]  # ended
    finally:
        feed.close()


def test_the_ringer_fills_blocks_without_importing(fake_sd: FakeSoundDevice) -> None:
    ringer = Ringer()
    filled: list[np.ndarray[Any, Any]] = []
    ringer.play(Pattern.RINGTONE)
    try:
        with numpy_imports_fail():
            for _ in range(3):
                out = np.zeros((512, 1), dtype=np.float32)
                ringer._fill(out, 512, None, None)
                filled.append(out)
    finally:
        ringer.stop()
    assert any(np.abs(block).max() > 0 for block in filled)
