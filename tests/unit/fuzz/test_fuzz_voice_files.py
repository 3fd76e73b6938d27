"""Fuzzing the Ogg and Matroska readers of received voice messages (tests only: another
change reworks these readers against decompression bombs)."""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from jego_desktop.media.matroska_opus import MatroskaError, read_opus_track
from jego_desktop.media.matroska_writer import OggOpusError, read_ogg_opus
from jego_desktop.media.voice_message import probe_voice_file
from tests.unit.fuzz.support import call_timed, fuzz

OGG_PAGE = b"OggS\x00\x02" + bytes(8) + b"\x01\x00\x00\x00" + bytes(8) + b"\x01\x13"
OPUS_HEAD = b"OpusHead\x01\x01\x38\x01\x80\xbb\x00\x00\x00\x00\x00"
EBML = b"\x1a\x45\xdf\xa3"
SEGMENT = b"\x18\x53\x80\x67"
CLUSTER = b"\x1f\x43\xb6\x75"
FRAGMENTS = [
    OGG_PAGE, OPUS_HEAD, b"OpusTags", EBML, SEGMENT, CLUSTER, b"\x42\x82\x88matroska",
    b"\x16\x54\xae\x6b", b"\xae", b"\x86\x86A_OPUS", b"\x44\x89\x88\x7f\xf0" + bytes(6),
    b"\xa3", b"\x81\x00\x00\x80", b"\x01\xff\xff\xff\xff\xff\xff\xff", b"\x80", b"\xff",
    b"\x00", b"\xfc", b"\xf8\xff\xfe", b"RIFF", b"WAVE",
]  # fmt: skip
files = st.one_of(
    st.binary(max_size=600),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.binary(max_size=8)), max_size=40).map(
        b"".join
    ),
)


@given(files)
@fuzz
def test_ogg_reader(data: bytes) -> None:
    with contextlib.suppress(OggOpusError):
        call_timed("Ogg reader", read_ogg_opus, data)


@given(files)
@fuzz
def test_matroska_reader(data: bytes) -> None:
    with contextlib.suppress(MatroskaError):
        call_timed("Matroska reader", read_opus_track, data)


@given(files)
@fuzz
def test_probing_a_voice_message_never_raises(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "voice.bin"
        path.write_bytes(data)
        call_timed("voice probe", probe_voice_file, path)
