"""Opus audio out of a Matroska (.mka) file: how Linphone desktop records voice messages.

A small EBML reader that only knows the elements on the way to the audio (Segment,
Info, Tracks, Cluster, blocks); everything else (SeekHead, Cues, Tags, Void, CRC-32)
is skipped by its size. Elements of unknown size (a recording that was never closed)
are read to the end of the file. Block lacing (Xiph, fixed, EBML) is supported. The
Opus packets are decoded with `opuslib`, honouring the pre-skip of the OpusHead and
the DiscardPadding of the last block.

Hostile files are bounded: the file's size, the number of elements read, and the
sound the packets can make (counted from their first bytes, before decoding) are
limited (`voice_limits`); a declared Duration that is not a sane number is ignored.
"""

from __future__ import annotations

import math
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jego_desktop.domain.reasons import reason
from jego_desktop.media.opus_packets import packet_samples_at_most
from jego_desktop.media.voice_limits import (
    MAX_VOICE_FILE_BYTES,
    MAX_VOICE_PACKETS,
    MAX_VOICE_SAMPLES,
    VoiceTooLongError,
)

if TYPE_CHECKING:  # numpy loads with the first voice message decoded
    import numpy as np
    import numpy.typing as npt

MAX_FILE_BYTES = MAX_VOICE_FILE_BYTES
# A ten-minute file of 2.5 ms packets, one block each, has about a million elements.
MAX_ELEMENTS = 4 * MAX_VOICE_PACKETS
MAX_HEADER_ELEMENTS = 64  # the EBML header has eight kinds of element
MAX_NAME_SHOWN = 32  # characters of a DocType or CodecID repeated in a message
OPUS_RATE = 48000
_MAX_FRAME = 5760  # 120 ms at 48 kHz, the longest Opus packet

_EBML = 0x1A45DFA3
_SEGMENT = 0x18538067
_INFO = 0x1549A966
_TIMECODE_SCALE = 0x2AD7B1
_DURATION = 0x4489
_TRACKS = 0x1654AE6B
_TRACK_ENTRY = 0xAE
_TRACK_NUMBER = 0xD7
_CODEC_ID = 0x86
_CODEC_PRIVATE = 0x63A2
_CODEC_DELAY = 0x56AA
_AUDIO = 0xE1
_CHANNELS = 0x9F
_CLUSTER = 0x1F43B675
_CLUSTER_TIMECODE = 0xE7
_SIMPLE_BLOCK = 0xA3
_BLOCK_GROUP = 0xA0
_BLOCK = 0xA1
_DISCARD_PADDING = 0x75A2
_DOC_TYPE = 0x4282
# Containers are entered (their children read in line); every other element is a leaf.
_CONTAINERS = frozenset([_SEGMENT, _INFO, _TRACKS, _TRACK_ENTRY, _AUDIO, _CLUSTER, _BLOCK_GROUP])
_UNKNOWN_SIZE = -1


class MatroskaError(ValueError):
    """A file that is not Matroska, has no Opus track, or is damaged; `str()` says which."""


class MatroskaTooLongError(MatroskaError, VoiceTooLongError):
    """A Matroska file whose packets would decode to more than the voice-message limit."""


@dataclass
class _Track:
    number: int = 0
    codec: str = ""
    private: bytes = b""
    channels: int = 1
    codec_delay_ns: int = 0


@dataclass
class OpusTrack:
    """The Opus packets of a file's first Opus track, in order."""

    channels: int
    pre_skip: int  # samples at 48 kHz to drop at the start
    packets: list[bytes] = field(default_factory=list)
    end_padding: int = 0  # samples at 48 kHz to drop at the end
    duration_ms: int | None = None  # from the file's Info, when written


def read_opus_track(data: bytes) -> OpusTrack:
    """The Opus track in a Matroska file's bytes; `MatroskaError` if there is none."""
    if len(data) > MAX_FILE_BYTES:
        raise MatroskaError(reason("the file is too large for a voice message"))
    if data[:4] != b"\x1a\x45\xdf\xa3":
        raise MatroskaError(reason("not a Matroska file"))
    tracks: list[_Track] = []
    blocks: list[tuple[int, list[bytes]]] = []
    padding: dict[int, int] = {}  # index in blocks -> nanoseconds
    timecode_scale = 1_000_000
    duration: float | None = None
    doc_type = ""
    packet_count = 0
    most_samples = 0  # what the packets of every track can decode to, at most
    for element, start, size in _walk(data):
        value = data[start : start + size]
        if element == _DOC_TYPE:
            doc_type = value.decode("ascii", "replace")
        elif element == _TRACK_ENTRY:
            tracks.append(_Track())
        elif tracks and element == _TRACK_NUMBER:
            tracks[-1].number = _uint(value)
        elif tracks and element == _CODEC_ID:
            tracks[-1].codec = value.decode("ascii", "replace").rstrip("\0")
        elif tracks and element == _CODEC_PRIVATE:
            tracks[-1].private = value
        elif tracks and element == _CODEC_DELAY:
            tracks[-1].codec_delay_ns = _uint(value)
        elif tracks and element == _CHANNELS:
            tracks[-1].channels = _uint(value)
        elif element == _TIMECODE_SCALE:
            timecode_scale = _uint(value) or timecode_scale
        elif element == _DURATION:
            duration = _float(value)
        elif element in (_SIMPLE_BLOCK, _BLOCK):
            blocks.append(_block_frames(value))
            packet_count += len(blocks[-1][1])
            most_samples += sum(packet_samples_at_most(frame) for frame in blocks[-1][1])
            if packet_count > MAX_VOICE_PACKETS or most_samples > MAX_VOICE_SAMPLES + 5760:
                raise MatroskaTooLongError
        elif element == _DISCARD_PADDING and blocks:
            padding[len(blocks) - 1] = _sint(value)
    if doc_type not in ("matroska", "webm"):
        raise MatroskaError(
            reason("not a Matroska file (document type %1)", repr(_shortened(doc_type)))
        )
    opus = next((t for t in tracks if t.codec == "A_OPUS"), None)
    if opus is None:
        codecs = ", ".join(_shortened(t.codec) for t in tracks[:4]) or "none"
        raise MatroskaError(reason("the file holds no Opus audio (tracks: %1)", codecs))
    track = OpusTrack(channels=max(1, min(opus.channels, 2)), pre_skip=0)
    if opus.private[:8] == b"OpusHead" and len(opus.private) >= 19:
        track.channels = max(1, min(opus.private[9], 2))
        track.pre_skip = struct.unpack_from("<H", opus.private, 10)[0]
    elif opus.codec_delay_ns:
        track.pre_skip = opus.codec_delay_ns * OPUS_RATE // 1_000_000_000
    for index, (number, frames) in enumerate(blocks):
        if number == opus.number:
            track.packets.extend(frames)
            if index in padding:
                track.end_padding = max(0, padding[index]) * OPUS_RATE // 1_000_000_000
    if duration is not None and math.isfinite(duration) and duration >= 0:
        declared_ms = duration * timecode_scale / 1_000_000
        if declared_ms <= MAX_VOICE_SAMPLES * 1000 // OPUS_RATE:
            track.duration_ms = round(declared_ms)
    return track


def track_samples(track: OpusTrack) -> int:
    """The samples the track decodes to (pre-skip and end padding removed), counted
    from the packets' first bytes without decoding; an upper bound for damaged packets."""
    total = sum(packet_samples_at_most(packet) for packet in track.packets)
    return max(0, total - track.pre_skip - track.end_padding)


def decode_opus_track(track: OpusTrack) -> npt.NDArray[np.float32]:
    """The track's samples at 48 kHz, shape (frames, channels), scaled to [-1, 1]."""
    import numpy as np

    pieces = list(opus_track_blocks(track))
    if not pieces:
        return np.zeros((0, track.channels), dtype=np.float32)
    return np.concatenate(pieces)


def opus_track_blocks(
    track: OpusTrack, max_samples: int = MAX_VOICE_SAMPLES
) -> Iterator[npt.NDArray[np.float32]]:
    """The track decoded a packet at a time: blocks of shape (frames, channels) at
    48 kHz, scaled to [-1, 1]; `MatroskaTooLongError` once more than `max_samples`."""
    import numpy as np
    import opuslib  # needs the system's libopus (Debian libopus0)

    decoder: Any = opuslib.Decoder(OPUS_RATE, track.channels)
    skip = track.pre_skip
    made = 0
    last = len(track.packets) - 1
    for index, packet in enumerate(track.packets):
        try:
            pcm = decoder.decode(packet, _MAX_FRAME)
        except opuslib.OpusError as error:
            raise MatroskaError(reason("an Opus packet is damaged (%1)", error)) from None
        samples = np.frombuffer(pcm, dtype="<i2").reshape(-1, track.channels)
        if index == last and track.end_padding:
            samples = samples[: max(0, len(samples) - track.end_padding)]
        if skip:
            dropped = min(skip, len(samples))
            samples, skip = samples[dropped:], skip - dropped
        made += len(samples)
        if made > max_samples:
            raise MatroskaTooLongError
        if len(samples):
            yield (samples / 32768.0).astype(np.float32)


def read_matroska_opus(path: Path) -> npt.NDArray[np.float32]:
    """Decode the Opus track of the Matroska file at `path` (48 kHz)."""
    with open(path, "rb") as stream:
        data = stream.read(MAX_FILE_BYTES + 1)
    return decode_opus_track(read_opus_track(data))


# ----- EBML --------------------------------------------------------------------------------


def _walk(data: bytes) -> Iterator[tuple[int, int, int]]:
    """Every leaf and container element, in file order: (id, data start, data size).

    Containers are entered rather than skipped, so their children follow them; a
    container's size is only used when it is unknown (then: to the end).
    """
    position = 0
    count = 0
    while position < len(data):
        count += 1
        if count > MAX_ELEMENTS:
            raise MatroskaError(reason("the file has too many elements for a voice message"))
        element, position = _vint(data, position, keep_marker=True)
        size, position = _vint(data, position, keep_marker=False)
        if element in _CONTAINERS or element == _EBML:
            yield element, position, 0
            if element != _EBML:
                continue  # read the children in line
            if size == _UNKNOWN_SIZE:
                raise MatroskaError(reason("the file's header is damaged"))
            yield from (
                (e, position + s, n) for e, s, n in _walk_leaves(data[position : position + size])
            )
            position += size
            continue
        if size == _UNKNOWN_SIZE:
            raise MatroskaError(reason("the file is damaged (an element of unknown size)"))
        if position + size > len(data):
            if element in (_SIMPLE_BLOCK, _BLOCK):
                break  # a recording cut short: keep what came before
            raise MatroskaError(reason("the file is cut short"))
        yield element, position, size
        position += size


def _walk_leaves(data: bytes) -> list[tuple[int, int, int]]:
    leaves: list[tuple[int, int, int]] = []
    position = 0
    while position < len(data):
        if len(leaves) == MAX_HEADER_ELEMENTS:
            raise MatroskaError(reason("the file's header is damaged"))
        element, position = _vint(data, position, keep_marker=True)
        size, position = _vint(data, position, keep_marker=False)
        if size < 0 or position + size > len(data):
            raise MatroskaError(reason("the file's header is damaged"))
        leaves.append((element, position, size))
        position += size
    return leaves


def _vint(data: bytes, position: int, *, keep_marker: bool) -> tuple[int, int]:
    """An EBML variable-length integer at `position`: (value, position after it)."""
    if position >= len(data):
        raise MatroskaError(reason("the file is cut short"))
    first = data[position]
    length = 1
    while length <= 8 and not first & (0x80 >> (length - 1)):
        length += 1
    if length > 8 or position + length > len(data):
        raise MatroskaError(reason("the file is damaged (bad element header)"))
    value = first if keep_marker else first & (0xFF >> length)
    all_ones = value == (0xFF >> length)
    for byte in data[position + 1 : position + length]:
        value = (value << 8) | byte
        all_ones = all_ones and byte == 0xFF
    if not keep_marker and all_ones:
        value = _UNKNOWN_SIZE
    return value, position + length


def _block_frames(block: bytes) -> tuple[int, list[bytes]]:
    """(track number, frames) of a SimpleBlock or Block body."""
    track, position = _vint(block, 0, keep_marker=False)
    if position + 3 > len(block):
        raise MatroskaError(reason("the file is damaged (short block)"))
    flags = block[position + 2]
    body = block[position + 3 :]
    lacing = flags & 0x06
    if lacing == 0:
        return track, [body]
    if not body:
        raise MatroskaError(reason("the file is damaged (bad lacing)"))
    count = body[0] + 1
    position = 1
    sizes: list[int] = []
    if lacing == 0x02:  # Xiph
        for _ in range(count - 1):
            size = 0
            while True:
                if position >= len(body):
                    raise MatroskaError(reason("the file is damaged (bad lacing)"))
                byte = body[position]
                position += 1
                size += byte
                if byte != 255:
                    break
            sizes.append(size)
    elif lacing == 0x06:  # EBML: a size, then signed differences
        size, position = _vint(body, position, keep_marker=False)
        sizes.append(size)
        for _ in range(count - 2):
            start = position
            raw, position = _vint(body, position, keep_marker=False)
            length = position - start
            size += raw - ((1 << (7 * length - 1)) - 1)
            sizes.append(size)
    else:  # fixed
        each, remainder = divmod(len(body) - 1, count)
        if remainder:
            raise MatroskaError(reason("the file is damaged (bad lacing)"))
        sizes = [each] * (count - 1)
    sizes.append(len(body) - position - sum(sizes))
    if min(sizes) < 0:
        raise MatroskaError(reason("the file is damaged (bad lacing)"))
    frames = []
    for size in sizes:
        frames.append(body[position : position + size])
        position += size
    return track, frames


def _shortened(name: str) -> str:
    """A name the file gives itself, cut to a length a message can carry."""
    return name if len(name) <= MAX_NAME_SHOWN else name[:MAX_NAME_SHOWN] + "…"


def _uint(value: bytes) -> int:
    return int.from_bytes(value[:8], "big") if value else 0


def _sint(value: bytes) -> int:
    return int.from_bytes(value[:8], "big", signed=True) if value else 0


def _float(value: bytes) -> float | None:
    if len(value) == 4:
        return float(struct.unpack(">f", value)[0])
    if len(value) == 8:
        return float(struct.unpack(">d", value)[0])
    return None
