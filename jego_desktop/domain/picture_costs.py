"""What decoding a received PNG or JPEG would cost, read from its structure before any decoder.

A picture's pixel count does not bound its decoding. libpng inflates every compressed
text chunk before the first pixel (up to 8 MB each, a thousand chunks: gigabytes from a
file of a few megabytes). libjpeg walks every block of a progressive or multi-scan
picture once per scan, and a scan can be 12 bytes long (a 13 KB file of 1,000 scans
kept a core busy for 12 s), keeping all the picture's coefficients in memory meanwhile.
Both decoders also read the colour profile whole, and Qt parses it: libpng inflates a
PNG's iCCP chunk (up to 8 MB from an 8 KB chunk), and Qt joins every ICC_PROFILE
segment of a JPEG (64 KB each, as many as the file holds: 65 MB from a 64 MB file),
as it takes a WebP's ICCP chunk, whatever its size.
These walks mirror how the decoders read the file, so what they count is at least what
the decoders would do; they read only headers and lengths, never pixels.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_PNG_CHUNKS = 100_000  # a 64 MB picture in 8 KB IDAT chunks has 8,000
MAX_JPEG_MARKERS = 10_000  # an ordinary photo has a few dozen
MAX_WEBP_CHUNKS = 100_000  # an animation has one a frame

# A marker or a fill byte: 0xFF then neither a stuffed zero nor a restart marker (which
# both libjpeg and this walk pass over without a length). `\xff+` would be 10x slower.
_JPEG_MARKER = re.compile(rb"\xff[^\x00\xd0-\xd7]")
_JPEG_FILL = 0xFF
_JPEG_NO_LENGTH = frozenset((0x01, 0xD8))
_JPEG_EOI = 0xD9
_JPEG_SOS = 0xDA
_JPEG_APP2 = 0xE2
# "ICC_PROFILE", its end, then the segment's number and the count of segments
_JPEG_ICC_HEAD = b"ICC_PROFILE\x00"
_JPEG_ICC_OVERHEAD = len(_JPEG_ICC_HEAD) + 2
_JPEG_SOF = frozenset(
    (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF)
)
_JPEG_PROGRESSIVE = frozenset((0xC2, 0xC6, 0xCA, 0xCE))


def png_text_bytes(data: bytes | memoryview, limit: int) -> int | None:
    """The bytes of text (tEXt, zTXt, iTXt, inflated) a PNG decoder would hold, counted
    up to just past `limit`; None if the file is not a PNG whose chunks can be counted
    (too many chunks, or compressed text that does not inflate)."""
    return _png_inflated_bytes(data, limit, _png_text_length)


def png_profile_bytes(data: bytes | memoryview, limit: int) -> int | None:
    """The bytes of colour profile (iCCP, inflated) a PNG decoder would hold, counted up
    to just past `limit`; None as for `png_text_bytes` (a profile that does not inflate)."""
    return _png_inflated_bytes(data, limit, _png_profile_length)


def _png_inflated_bytes(
    data: bytes | memoryview,
    limit: int,
    length_of: Callable[[bytes, memoryview, int], int | None],
) -> int | None:
    """The sum of `length_of(kind, body, budget)` over the PNG's chunks, up to just past
    `limit`: each chunk is given what is left of the limit plus one as its budget."""
    view = memoryview(data)
    if bytes(view[:8]) != PNG_SIGNATURE:
        return None
    total = 0
    position = 8
    for _ in range(MAX_PNG_CHUNKS):
        if position + 8 > len(view) or total > limit:
            return total
        length = int.from_bytes(view[position : position + 4], "big")
        kind = bytes(view[position + 4 : position + 8])
        body = view[position + 8 : position + 8 + length]
        position += 12 + length
        if kind == b"IEND":
            return total
        counted = length_of(kind, body, limit - total + 1)
        if counted is None:
            return None
        total += counted
    return None


def _png_text_length(kind: bytes, body: memoryview, budget: int) -> int | None:
    if kind == b"tEXt":
        return len(body)
    if kind == b"zTXt":
        keyword_end = bytes(body[:80]).find(b"\x00")
        return len(body) if keyword_end < 0 else _inflated_length(body[keyword_end + 2 :], budget)
    if kind == b"iTXt":
        keyword_end = bytes(body[:80]).find(b"\x00")
        if keyword_end < 0 or len(body) < keyword_end + 3 or body[keyword_end + 1] == 0:
            return len(body)
        # compressed: language tag and translated keyword, then the zlib stream
        rest = bytes(body[keyword_end + 3 :])
        language_end = rest.find(b"\x00")
        keyword2_end = rest.find(b"\x00", language_end + 1) if language_end >= 0 else -1
        if keyword2_end < 0:
            return len(body)
        return _inflated_length(body[keyword_end + 3 + keyword2_end + 1 :], budget)
    return 0


def _png_profile_length(kind: bytes, body: memoryview, budget: int) -> int | None:
    if kind != b"iCCP":
        return 0
    # keyword, its end, the compression method, then the zlib stream (as in zTXt)
    keyword_end = bytes(body[:80]).find(b"\x00")
    return len(body) if keyword_end < 0 else _inflated_length(body[keyword_end + 2 :], budget)


def _inflated_length(stream: memoryview, budget: int) -> int | None:
    """How many bytes `stream` inflates to, counted up to `budget` (the work stops there)."""
    try:
        return len(zlib.decompressobj().decompress(stream, max(1, budget)))
    except zlib.error:
        return None


def webp_profile_bytes(data: bytes | memoryview) -> int | None:
    """The bytes of colour profile (ICCP chunks) in the WebP in `data`; None if it is
    not a WebP whose chunks can be counted."""
    view = memoryview(data)
    if bytes(view[:4]) != b"RIFF" or bytes(view[8:12]) != b"WEBP":
        return None
    total = 0
    position = 12
    for _ in range(MAX_WEBP_CHUNKS):
        if position + 8 > len(view):
            return total
        length = int.from_bytes(view[position + 4 : position + 8], "little")
        if bytes(view[position : position + 4]) == b"ICCP":
            total += min(length, len(view) - position - 8)
        position += 8 + length + length % 2  # chunks are padded to an even length
    return None


@dataclass(frozen=True)
class JpegScans:
    """How a JPEG would be decoded: `scans` start-of-scan markers a decoder would meet
    (at most; counting stops past `MAX_JPEG_MARKERS` markers), and `one_pass`: a single
    sequential scan holding every component, which libjpeg decodes row by row (and
    scaled down) without keeping the whole picture. `pixels` and `components` are the
    frame header's. `profile_bytes`: the colour profile Qt would assemble, all its
    ICC_PROFILE segments joined (whatever their numbers say, as Qt does)."""

    scans: int
    one_pass: bool
    components: int
    pixels: int
    profile_bytes: int


def jpeg_scans(data: bytes | memoryview) -> JpegScans | None:
    """The scans of the JPEG in `data`; None if it has no frame header, a segment length
    no decoder accepts, or more markers than any photo has."""
    view = memoryview(data)
    if bytes(view[:2]) != b"\xff\xd8":
        return None
    scans = 0
    components = 0
    pixels = 0
    progressive = False
    first_scan_components = 0
    profile_bytes = 0
    position = 2
    for _ in range(MAX_JPEG_MARKERS):
        found = _JPEG_MARKER.search(view, position)
        if found is None:
            break
        marker = view[found.end() - 1]
        position = found.end()
        if marker == _JPEG_FILL:
            position -= 1
            continue
        if marker == _JPEG_EOI:
            break
        if marker in _JPEG_NO_LENGTH:
            continue
        length = int.from_bytes(view[position : position + 2], "big")
        if length < 2:
            return None
        segment = view[position + 2 : position + length]
        if marker in _JPEG_SOF and len(segment) >= 6:
            components = segment[5]
            pixels = int.from_bytes(segment[1:3], "big") * int.from_bytes(segment[3:5], "big")
            progressive = marker in _JPEG_PROGRESSIVE
        elif marker == _JPEG_SOS and len(segment) >= 1:
            scans += 1
            if scans == 1:
                first_scan_components = segment[0]
        elif marker == _JPEG_APP2 and bytes(segment[: len(_JPEG_ICC_HEAD)]) == _JPEG_ICC_HEAD:
            profile_bytes += max(0, len(segment) - _JPEG_ICC_OVERHEAD)
        position += length
    else:
        return None
    if components == 0:
        return None
    one_pass = scans == 1 and not progressive and first_scan_components == components
    return JpegScans(scans, one_pass, components, pixels, profile_bytes)
