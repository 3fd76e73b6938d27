"""Voice-message bombs: files of a few KB that decode to hours are refused, in bounded
memory and time, before any sound is made of them."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
import soundfile

from jego_desktop.media import matroska_opus as matroska_opus_module
from jego_desktop.media.matroska_opus import MatroskaError, read_opus_track
from jego_desktop.media.matroska_writer import OggOpusError, read_ogg_opus
from jego_desktop.media.voice_decoding import ogg_opus_samples, voice_blocks
from jego_desktop.media.voice_limits import MAX_VOICE_SECONDS, TOO_LONG, VoiceTooLongError
from jego_desktop.media.voice_message import probe_voice_file
from tests.unit.media.voice_bombs import (
    BOMB_PACKET,
    BOMB_PACKET_SAMPLES,
    matroska_bomb,
    matroska_opus,
    ogg_bomb,
    ogg_opus,
)

ROOT = Path(__file__).resolve().parents[3]


def test_the_bombs_are_small_and_would_last_twenty_minutes() -> None:
    assert len(ogg_bomb()) < 32_000 and len(matroska_bomb()) < 32_000
    assert 10_000 * BOMB_PACKET_SAMPLES / 48000 == 1200.0


def test_an_ogg_opus_bomb_is_refused_by_the_probe(tmp_path: Path) -> None:
    path = tmp_path / "bomb.ogg"
    path.write_bytes(ogg_bomb())
    assert probe_voice_file(path) == ("ogg", False, None, TOO_LONG)
    with pytest.raises(VoiceTooLongError):
        ogg_opus_samples(path)


def test_an_ogg_file_that_claims_hours_is_refused(tmp_path: Path) -> None:
    # 72 s of packets, and a last granule position of 265 days: libsndfile believes it.
    path = tmp_path / "claims.ogg"
    path.write_bytes(ogg_opus([BOMB_PACKET] * 600, granule=2**40))
    assert probe_voice_file(path) == ("ogg", False, None, TOO_LONG)


def test_a_short_ogg_opus_file_is_counted_and_played(tmp_path: Path) -> None:
    path = tmp_path / "short.ogg"
    path.write_bytes(ogg_opus([BOMB_PACKET] * 50))  # 6 s
    assert ogg_opus_samples(path) == 50 * BOMB_PACKET_SAMPLES - 312
    probe = probe_voice_file(path)
    assert probe.playable and 5900 <= (probe.duration_ms or 0) <= 6000


@pytest.mark.parametrize("duration", [None, float("inf"), 1e300, float("nan"), -5.0])
def test_a_matroska_bomb_is_refused_whatever_its_duration_says(
    tmp_path: Path, duration: float | None
) -> None:
    path = tmp_path / "bomb.mka"
    path.write_bytes(matroska_bomb(duration=duration))
    assert probe_voice_file(path) == ("matroska", False, None, TOO_LONG)


@pytest.mark.parametrize("duration", [float("inf"), 1e300, float("nan"), -5.0, 1e9])
def test_an_absurd_matroska_duration_is_not_believed(tmp_path: Path, duration: float) -> None:
    path = tmp_path / "short.mka"
    path.write_bytes(matroska_opus([BOMB_PACKET] * 10, duration=duration))
    track = read_opus_track(path.read_bytes())
    assert track.duration_ms is None
    probe = probe_voice_file(path)
    assert probe.playable and probe.duration_ms == (10 * BOMB_PACKET_SAMPLES - 312) * 1000 // 48000


@pytest.mark.parametrize("suffix", ["ogg", "mka"])
def test_decoding_stops_at_the_limit_a_block_at_a_time(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"v.{suffix}"
    packets = [BOMB_PACKET] * 30  # 3.6 s
    path.write_bytes(ogg_opus(packets) if suffix == "ogg" else matroska_opus(packets))
    container = "ogg" if suffix == "ogg" else "matroska"
    source = voice_blocks(path, container, max_seconds=1.0)
    made = 0
    with pytest.raises(VoiceTooLongError):
        for block in source.blocks:
            assert block.dtype == np.float32 and len(block) <= 5760
            made += len(block)
    assert made <= 48000


def test_a_wav_longer_than_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "long.wav"
    rate = 8000  # 10 min 1 s of 8 kHz silence: 9.6 MB
    soundfile.write(path, np.zeros((rate * (MAX_VOICE_SECONDS + 1),), np.int16), rate)
    assert probe_voice_file(path) == ("wav", False, None, TOO_LONG)


_MEASURE = textwrap.dedent(
    """
    import json, resource, sys, time
    from pathlib import Path
    sys.path.insert(0, sys.argv[1])
    from jego_desktop.media import voice_message
    from jego_desktop.media.voice_message import VoicePlayer
    from tests.unit.media.voice_bombs import matroska_bomb, ogg_bomb
    from tests.unit.test_voice_message import FloatSoundDevice
    folder = Path(sys.argv[2])
    voice_message._load_sounddevice = FloatSoundDevice
    voice_message._device_index = lambda wanted, kind: (None, "")
    figures = {}
    for name, data in [
        ("ogg", ogg_bomb(40_000)),
        ("mka", matroska_bomb(40_000)),
        ("mka-inf", matroska_bomb(40_000, duration=float("inf"))),
        ("mka-1e300", matroska_bomb(40_000, duration=1e300)),
    ]:
        path = folder / name
        path.write_bytes(data)
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        start = time.monotonic()
        problem = VoicePlayer(path).play()
        figures[name] = {
            "bytes": len(data),
            "problem": problem,
            "seconds": round(time.monotonic() - start, 3),
            "peak_rss_growth_mb": (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before)
            // 1024,
        }
    print(json.dumps(figures))
    """
)


def test_bombs_are_refused_in_bounded_memory_and_time(tmp_path: Path) -> None:
    """Each bomb (120 KB, 80 minutes of sound) goes to the player, as a click does, in a
    process of its own so that its peak RSS is its own. The old code decoded it whole:
    a 31 KB file took 1 GB and 3.6 s."""
    run = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(ROOT), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    figures = json.loads(run.stdout)
    print(json.dumps(figures, indent=1))
    for name, measured in figures.items():
        assert measured["problem"] == TOO_LONG, name
        assert measured["peak_rss_growth_mb"] < 64, name


def test_the_ogg_reader_for_sending_refuses_absurd_lengths() -> None:
    with pytest.raises(OggOpusError, match="claims"):
        read_ogg_opus(ogg_opus([BOMB_PACKET] * 600, granule=2**40))
    with pytest.raises(OggOpusError, match="longer"):
        read_ogg_opus(ogg_opus([b""] * (MAX_VOICE_SECONDS * 400 + 300)))
    assert len(read_ogg_opus(ogg_opus([BOMB_PACKET] * 600)).packets) == 600


def test_a_matroska_header_of_endless_elements_is_refused_without_walking_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The EBML header's elements were all listed, uncounted: 16 MB of empty two-byte
    # elements took 10 s and 880 MB, for the probe and again for the player.
    calls = 0
    real_vint = matroska_opus_module._vint

    def counting_vint(data: bytes, position: int, *, keep_marker: bool) -> tuple[int, int]:
        nonlocal calls
        calls += 1
        return real_vint(data, position, keep_marker=keep_marker)

    monkeypatch.setattr(matroska_opus_module, "_vint", counting_vint)
    header = b"\x1a\x45\xdf\xa3" + _ebml_size(200_000) + b"\xec\x80" * 100_000
    with pytest.raises(MatroskaError, match="header"):
        read_opus_track(header + matroska_opus([BOMB_PACKET]))
    assert calls < 1_000


def test_what_a_file_names_itself_is_not_repeated_at_length(tmp_path: Path) -> None:
    long_type = b"\x1a\x45\xdf\xa3" + _ebml_size(1_000_010) + b"\x42\x82" + _ebml_size(1_000_000)
    path = tmp_path / "named.mka"
    path.write_bytes(long_type + b"x" * 1_000_000)
    probe = probe_voice_file(path)
    assert not probe.playable and len(probe.message) < 200


def _ebml_size(size: int) -> bytes:
    return (size | (1 << 56)).to_bytes(8, "big")
