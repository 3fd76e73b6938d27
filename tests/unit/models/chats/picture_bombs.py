"""Small hostile pictures, built byte by byte, whose decoding costs far more than their size."""

from __future__ import annotations

import struct
import zlib

from PySide6.QtGui import QColorSpace


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


def icc_profile(size: int) -> bytes:
    """Qt's own sRGB profile (480 bytes) grown to `size` bytes with zeros after its tags:
    its header says `size`, so libpng and Qt take all of it as a valid profile."""
    srgb = bytes(QColorSpace(QColorSpace.NamedColorSpace.SRgb).iccProfile().data())
    if size <= len(srgb):
        return srgb
    return struct.pack(">I", size) + srgb[4:] + b"\x00" * (size - len(srgb))


def png_with_profile(profile: bytes | None = None, stream: bytes | None = None) -> bytes:
    """A 64x64 RGB PNG whose iCCP chunk holds `profile` compressed (or `stream` as is)."""
    side = 64
    packed = zlib.compress(profile or b"", 9) if stream is None else stream
    chunks = [
        png_chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)),
        png_chunk(b"iCCP", b"icc\x00\x00" + packed),
        png_chunk(b"IDAT", zlib.compress((b"\x00" + b"\x20\x80\xc0" * side) * side)),
        png_chunk(b"IEND", b""),
    ]
    return b"\x89PNG\r\n\x1a\n" + b"".join(chunks)


def jpeg_with_profile(photo: bytes, profile: bytes, segments: int | None = None) -> bytes:
    """`photo` (a JPEG) with `profile` cut into `segments` ICC_PROFILE segments (APP2)
    of at most 64 KB (default: as few as fit) after its start marker; above 255 the
    segments' numbers repeat (Qt joins them all the same)."""
    count = segments or max(1, -(-len(profile) // (65533 - 14)))
    room = max(1, -(-len(profile) // count))
    assert room <= 65533 - 14
    parts = []
    for number in range(count):
        piece = profile[number * room : (number + 1) * room]
        head = b"ICC_PROFILE\x00" + bytes([number % 255 + 1, min(count, 255)])
        parts.append(_segment(0xE2, head + piece))
    return photo[:2] + b"".join(parts) + photo[2:]


def _riff_chunk(kind: bytes, data: bytes) -> bytes:
    return kind + struct.pack("<I", len(data)) + data + b"\x00" * (len(data) % 2)


def webp_with_profile(photo: bytes, profile: bytes) -> bytes:
    """`photo` (a simple WebP of 64x64 pixels, as Qt writes it) made an extended WebP
    whose ICCP chunk holds `profile`, which libwebp hands to Qt whole."""
    assert photo[12:16] in (b"VP8 ", b"VP8L")
    flags = bytes([0x20, 0, 0, 0])  # has a colour profile
    canvas = (63).to_bytes(3, "little") * 2  # width and height minus one
    body = b"WEBP" + _riff_chunk(b"VP8X", flags + canvas) + _riff_chunk(b"ICCP", profile)
    body += photo[12:]
    return b"RIFF" + struct.pack("<I", len(body)) + body
