"""Small hostile voice messages, written byte by byte: Ogg Opus and Matroska Opus files
whose tiny packets decode to far more sound than their size suggests.

An Opus packet of two bytes (TOC 0xFB: CELT 20 ms, code 3; then "6 frames, constant
size") holds six empty 20 ms frames: 120 ms of sound for 2 bytes, some 3 bytes a packet
in Ogg. 10,000 of them (about 31 KB) decode to 20 minutes, 230 MB of float32 mono.
"""

from __future__ import annotations

import struct

BOMB_PACKET = b"\xfb\x06"  # 120 ms at 48 kHz
BOMB_PACKET_SAMPLES = 5760


def _ogg_crc(data: bytes) -> int:
    crc = 0
    for byte in data:
        crc ^= byte << 24
        for _ in range(8):
            crc = ((crc << 1) ^ 0x04C11DB7) if crc & 0x80000000 else crc << 1
            crc &= 0xFFFFFFFF
    return crc


def _ogg_page(packets: list[bytes], sequence: int, granule: int, flags: int) -> bytes:
    lacing = bytearray()
    for packet in packets:
        lacing += b"\xff" * (len(packet) // 255) + bytes([len(packet) % 255])
    assert len(lacing) <= 255
    header = struct.pack("<4sBBqIIIB", b"OggS", 0, flags, granule, 0x5EC, sequence, 0, len(lacing))
    page = bytearray(header + lacing + b"".join(packets))
    struct.pack_into("<I", page, 22, _ogg_crc(bytes(page)))
    return bytes(page)


def opus_head(channels: int = 1, pre_skip: int = 312) -> bytes:
    return b"OpusHead" + struct.pack("<BBHIhB", 1, channels, pre_skip, 48000, 0, 0)


def ogg_opus(packets: list[bytes], *, granule: int | None = None) -> bytes:
    """An Ogg Opus file of these audio packets; the last page's granule position is
    `granule` (default: the truth, the samples the packets hold)."""
    tags = b"OpusTags" + struct.pack("<I", 4) + b"bomb" + struct.pack("<I", 0)
    pages = [_ogg_page([opus_head()], 0, 0, 0x02), _ogg_page([tags], 1, 0, 0)]
    done = 0
    per_page = 255
    for start in range(0, len(packets), per_page):
        chunk = packets[start : start + per_page]
        done += len(chunk) * BOMB_PACKET_SAMPLES
        last = start + per_page >= len(packets)
        page_granule = (granule if granule is not None else done) if last else done
        pages.append(_ogg_page(chunk, len(pages), page_granule, 0x04 if last else 0))
    return b"".join(pages)


def ogg_bomb(packet_count: int = 10_000, *, granule: int | None = None) -> bytes:
    return ogg_opus([BOMB_PACKET] * packet_count, granule=granule)


def _element(element_id: int, payload: bytes) -> bytes:
    id_bytes = element_id.to_bytes((element_id.bit_length() + 7) // 8, "big")
    size = len(payload)
    length = next(n for n in range(1, 9) if size < (1 << (7 * n)) - 1)
    return id_bytes + (size | (1 << (7 * length))).to_bytes(length, "big") + payload


def matroska_opus(packets: list[bytes], *, duration: float | None = None) -> bytes:
    """A Matroska file with one Opus track; `Duration` written as a float64 when given.

    Packets go into SimpleBlocks of up to 200 frames each, with Xiph lacing (one size
    byte per frame of under 255 bytes)."""
    header = _element(0x1A45DFA3, _element(0x4282, b"matroska"))
    info = _element(0x2AD7B1, (1_000_000).to_bytes(3, "big"))
    if duration is not None:
        info += _element(0x4489, struct.pack(">d", duration))
    track = _element(
        0xAE,
        _element(0xD7, b"\x01")
        + _element(0x86, b"A_OPUS")
        + _element(0x63A2, opus_head())
        + _element(0xE1, _element(0x9F, b"\x01")),
    )
    blocks = []
    for start in range(0, len(packets), 200):
        frames = packets[start : start + 200]
        sizes = b"".join(bytes([len(f)]) for f in frames[:-1])
        lacing = bytes([len(frames) - 1]) + sizes if len(frames) > 1 else b""
        flags = 0x82 if len(frames) > 1 else 0x80  # keyframe, Xiph lacing
        blocks.append(_element(0xA3, b"\x81\x00\x00" + bytes([flags]) + lacing + b"".join(frames)))
    cluster = _element(0x1F43B675, _element(0xE7, b"\x00") + b"".join(blocks))
    segment = _element(
        0x18538067, _element(0x1549A966, info) + _element(0x1654AE6B, track) + cluster
    )
    return header + segment


def matroska_bomb(packet_count: int = 10_000, *, duration: float | None = None) -> bytes:
    return matroska_opus([BOMB_PACKET] * packet_count, duration=duration)
