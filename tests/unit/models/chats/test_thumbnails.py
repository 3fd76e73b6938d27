from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QColorSpace, QImage, QImageReader, QImageWriter

from jego_desktop.models.chats import thumbnails
from jego_desktop.models.chats.thumbnails import make_thumbnail
from jego_desktop.store.file_store import THUMBNAILS, FileStore
from tests.unit.models.chats.picture_bombs import (
    icc_profile,
    jpeg_with_profile,
    png_with_profile,
    png_with_texts,
    progressive_jpeg,
    webp_with_profile,
)


def test_a_large_picture_gets_a_small_preview(tmp_path: Path) -> None:
    files = FileStore(tmp_path / "files")
    picture = tmp_path / "wide.png"
    image = QImage(1600, 400, QImage.Format.Format_RGB32)
    image.fill(QColor(10, 200, 10))
    assert image.save(str(picture))
    thumbnail = make_thumbnail(picture, files)
    assert thumbnail is not None and thumbnail.parent == files.folder(THUMBNAILS)
    assert thumbnail.name == "wide.jpg"
    preview = QImage(str(thumbnail))
    assert (preview.width(), preview.height()) == (320, 80)
    assert preview.pixelColor(10, 10).green() > 180


def test_not_a_picture_gives_none(tmp_path: Path) -> None:
    files = FileStore(tmp_path / "files")
    text = tmp_path / "notes.png"
    text.write_bytes(b"not a picture at all")
    assert make_thumbnail(text, files) is None
    assert list(files.folder(THUMBNAILS).iterdir()) == []


def test_a_huge_canvas_is_not_decoded(tmp_path: Path) -> None:
    # A valid PNG header claiming 50,000 x 50,000 pixels, in a few hundred bytes.
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 50_000, 50_000, 8, 0, 0, 0, 0)
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 1000))
        + chunk(b"IEND", b"")
    )
    assert make_thumbnail(bomb, FileStore(tmp_path / "files")) is None


def _svg_bomb() -> bytes:
    """Ten levels of ten `<use>` each: 10^10 elements for Qt's SVG renderer, in 2 KB."""
    levels = ['<g id="l0"><rect width="1" height="1"/></g>']
    for level in range(1, 11):
        uses = "".join(f'<use href="#l{level - 1}"/>' for _ in range(10))
        levels.append(f'<g id="l{level}">{uses}</g>')
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><defs>'
        + "".join(levels)
        + '</defs><use href="#l10"/></svg>'
    ).encode()


class _ReaderSpy:
    """Counts the QImageReaders made in `thumbnails` (a hostile file must make none)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.made = 0
        real = QImageReader

        def make(*args: object) -> QImageReader:
            self.made += 1
            return real(*args)

        make.setAllocationLimit = real.setAllocationLimit  # type: ignore[attr-defined]
        monkeypatch.setattr(thumbnails, "QImageReader", make)


@pytest.mark.parametrize("name", ["cat.png", "cat.svg", "cat.jpg"])
def test_an_svg_never_reaches_qt_whatever_its_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    spy = _ReaderSpy(monkeypatch)
    bomb = tmp_path / name
    bomb.write_bytes(_svg_bomb())
    assert len(bomb.read_bytes()) < 2200
    assert make_thumbnail(bomb, FileStore(tmp_path / "files")) is None
    assert spy.made == 0


@pytest.mark.parametrize(("qt_format", "magic"), [("TIFF", b"II*\x00"), ("BMP", b"BM")])
def test_other_formats_get_no_preview_even_named_jpg(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qt_format: str, magic: bytes
) -> None:
    spy = _ReaderSpy(monkeypatch)
    picture = tmp_path / "photo.jpg"
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor(200, 10, 10))
    if not image.save(str(picture), qt_format):  # type: ignore[call-overload]
        pytest.skip(f"Qt here has no {qt_format} writer")
    assert picture.read_bytes().startswith(magic)
    assert make_thumbnail(picture, FileStore(tmp_path / "files")) is None
    assert spy.made == 0


def test_a_tga_named_png_gets_no_preview(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spy = _ReaderSpy(monkeypatch)
    # An uncompressed 2x2 true-colour TGA: no magic at the start, Qt guesses it by name.
    tga = struct.pack("<BBBHHBHHHHBB", 0, 0, 2, 0, 0, 0, 0, 0, 2, 2, 24, 0) + b"\x00\xff\x00" * 4
    picture = tmp_path / "photo.tga"
    picture.write_bytes(tga)
    assert make_thumbnail(picture, FileStore(tmp_path / "files")) is None
    assert spy.made == 0


def test_a_png_canvas_above_the_pixel_limit_is_not_decoded(tmp_path: Path) -> None:
    # 5,000 x 5,000 (25 megapixels, 100 MB decoded) in a tiny file; JPEG may be larger
    # because it is decoded scaled down.
    picture = tmp_path / "big.png"
    image = QImage(5000, 5000, QImage.Format.Format_RGB32)
    image.fill(QColor(0, 0, 0))
    assert image.save(str(picture))
    del image
    assert picture.stat().st_size < 200_000
    assert make_thumbnail(picture, FileStore(tmp_path / "files")) is None
    photo = tmp_path / "photo.jpg"
    image = QImage(5000, 5000, QImage.Format.Format_RGB32)
    image.fill(QColor(0, 0, 0))
    assert image.save(str(photo), "JPEG", 30)  # type: ignore[call-overload]
    del image
    assert make_thumbnail(photo, FileStore(tmp_path / "files")) is not None


@pytest.mark.parametrize("qt_format", ["PNG", "JPEG", "WEBP"])
def test_the_four_formats_get_previews_by_their_content(tmp_path: Path, qt_format: str) -> None:
    picture = tmp_path / "no-extension"
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor(10, 10, 200))
    if not image.save(str(picture), qt_format):  # type: ignore[call-overload]
        pytest.skip(f"Qt here has no {qt_format} writer")
    thumbnail = make_thumbnail(picture, FileStore(tmp_path / "files"))
    assert thumbnail is not None and QImage(str(thumbnail)).width() == 64


def test_a_gif_gets_a_preview(tmp_path: Path) -> None:
    picture = tmp_path / "dot"
    picture.write_bytes(
        b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00"
        b"\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
    )
    thumbnail = make_thumbnail(picture, FileStore(tmp_path / "files"))
    assert thumbnail is not None and QImage(str(thumbnail)).width() == 1


def test_a_png_whose_texts_inflate_to_megabytes_is_not_decoded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # libpng inflates every zTXt chunk (up to 8 MB each, a thousand chunks) before the
    # first pixel: 100 such chunks in 700 KB took 54 s and 3.4 GB here.
    bomb = tmp_path / "texts.png"
    bomb.write_bytes(png_with_texts([b"a" * 7_000_000] * 3))
    assert bomb.stat().st_size < 25_000
    spy = _ReaderSpy(monkeypatch)
    assert make_thumbnail(bomb, FileStore(tmp_path / "files")) is None
    assert spy.made == 0  # libpng inflates the texts while reading the header


def test_a_png_with_a_little_text_still_gets_a_preview(tmp_path: Path) -> None:
    picture = tmp_path / "notes.png"
    picture.write_bytes(png_with_texts([b"Software: a camera\n" * 100] * 5))
    assert make_thumbnail(picture, FileStore(tmp_path / "files")) is not None


def test_a_jpeg_with_hundreds_of_scans_is_not_decoded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each 12-byte scan makes libjpeg walk all 16 megapixels again: 1,000 scans of a
    # 100-megapixel canvas (13 KB) took 11.6 s here, uninterruptible.
    bomb = tmp_path / "scans.jpg"
    bomb.write_bytes(progressive_jpeg(4096, 300))
    assert bomb.stat().st_size < 5_000
    spy = _ReaderSpy(monkeypatch)
    assert make_thumbnail(bomb, FileStore(tmp_path / "files")) is None
    assert spy.made == 0


def test_a_progressive_jpeg_above_the_whole_picture_limit_is_not_decoded(tmp_path: Path) -> None:
    # A progressive JPEG keeps every coefficient of the picture until its last scan
    # (600 MB for 100 colour megapixels), so it gets the limit of the formats decoded whole.
    bomb = tmp_path / "wide.jpg"
    bomb.write_bytes(progressive_jpeg(10_000, 2))
    assert make_thumbnail(bomb, FileStore(tmp_path / "files")) is None


def test_an_ordinary_progressive_jpeg_gets_a_preview(tmp_path: Path) -> None:
    picture = tmp_path / "progressive.jpg"
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor(200, 120, 10))
    writer = QImageWriter(str(picture), QByteArray(b"jpeg"))
    writer.setProgressiveScanWrite(True)
    assert writer.write(image)
    assert picture.read_bytes().count(b"\xff\xc2") == 1  # SOF2: progressive
    thumbnail = make_thumbnail(picture, FileStore(tmp_path / "files"))
    assert thumbnail is not None and QImage(str(thumbnail)).width() == 320


def test_a_gif_whose_screen_is_above_the_pixel_limit_is_not_decoded(tmp_path: Path) -> None:
    # Qt reports the first frame's size (1 x 1) but draws it on a canvas of the GIF's
    # screen size: 5,000 x 5,000 here, 100 MB.
    picture = tmp_path / "screen.gif"
    picture.write_bytes(
        b"GIF89a" + struct.pack("<HH", 5000, 5000) + b"\x80\x00\x00\xff\xff\xff\x00\x00\x00"
        b"," + struct.pack("<HHHH", 0, 0, 1, 1) + b"\x00\x02\x02D\x01\x00;"
    )
    assert QImageReader(str(picture)).size().width() == 1
    assert make_thumbnail(picture, FileStore(tmp_path / "files")) is None


def _profile_of(picture: Path, qt_format: bytes) -> int:
    """The bytes of colour profile Qt finds in `picture`, read as Qt would."""
    reader = QImageReader(str(picture), QByteArray(qt_format))
    return reader.read().colorSpace().iccProfile().size()


def _photo_jpeg(tmp_path: Path) -> bytes:
    photo = tmp_path / "plain.jpg"
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor(30, 90, 200))
    assert image.save(str(photo), "JPEG", 80)  # type: ignore[call-overload]
    return photo.read_bytes()


def _photo_webp(tmp_path: Path) -> bytes:
    photo = tmp_path / "plain.webp"
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(QColor(30, 90, 200))
    if not image.save(str(photo), "WEBP"):  # type: ignore[call-overload]
        pytest.skip("Qt here has no WebP writer")
    return photo.read_bytes()


def _with_profile(tmp_path: Path, qt_format: bytes, size: int) -> Path:
    """A 64-pixel-wide picture in `qt_format` carrying a colour profile of `size` bytes."""
    profile = icc_profile(size)
    if qt_format == b"png":
        data = png_with_profile(profile)
    elif qt_format == b"jpeg":
        data = jpeg_with_profile(_photo_jpeg(tmp_path), profile)
    else:
        data = webp_with_profile(_photo_webp(tmp_path), profile)
    picture = tmp_path / f"profile{size}.{qt_format.decode()}"
    picture.write_bytes(data)
    return picture


@pytest.mark.parametrize(
    ("qt_format", "size"),
    [
        # libpng inflates the whole iCCP chunk (8 MB from 8 KB) and Qt parses it and
        # carries it into the preview: measured 13.5 ms and +18.6 MB for a 64x64
        # picture, and a thumbnail file of 8 MB.
        (b"png", 7_999_000),
        # Qt joins every ICC_PROFILE segment (20 here): 255 of them make a 16.7 MB
        # profile, measured 54 ms and +36 MB for a 64x48 picture (1,000: 0.2 s, +129 MB).
        (b"jpeg", 20 * 65519),
        # libwebp hands the ICCP chunk to Qt whole: 16 MB measured 20 ms and +34 MB.
        (b"webp", 2_000_000),
    ],
)
def test_a_picture_whose_profile_is_megabytes_is_not_decoded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qt_format: bytes, size: int
) -> None:
    bomb = _with_profile(tmp_path, qt_format, size)
    if qt_format == b"png":
        assert bomb.stat().st_size < 10_000
    assert _profile_of(bomb, qt_format) == size  # what Qt would do with it
    spy = _ReaderSpy(monkeypatch)
    assert make_thumbnail(bomb, FileStore(tmp_path / "files")) is None
    assert spy.made == 0


@pytest.mark.parametrize("qt_format", [b"png", b"jpeg", b"webp"])
def test_a_picture_with_an_ordinary_profile_still_gets_a_preview(
    tmp_path: Path, qt_format: bytes
) -> None:
    files = FileStore(tmp_path / "files")
    for size in (480, 900_000):  # Qt's sRGB profile; a press profile, under the limit
        picture = _with_profile(tmp_path, qt_format, size)
        assert _profile_of(picture, qt_format) == size
        thumbnail = make_thumbnail(picture, files)
        assert thumbnail is not None and QImage(str(thumbnail)).width() == 64
        assert thumbnail.stat().st_size < 5_000  # the sender's profile is not copied


def test_a_picture_in_another_colour_space_is_previewed_in_srgb(tmp_path: Path) -> None:
    picture = tmp_path / "linear.png"
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor(128, 128, 128))
    image.setColorSpace(QColorSpace(QColorSpace.NamedColorSpace.SRgbLinear))
    assert image.save(str(picture))
    thumbnail = make_thumbnail(picture, FileStore(tmp_path / "files"))
    assert thumbnail is not None
    preview = QImage(str(thumbnail))
    assert not preview.colorSpace().isValid()
    # Linear 128 is sRGB 188; kept as is, the preview would show it darker.
    assert 180 < preview.pixelColor(10, 10).green() < 196
