from __future__ import annotations

import struct
import zlib

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QImageWriter

from jego_desktop.domain.picture_costs import (
    jpeg_scans,
    png_profile_bytes,
    png_text_bytes,
    webp_profile_bytes,
)
from tests.unit.fuzz.support import fuzz
from tests.unit.models.chats.picture_bombs import (
    icc_profile,
    jpeg_with_profile,
    png_chunk,
    png_with_profile,
    png_with_texts,
    progressive_jpeg,
    webp_with_profile,
)


def _png(extra: list[bytes]) -> bytes:
    head = png_chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
    tail = png_chunk(b"IDAT", zlib.compress(b"\x00\x00")) + png_chunk(b"IEND", b"")
    return b"\x89PNG\r\n\x1a\n" + head + b"".join(extra) + tail


def _webp() -> bytes | None:
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(QColor(30, 90, 200))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    written = QImageWriter(buffer, QByteArray(b"webp")).write(image)
    buffer.close()
    return bytes(data.data()) if written else None


def _jpeg(progressive: bool) -> bytes:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor(30, 90, 200))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"jpeg"))
    writer.setProgressiveScanWrite(progressive)
    assert writer.write(image)
    buffer.close()
    return bytes(data.data())


def test_every_kind_of_png_text_is_counted_inflated() -> None:
    itxt_plain = b"XML\x00\x00\x00en\x00\x00" + b"p" * 300
    itxt_packed = b"XML\x00\x01\x00en\x00\x00" + zlib.compress(b"q" * 5000)
    ztxt = b"Comment\x00\x00" + zlib.compress(b"z" * 20_000)
    extra = [png_chunk(b"tEXt", b"Title\x00" + b"t" * 94), png_chunk(b"zTXt", ztxt)]
    extra += [png_chunk(b"iTXt", itxt_plain), png_chunk(b"iTXt", itxt_packed)]
    assert png_text_bytes(_png(extra), 10**6) == 100 + 20_000 + len(itxt_plain) + 5000


def test_png_counting_stops_just_past_the_limit() -> None:
    # Never inflates more than the limit: a chunk of 7 MB counts as "more than 1,000".
    counted = png_text_bytes(png_with_texts([b"a" * 7_000_000] * 3), 1000)
    assert counted is not None and 1000 < counted <= 1001


def test_a_png_text_that_does_not_inflate_is_refused() -> None:
    assert png_text_bytes(_png([png_chunk(b"zTXt", b"k\x00\x00not zlib")]), 1000) is None
    assert png_text_bytes(b"GIF89a", 1000) is None


def test_a_png_colour_profile_is_counted_inflated_apart_from_the_texts() -> None:
    picture = png_with_profile(icc_profile(20_000))
    assert len(picture) < 2_000
    assert png_profile_bytes(picture, 10**6) == 20_000
    assert png_text_bytes(picture, 10**6) == 0
    assert png_profile_bytes(png_with_texts([b"a" * 5000]), 10**6) == 0


def test_png_profile_counting_stops_just_past_the_limit() -> None:
    # libpng would inflate all 8 MB (its own limit) from this 8 KB chunk.
    counted = png_profile_bytes(png_with_profile(icc_profile(7_999_000)), 1000)
    assert counted is not None and 1000 < counted <= 1001


def test_a_zlib_bomb_in_a_png_profile_is_counted_only_up_to_the_limit() -> None:
    # 256 MB of zeros in 250 KB: not even a profile, counted all the same.
    packer = zlib.compressobj(9)
    zeros = b"\x00" * (1 << 20)
    bomb = b"".join(packer.compress(zeros) for _ in range(256)) + packer.flush()
    assert len(bomb) < 300_000
    counted = png_profile_bytes(png_with_profile(stream=bomb), 1 << 20)
    assert counted == (1 << 20) + 1


def test_every_png_profile_is_counted() -> None:
    # libpng keeps the first and warns of the others ("duplicate"): counting them all
    # is at least what it does.
    one = png_with_profile(icc_profile(600_000))
    start, end = one.index(b"iCCP") - 4, one.index(b"IDAT") - 4
    two = one[:end] + one[start:end] + one[end:]
    assert png_profile_bytes(two, 10**7) == 1_200_000


def test_a_broken_png_profile_is_refused_and_a_truncated_one_counted_as_far_as_it_goes() -> None:
    assert png_profile_bytes(png_with_profile(stream=b"not zlib at all"), 1000) is None
    packed = zlib.compress(icc_profile(7_999_000), 9)
    cut_stream = png_with_profile(stream=packed[: len(packed) // 2])
    counted = png_profile_bytes(cut_stream, 10**7)
    assert counted is not None and 1_000_000 < counted < 7_999_000
    whole = png_with_profile(icc_profile(7_999_000))
    cut_file = whole[: whole.index(b"iCCP") + 4_000]  # the file ends inside the chunk
    counted = png_profile_bytes(cut_file, 10**7)
    assert counted is not None and 1_000_000 < counted < 7_999_000
    assert png_profile_bytes(png_with_profile(stream=b""), 1000) == 0


def test_an_ordinary_jpeg_is_one_pass() -> None:
    scans = jpeg_scans(_jpeg(progressive=False))
    assert scans is not None
    assert (scans.scans, scans.one_pass, scans.components, scans.pixels) == (1, True, 3, 64 * 48)
    assert scans.profile_bytes == 0


def test_a_jpeg_profile_is_counted_over_all_its_segments() -> None:
    photo = _jpeg(progressive=False)
    scans = jpeg_scans(jpeg_with_profile(photo, icc_profile(480)))
    assert scans is not None and (scans.profile_bytes, scans.one_pass) == (480, True)
    # 255 segments of 64 KB, the most their numbers can tell: 16.7 MB
    scans = jpeg_scans(jpeg_with_profile(photo, icc_profile(255 * 65519)))
    assert scans is not None and scans.profile_bytes == 255 * 65519
    # Qt joins every segment whatever its number says, so all are counted.
    scans = jpeg_scans(jpeg_with_profile(photo, b"\x00" * 300_000, segments=300))
    assert scans is not None and scans.profile_bytes == 300 * 1000


def test_only_icc_profile_segments_are_counted_as_the_profile() -> None:
    photo = _jpeg(progressive=False)
    comment = (
        b"\xff\xfe" + struct.pack(">H", 2 + 14 + 500) + b"ICC_PROFILE\x00\x01\x01" + b"c" * 500
    )
    other_app2 = b"\xff\xe2" + struct.pack(">H", 2 + 4 + 500) + b"MPF\x00" + b"m" * 500
    scans = jpeg_scans(photo[:2] + comment + other_app2 + photo[2:])
    assert scans is not None and scans.profile_bytes == 0


def test_a_progressive_jpeg_has_its_scans_counted() -> None:
    scans = jpeg_scans(_jpeg(progressive=True))
    assert scans is not None and not scans.one_pass and 2 <= scans.scans <= 12


def test_scans_hidden_in_comments_restarts_and_fill_are_told_apart() -> None:
    photo = _jpeg(progressive=False)
    # A comment whose text holds start-of-scan markers, fill bytes before a marker, and
    # restart markers in the data: none is a scan.
    comment = b"\xff\xfe" + struct.pack(">H", 2 + 8) + b"\xff\xda" * 4
    doctored = photo[:2] + comment + b"\xff\xff\xff" + photo[2:-2] + b"\xff\xd0\xff\xd9"
    scans = jpeg_scans(doctored)
    assert scans is not None and (scans.scans, scans.one_pass) == (1, True)


def test_every_empty_scan_is_counted() -> None:
    scans = jpeg_scans(progressive_jpeg(4096, 300))
    assert scans is not None
    assert (scans.scans, scans.one_pass, scans.pixels) == (301, False, 4096 * 4096)


def test_a_jpeg_without_a_frame_or_with_a_broken_length_is_refused() -> None:
    assert jpeg_scans(b"\xff\xd8\xff\xd9") is None
    assert jpeg_scans(b"\xff\xd8\xff\xe0\x00\x01") is None
    assert jpeg_scans(b"\x89PNG") is None


def test_a_jpeg_of_endless_markers_is_refused_without_walking_them_all() -> None:
    photo = _jpeg(progressive=False)
    assert jpeg_scans(photo[:2] + b"\xff\xfe\x00\x02" * 100_000 + photo[2:]) is None


@fuzz
@given(
    st.binary(max_size=400),
    st.sampled_from([b"\xff\xd8", b"\x89PNG\r\n\x1a\n", b"RIFF\x00\x00\x00\x00WEBP", b""]),
)
def test_the_walks_never_raise(tail: bytes, head: bytes) -> None:
    jpeg_scans(head + tail)
    png_text_bytes(head + tail, 1000)
    png_profile_bytes(head + tail, 1000)
    webp_profile_bytes(head + tail)


def test_a_webp_profile_is_counted_over_its_iccp_chunks() -> None:
    photo = _webp()
    if photo is None:
        pytest.skip("Qt here has no WebP writer")
    assert webp_profile_bytes(photo) == 0
    assert webp_profile_bytes(webp_with_profile(photo, icc_profile(480))) == 480
    # Chunks of odd length are padded: the walk must still find the next one.
    two = webp_with_profile(photo, b"\x01" * 1001)
    start = two.index(b"ICCP")
    end = start + 8 + 1002
    assert webp_profile_bytes(two[:end] + two[start:end] + two[end:]) == 2002
    assert webp_profile_bytes(webp_with_profile(photo, icc_profile(3_000_000))) == 3_000_000


def test_a_webp_profile_cut_short_or_endless_chunks_are_told() -> None:
    photo = _webp()
    if photo is None:
        pytest.skip("Qt here has no WebP writer")
    whole = webp_with_profile(photo, icc_profile(3_000_000))
    assert webp_profile_bytes(whole[:100_000]) == 100_000 - (whole.index(b"ICCP") + 8)
    endless = photo[:12] + b"JUNK\x00\x00\x00\x00" * 100_001
    assert webp_profile_bytes(endless) is None
    assert webp_profile_bytes(b"RIFF\x00\x00\x00\x00AVI ") is None
