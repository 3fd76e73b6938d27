"""Linphone-style voice messages (Opus in Matroska) read and decoded."""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jego_desktop.media.matroska_opus import (
    MatroskaError,
    _block_frames,
    decode_opus_track,
    read_matroska_opus,
    read_opus_track,
)
from jego_desktop.media.voice_message import probe_voice_file
from tests.peers.tones import assert_tone

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "voice"


@pytest.mark.parametrize(
    ("name", "channels", "duration_ms"),
    [("tone-1k-mono.mka", 1, 1508), ("tone-1k-stereo.mka", 2, 1508), ("tone-1k-live.mka", 1, None)],
)
def test_ffmpeg_written_files_decode_to_the_tone(
    name: str, channels: int, duration_ms: int | None
) -> None:
    path = SAMPLES / name
    track = read_opus_track(path.read_bytes())
    assert (track.channels, track.pre_skip, track.duration_ms) == (channels, 312, duration_ms)
    samples = read_matroska_opus(path)
    assert samples.shape == (72000, channels)  # exactly 1.5 s: pre-skip and padding removed
    for channel in range(channels):
        assert_tone(samples[:, channel].astype("float64"), 1000, rate=48000, tolerance_hz=2)
    probe = probe_voice_file(path)
    assert probe.container == "matroska" and probe.playable and probe.message == ""
    assert probe.duration_ms == (duration_ms or 1500)


def test_a_cut_recording_keeps_what_came_before() -> None:
    data = (SAMPLES / "tone-1k-live.mka").read_bytes()
    track = read_opus_track(data[: len(data) * 2 // 3])
    assert 30 < len(track.packets) < 76


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"OggS", "not a Matroska"),
        (b"\x1a\x45\xdf\xa3\x84\x42\x82\x81x", "document type"),
        (b"\x1a\x45\xdf\xa3\x87\x42\x82\x84webm", "no Opus audio"),
        (b"\x1a\x45\xdf\xa3\xff", "damaged"),
    ],
)
def test_damaged_or_foreign_files(data: bytes, reason: str) -> None:
    with pytest.raises(MatroskaError, match=reason):
        read_opus_track(data)


def test_lacing() -> None:
    head = b"\x81\x00\x00"  # track 1, timecode 0
    # Xiph: 3 frames of 2, 255+45=300 and the rest
    xiph = head + bytes([0x02, 2, 2, 255, 45]) + b"ab" + b"x" * 300 + b"tail"
    assert _block_frames(xiph) == (1, [b"ab", b"x" * 300, b"tail"])
    fixed = head + bytes([0x04, 2]) + b"aabbcc"
    assert _block_frames(fixed) == (1, [b"aa", b"bb", b"cc"])
    # EBML: first size 3 (0x83), then +1 (0xC0 = 64 - 63 bias), rest
    ebml = head + bytes([0x06, 2, 0x83, 0xC0]) + b"abc" + b"defg" + b"hi"
    assert _block_frames(ebml) == (1, [b"abc", b"defg", b"hi"])
    assert _block_frames(head + b"\x00" + b"plain") == (1, [b"plain"])


@settings(max_examples=300)
@given(st.binary(max_size=400), st.integers(0, 9000))
def test_damaged_bytes_raise_only_matroska_errors(noise: bytes, cut: int) -> None:
    data = bytearray((SAMPLES / "tone-1k-mono.mka").read_bytes()[:cut])
    data[len(data) // 2 : len(data) // 2 + len(noise)] = noise
    with contextlib.suppress(MatroskaError):
        read_opus_track(bytes(data))


@given(st.binary(max_size=60))
def test_any_block_body_raises_only_matroska_errors(body: bytes) -> None:
    with contextlib.suppress(MatroskaError):
        _block_frames(body)


@settings(max_examples=50)
@given(st.lists(st.binary(max_size=80), max_size=5))
def test_damaged_opus_packets_raise_only_matroska_errors(packets: list[bytes]) -> None:
    track = read_opus_track((SAMPLES / "tone-1k-mono.mka").read_bytes())
    track.packets[3:3] = packets
    with contextlib.suppress(MatroskaError):
        decode_opus_track(track)
