"""Repackage an Ogg Opus voice message as Matroska (.mka), the container Linphone plays.

Linphone's player (mediastreamer2's MSMediaPlayer) opens only RIFF WAV (PCM) and
Matroska files, recognised by their first four bytes; an Ogg file is "Unknown format"
there. The Opus packets are moved as they are (no re-encoding): the OpusHead becomes
the track's CodecPrivate, the pre-skip its CodecDelay, and the samples the last Ogg
page cuts off become the last block's DiscardPadding, so the decoded length is the same.
Elements are written with their sizes known; clusters hold at most 5 s.
"""

from __future__ import annotations

import os
import struct
from dataclasses import dataclass
from pathlib import Path

from jego_desktop.domain.reasons import reason
from jego_desktop.media.opus_packets import packet_samples
from jego_desktop.media.voice_limits import MAX_VOICE_PACKETS, MAX_VOICE_SAMPLES

OPUS_RATE = 48000
CLUSTER_MS = 5000
SEEK_PRE_ROLL_NS = 80_000_000  # what the Matroska Opus mapping recommends
APP_NAME = "Jego Desktop"


class OggOpusError(ValueError):
    """An Ogg file that is not a single Opus stream we can repackage; `str()` says why."""


@dataclass(frozen=True)
class OggOpus:
    head: bytes  # the OpusHead packet
    packets: list[bytes]  # audio packets, in order
    final_granule: int  # samples at 48 kHz, pre-skip included

    @property
    def pre_skip(self) -> int:
        return int(struct.unpack_from("<H", self.head, 10)[0])

    @property
    def channels(self) -> int:
        return self.head[9]


def read_ogg_opus(data: bytes) -> OggOpus:
    """The packets of the first logical stream of an Ogg Opus file.

    A stream of more packets than ten minutes can hold, or whose last granule position
    claims more than ten minutes, is refused (`OggOpusError`).
    """
    position = 0
    packets: list[bytes] = []
    pending = bytearray()
    serial: int | None = None
    granule = 0
    while position < len(data):
        if data[position : position + 4] != b"OggS" or len(data) < position + 27:
            raise OggOpusError(reason("the file is not an Ogg stream (or it is damaged)"))
        page_serial = struct.unpack_from("<I", data, position + 14)[0]
        page_granule = struct.unpack_from("<q", data, position + 6)[0]
        count = data[position + 26]
        lacing = data[position + 27 : position + 27 + count]
        body = position + 27 + count
        end = body + sum(lacing)
        if end > len(data):
            raise OggOpusError(reason("the Ogg file is cut short"))
        position = end
        if serial is None:
            serial = page_serial
        if page_serial != serial:
            continue  # another logical stream: not ours
        for size in lacing:
            pending += data[body : body + size]
            body += size
            if size < 255:
                packets.append(bytes(pending))
                pending.clear()
        if len(packets) > MAX_VOICE_PACKETS + 2:
            raise OggOpusError(reason("the Ogg stream is longer than a voice message may be"))
        if page_granule >= 0:
            granule = page_granule
    if len(packets) < 2 or not packets[0].startswith(b"OpusHead") or len(packets[0]) < 19:
        raise OggOpusError(reason("the Ogg file holds no Opus stream"))
    if not packets[1].startswith(b"OpusTags"):
        raise OggOpusError(reason("the Opus stream has no comment header"))
    if granule > MAX_VOICE_SAMPLES + 65535:  # pre-skip is at most 65535
        raise OggOpusError(reason("the Ogg stream claims to be longer than a voice message may be"))
    return OggOpus(packets[0], packets[2:], granule)


def ogg_to_matroska(source: Path, target: Path) -> int:
    """Write `source` (Ogg Opus) as Matroska at `target`; the playing length in ms."""
    ogg = read_ogg_opus(source.read_bytes())
    data, duration_ms = matroska_bytes(ogg)
    target.write_bytes(data)
    return duration_ms


def matroska_bytes(ogg: OggOpus) -> tuple[bytes, int]:
    """The Matroska file for these packets, and its playing length in ms."""
    playable = max(0, ogg.final_granule - ogg.pre_skip)
    duration_ms = playable * 1000 // OPUS_RATE
    clusters = []
    block_start = 0  # samples since the first packet
    cluster: list[bytes] = []
    cluster_ms = 0
    total = sum(packet_samples(p) for p in ogg.packets)
    padding = max(0, total - ogg.final_granule)
    for index, packet in enumerate(ogg.packets):
        at_ms = block_start * 1000 // OPUS_RATE
        if cluster and at_ms - cluster_ms >= CLUSTER_MS:
            clusters.append(_cluster(cluster_ms, cluster))
            cluster = []
        if not cluster:
            cluster_ms = at_ms
        last = index == len(ogg.packets) - 1
        cluster.append(_block(at_ms - cluster_ms, packet, padding if last else 0))
        block_start += packet_samples(packet)
    if cluster:
        clusters.append(_cluster(cluster_ms, cluster))
    header = _element(
        0x1A45DFA3,
        _uint(0x4286, 1)
        + _uint(0x42F7, 1)
        + _uint(0x42F2, 4)
        + _uint(0x42F3, 8)
        + _element(0x4282, b"matroska")
        + _uint(0x4287, 4)
        + _uint(0x4285, 2),
    )
    info = _element(
        0x1549A966,
        _uint(0x2AD7B1, 1_000_000)  # timestamps in ms
        + _element(0x4D80, APP_NAME.encode())
        + _element(0x5741, APP_NAME.encode())
        + _element(0x4489, struct.pack(">d", float(duration_ms))),
    )
    audio = _element(
        0xE1, _element(0xB5, struct.pack(">d", float(OPUS_RATE))) + _uint(0x9F, ogg.channels)
    )
    track = _element(
        0xAE,
        _uint(0xD7, 1)
        + _uint(0x73C5, int.from_bytes(os.urandom(8), "big") >> 1 or 1)
        + _uint(0x83, 2)  # audio
        + _element(0x86, b"A_OPUS")
        + _element(0x63A2, ogg.head)
        + _uint(0x56AA, ogg.pre_skip * 1_000_000_000 // OPUS_RATE)
        + _uint(0x56BB, SEEK_PRE_ROLL_NS)
        + audio,
    )
    segment = _element(0x18538067, info + _element(0x1654AE6B, track) + b"".join(clusters))
    return header + segment, duration_ms


def _cluster(timestamp_ms: int, blocks: list[bytes]) -> bytes:
    return _element(0x1F43B675, _uint(0xE7, timestamp_ms) + b"".join(blocks))


def _block(relative_ms: int, packet: bytes, discard_samples: int) -> bytes:
    head = b"\x81" + struct.pack(">h", relative_ms)  # track 1, signed 16-bit timestamp
    if not discard_samples:
        return _element(0xA3, head + b"\x80" + packet)  # SimpleBlock, keyframe
    padding_ns = discard_samples * 1_000_000_000 // OPUS_RATE
    return _element(
        0xA0,
        _element(0xA1, head + b"\x00" + packet) + _element(0x75A2, _sint_bytes(padding_ns)),
    )


def _element(element_id: int, payload: bytes) -> bytes:
    id_bytes = element_id.to_bytes((element_id.bit_length() + 7) // 8, "big")
    return id_bytes + _size(len(payload)) + payload


def _size(value: int) -> bytes:
    for length in range(1, 9):
        if value < (1 << (7 * length)) - 1:  # all ones is reserved for "unknown"
            return (value | (1 << (7 * length))).to_bytes(length, "big")
    raise OggOpusError(reason("an element is too large for Matroska"))


def _uint(element_id: int, value: int) -> bytes:
    return _element(element_id, value.to_bytes(max(1, (value.bit_length() + 7) // 8), "big"))


def _sint_bytes(value: int) -> bytes:
    length = 1
    while not -(1 << (8 * length - 1)) <= value < (1 << (8 * length - 1)):
        length += 1
    return value.to_bytes(length, "big", signed=True)
