"""VoicePlayback: one voice message at a time, reported by signals on the GUI thread."""

from __future__ import annotations

from pathlib import Path

import pytest
import soundfile
from pytestqt.qtbot import QtBot

from jego_desktop.media import voice_message
from jego_desktop.models.chats.voice_playback import VoicePlayback
from tests.unit.fake_sounddevice import FakeSoundDevice, fake_sd
from tests.unit.test_voice_message import FloatSoundDevice, sine

__all__ = ["fake_sd"]


@pytest.fixture
def sd(fake_sd: FakeSoundDevice, monkeypatch: pytest.MonkeyPatch) -> FloatSoundDevice:
    fake = FloatSoundDevice()
    monkeypatch.setattr(voice_message, "_load_sounddevice", lambda: fake)
    return fake


@pytest.fixture
def voice(tmp_path: Path) -> Path:
    path = tmp_path / "v.ogg"
    soundfile.write(path, sine(500, 1.0), 48000, format="OGG", subtype="OPUS")
    return path


def test_plays_to_the_end_with_positions(sd: FloatSoundDevice, voice: Path, qtbot: QtBot) -> None:
    playback = VoicePlayback()
    positions: list[tuple[str, float, float]] = []
    playback.position_changed.connect(lambda *p: positions.append(p))
    playback.play(voice)
    assert playback.current() == voice
    with qtbot.waitSignal(playback.finished, timeout=3000) as finished:
        sd.streams[0].pull_all()
    assert finished.args == [str(voice)]
    qtbot.wait(50)
    assert positions[-1] == (str(voice), 1.0, 1.0)
    assert playback.current() is None


def test_a_second_message_stops_the_first(
    sd: FloatSoundDevice, voice: Path, tmp_path: Path, qtbot: QtBot
) -> None:
    other = tmp_path / "w.ogg"
    other.write_bytes(voice.read_bytes())
    playback = VoicePlayback()
    finished: list[str] = []
    playback.finished.connect(finished.append)
    playback.play(voice)
    playback.play(other)
    assert finished == [str(voice)] and playback.current() == other
    playback.stop()
    assert finished == [str(voice), str(other)] and playback.current() is None


def test_an_unplayable_file_fails_with_a_reason(
    sd: FloatSoundDevice, tmp_path: Path, qtbot: QtBot
) -> None:
    junk = tmp_path / "junk.wav"
    junk.write_bytes(b"not a sound file at all")
    playback = VoicePlayback()
    with qtbot.waitSignal(playback.failed) as failed:
        playback.play(junk)
    assert failed.args == [
        str(junk),
        "This voice message cannot be played: this file is not a sound format we know",
    ]
    assert playback.current() is None
