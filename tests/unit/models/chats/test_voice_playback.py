"""VoicePlayback: one voice message at a time, reported by signals on the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import soundfile
from pytestqt.qtbot import QtBot

from jego_desktop.media import voice_message
from jego_desktop.media.voice_message import VoiceProbe
from jego_desktop.models.chats.voice_playback import VoicePlayback
from tests.unit.fake_sounddevice import FakeSoundDevice, fake_sd
from tests.unit.media.voice_bombs import ogg_bomb
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
    qtbot.waitUntil(lambda: bool(sd.streams))  # the speaker opens on a worker thread
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


def test_the_file_is_probed_and_decoded_off_the_gui_thread(
    sd: FloatSoundDevice, voice: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A received file may be a bomb: reading it must never freeze the window.
    threads: list[str] = []
    probe = voice_message.probe_voice_file

    def watched(path: Path) -> VoiceProbe:
        threads.append(threading.current_thread().name)
        return probe(path)

    monkeypatch.setattr(voice_message, "probe_voice_file", watched)
    playback = VoicePlayback()
    playback.play(voice)
    qtbot.waitUntil(lambda: bool(sd.streams))
    assert threads and threading.main_thread().name not in threads
    playback.stop()


def test_a_bomb_is_refused_with_a_reason(
    sd: FloatSoundDevice, tmp_path: Path, qtbot: QtBot
) -> None:
    bomb = tmp_path / "bomb.ogg"
    bomb.write_bytes(ogg_bomb())
    playback = VoicePlayback()
    with qtbot.waitSignal(playback.failed) as failed:
        playback.play(bomb)
    assert failed.args == [
        str(bomb),
        "This voice message cannot be played: the voice message is longer than 10 minutes,"
        " the longest this app plays",
    ]
    assert playback.current() is None and not sd.streams


def test_a_file_that_decodes_longer_than_its_probe_stops_at_the_limit(
    sd: FloatSoundDevice, voice: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from jego_desktop.media import voice_decoding

    blocks = voice_decoding.voice_blocks
    monkeypatch.setattr(
        voice_message,
        "voice_blocks",
        lambda path, container: blocks(path, container, max_seconds=0.5),
    )
    playback = VoicePlayback()
    failures: list[tuple[str, str]] = []
    playback.failed.connect(lambda *f: failures.append(f))
    playback.play(voice)
    qtbot.waitUntil(lambda: bool(sd.streams))
    with qtbot.waitSignal(playback.finished, timeout=3000):
        played = sd.streams[0].pull_all()
    assert len(played) < 48000 * 0.7
    qtbot.waitUntil(lambda: bool(failures))
    assert "longer than 10 minutes" in failures[0][1]
