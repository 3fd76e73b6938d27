"""Ogg Opus voice messages repackaged as Matroska, the container Linphone's player opens."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
import soundfile

from jego_desktop.media.matroska_opus import read_matroska_opus, read_opus_track
from jego_desktop.media.matroska_writer import (
    CLUSTER_MS,
    OggOpusError,
    ogg_to_matroska,
    read_ogg_opus,
)
from jego_desktop.media.opus_packets import packet_samples
from jego_desktop.media.voice_message import probe_voice_file
from tests.peers.tones import assert_tone


@pytest.fixture
def ogg(tmp_path: Path) -> Path:
    rate = 48000
    t = np.arange(int(12.34 * rate)) / rate
    path = tmp_path / "voice.ogg"
    soundfile.write(path, 0.5 * np.sin(2 * np.pi * 1000 * t), rate, format="OGG", subtype="OPUS")
    return path


def test_same_packets_same_sound_same_length(ogg: Path, tmp_path: Path) -> None:
    target = tmp_path / "voice.mka"
    assert ogg_to_matroska(ogg, target) == 12340
    data = target.read_bytes()
    assert data[:4] == b"\x1a\x45\xdf\xa3"  # what Linphone's player checks
    assert b"A_OPUS" in data and b"matroska" in data[:40]

    source = read_ogg_opus(ogg.read_bytes())
    track = read_opus_track(data)
    assert track.pre_skip == source.pre_skip == 312
    assert [bytes(p) for p in track.packets] == source.packets
    assert track.duration_ms == 12340

    from_ogg, _ = soundfile.read(ogg, dtype="float32")
    from_mka = read_matroska_opus(target)[:, 0]
    assert len(from_mka) == len(from_ogg) == round(12.34 * 48000)
    assert np.max(np.abs(from_mka - from_ogg)) < 1e-4  # int16 rounding only
    assert_tone(from_mka.astype(np.float64), 1000, rate=48000, start_s=0.1, tolerance_hz=3)
    assert probe_voice_file(target) == ("matroska", True, 12340, "")
    assert data.count(b"\x1f\x43\xb6\x75") == -(-12340 // CLUSTER_MS)  # one cluster per 5 s


@pytest.mark.skipif(shutil.which("mkvinfo") is None, reason="mkvtoolnix is not installed")
def test_mkvtoolnix_reads_it(ogg: Path, tmp_path: Path) -> None:
    target = tmp_path / "voice.mka"
    ogg_to_matroska(ogg, target)
    report = subprocess.run(
        ["mkvinfo", "--all", str(target)], capture_output=True, text=True, check=True
    ).stdout
    assert "Codec ID: A_OPUS" in report and "Duration: 00:00:12.340" in report
    assert "Codec-inherent delay: 00:00:00.006500000" in report
    assert "Discard padding: 3500000" in report and "Error" not in report


def test_packet_lengths_from_the_toc_byte() -> None:
    assert packet_samples(bytes([(31 << 3) | 0])) == 960  # CELT 20 ms, one frame
    assert packet_samples(bytes([(1 << 3) | 1])) == 1920  # SILK 20 ms, two frames
    assert packet_samples(bytes([(16 << 3) | 3, 6])) == 720  # CELT 2.5 ms, six frames
    assert packet_samples(b"") == 0


def test_not_ogg_opus_is_refused(tmp_path: Path) -> None:
    wav = tmp_path / "x.wav"
    soundfile.write(wav, np.zeros(480), 48000)
    with pytest.raises(OggOpusError, match="not an Ogg stream"):
        ogg_to_matroska(wav, tmp_path / "x.mka")
    vorbis = tmp_path / "x.ogg"
    soundfile.write(vorbis, np.zeros(4800), 48000, format="OGG", subtype="VORBIS")
    with pytest.raises(OggOpusError, match="no Opus stream"):
        ogg_to_matroska(vorbis, tmp_path / "y.mka")
    cut = tmp_path / "cut.ogg"
    soundfile.write(cut, np.zeros(48000), 48000, format="OGG", subtype="OPUS")
    cut.write_bytes(cut.read_bytes()[:-10])
    with pytest.raises(OggOpusError, match="cut short"):
        ogg_to_matroska(cut, tmp_path / "z.mka")
