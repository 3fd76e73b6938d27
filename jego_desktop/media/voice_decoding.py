"""Received voice messages measured before decoding and decoded a block at a time.

`ogg_opus_samples` counts what an Ogg Opus file's packets can decode to from their
first bytes, reading page by page (never the whole file); `voice_blocks` decodes WAV,
Ogg (through libsndfile) and Matroska (through `matroska_opus`) in blocks of 100 ms
and stops with `VoiceTooLongError` past the limit, so memory stays a few blocks deep
whatever the file claims or holds.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from jego_desktop.domain.file_transfer import MATROSKA
from jego_desktop.media.matroska_opus import (
    MAX_FILE_BYTES,
    OPUS_RATE,
    opus_track_blocks,
    read_opus_track,
)
from jego_desktop.media.opus_packets import packet_samples_at_most
from jego_desktop.media.voice_limits import (
    MAX_VOICE_PACKETS,
    MAX_VOICE_SAMPLES,
    MAX_VOICE_SECONDS,
    VoiceTooLongError,
)

if TYPE_CHECKING:  # numpy loads with the first voice message played or recorded
    import numpy as np
    import numpy.typing as npt

    Samples = npt.NDArray[np.float32]
BLOCK_SECONDS = 0.1
_PAGE_HEADER = struct.Struct("<4sBBqIIIB")


@dataclass(frozen=True)
class VoiceSource:
    """A voice message being decoded: its rate, channels and blocks (frames, channels)."""

    rate: int
    channels: int
    blocks: Iterator[Samples]


def _load_soundfile() -> Any:
    import soundfile

    return soundfile


def voice_blocks(path: Path, container: str, max_seconds: float = MAX_VOICE_SECONDS) -> VoiceSource:
    """Start decoding the file at `path`; the blocks raise `VoiceTooLongError` once past
    `max_seconds` (and `MatroskaError` or libsndfile's errors for a damaged file)."""
    if container == MATROSKA:
        with open(path, "rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
        track = read_opus_track(data)
        blocks = opus_track_blocks(track, round(max_seconds * OPUS_RATE))
        return VoiceSource(OPUS_RATE, track.channels, blocks)
    sound = _load_soundfile().SoundFile(path)
    rate, channels = int(sound.samplerate), int(sound.channels)
    return VoiceSource(rate, channels, _file_blocks(sound, round(max_seconds * rate)))


def _file_blocks(sound: Any, max_frames: int) -> Iterator[Samples]:
    block = max(1, round(sound.samplerate * BLOCK_SECONDS))
    made = 0
    try:
        while True:
            data = sound.read(block, dtype="float32", always_2d=True)
            if not len(data):
                return
            made += len(data)
            if made > max_frames:
                raise VoiceTooLongError
            yield data
    finally:
        sound.close()


def decode_all(path: Path, container: str) -> tuple[Samples, int]:
    """The whole file decoded (at most `MAX_VOICE_SECONDS`): for tests and tools."""
    import numpy as np

    source = voice_blocks(path, container)
    pieces = list(source.blocks)
    if not pieces:
        return np.zeros((0, source.channels), dtype=np.float32), source.rate
    return np.concatenate(pieces), source.rate


def ogg_opus_samples(path: Path) -> int | None:
    """The most samples (48 kHz, pre-skip removed) the Ogg file's first stream decodes
    to, when it is Opus; None for another codec or a damaged start.

    Raises `VoiceTooLongError` as soon as the count passes the voice-message limit, so a
    bomb is refused after reading a few pages of it.
    """
    with open(path, "rb") as stream:
        return _count_ogg_opus(stream)


def _count_ogg_opus(stream: BinaryIO) -> int | None:
    serial: int | None = None
    head = b""  # the first bytes of the packet being read
    index = 0  # packets finished so far
    pre_skip = 0
    total = 0
    for page_serial, lacing, body in _ogg_pages(stream):
        if serial is None:
            serial = page_serial
        if page_serial != serial:
            continue
        offset = 0
        for size in lacing:
            if len(head) < 19:
                head += body[offset : offset + min(size, 19 - len(head))]
            offset += size
            if size == 255:
                continue  # the packet goes on in the next segment
            if index == 0:
                if not head.startswith(b"OpusHead") or len(head) < 19:
                    return None
                pre_skip = int(struct.unpack_from("<H", head, 10)[0])
            elif index >= 2:
                total += packet_samples_at_most(head)
            head = b""
            index += 1
        if index - 2 > MAX_VOICE_PACKETS or total - pre_skip > MAX_VOICE_SAMPLES:
            raise VoiceTooLongError
    if index == 0:
        return None
    return max(0, total - pre_skip)


def _ogg_pages(stream: BinaryIO) -> Iterator[tuple[int, bytes, bytes]]:
    """(serial, lacing values, body) of each page, until the end or something not Ogg."""
    read = 0
    while read <= MAX_FILE_BYTES:
        header = stream.read(_PAGE_HEADER.size)
        if len(header) < _PAGE_HEADER.size:
            return
        magic, _version, _flags, _granule, serial, _sequence, _crc, count = _PAGE_HEADER.unpack(
            header
        )
        if magic != b"OggS":
            return
        lacing = stream.read(count)
        body = stream.read(sum(lacing))
        read += len(header) + len(lacing) + len(body)
        yield serial, lacing, body
    raise VoiceTooLongError
