"""Small previews of received and sent pictures, stored in the profile's thumbnails folder.

Only PNG, JPEG, GIF and WebP get a preview, recognised by their first bytes (never by
the name or the declared type), and each is read by its own Qt plugin alone: an SVG
(whose `<use>` can nest a billion elements in 2 KB), a TIFF or a TGA named `photo.jpg`
never reaches Qt's other image plugins. Decoding is bounded: the canvas size is read
from the header first and refused above a pixel limit, and Qt's allocation limit caps
what a decoder may allocate. JPEG decoders scale while decoding, so a large photo never
lands in memory whole; the other formats decode whole, hence their lower limit. With
these limits the slowest preview takes about 0.1 s (measured: 16 megapixels of PNG
0.09 s, 100 megapixels of JPEG 0.03 s), which bounds the time: Qt's decoders cannot be
interrupted once started. What the pixel count does not bound is read from the file's
structure first (`domain.picture_costs`): a PNG's compressed texts and colour profile,
which libpng inflates before any pixel, a JPEG's or a WebP's colour profile, and a
JPEG's scans, each a walk over the whole picture.
A progressive or multi-scan JPEG keeps the whole picture's coefficients, so it gets the
lower limit, and at most `MAX_JPEG_SCAN_PIXELS` of work (measured: 32 empty refinement
scans of 16 megapixels 0.4 s; a real 16-megapixel progressive photo of 32 MB 1 s).

Safe to call from a worker thread (QImage, not QPixmap); callers do so.
"""

from __future__ import annotations

import mmap
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColorSpace, QImage, QImageReader

from jego_desktop.domain.file_transfer import sniff_image_type
from jego_desktop.domain.picture_costs import (
    jpeg_scans,
    png_profile_bytes,
    png_text_bytes,
    webp_profile_bytes,
)
from jego_desktop.store.file_store import THUMBNAILS, FileStore

MAX_SIDE = 320  # pixels, the longer side of a thumbnail
MAX_JPEG_PIXELS = 100_000_000  # decoded scaled down: a 100 MP photo costs ~1 MB
MAX_PIXELS = 16_777_216  # other formats decode whole: 64 MB of ARGB at most
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_PNG_TEXT_BYTES = 1024 * 1024  # a camera or an editor writes a few kilobytes
# A screen's or a camera's profile is 0.5-4 KB, a printing press's CMYK one 0.5-1 MB.
MAX_ICC_PROFILE_BYTES = 1024 * 1024
MAX_JPEG_SCAN_PIXELS = 32 * MAX_PIXELS  # pixels x scans: a 10-scan progressive photo of 16 MP
MAX_JPEG_COMPONENTS = 4  # grey, YCbCr, CMYK: each a plane of coefficients kept whole
ALLOCATION_LIMIT_MB = 128
QUALITY = 80

# The formats previews are made of, by what their first bytes show, with the one Qt
# plugin allowed to read each.
PREVIEW_FORMATS = {
    "image/png": b"png",
    "image/jpeg": b"jpeg",
    "image/gif": b"gif",
    "image/webp": b"webp",
}


def preview_format(source: Path) -> bytes | None:
    """The Qt format name of the picture at `source` if a preview may be made of it."""
    try:
        if source.stat().st_size > MAX_FILE_BYTES:
            return None
        with open(source, "rb") as stream:
            head = stream.read(64)
    except OSError:
        return None
    content_type = sniff_image_type(head)
    return None if content_type is None else PREVIEW_FORMATS.get(content_type)


def make_thumbnail(
    source: Path, files: FileStore, max_side: int = MAX_SIDE, *, name: str | None = None
) -> Path | None:
    """A JPEG preview of the picture at `source`; None if it is not a picture we preview.

    `name` (default: the picture's stem + ".jpg") is the wanted file name; if taken,
    "name (2).jpg" and so on.
    """
    image = preview_image(source, max_side)
    if image is None:
        return None
    # The preview is stored in sRGB without a profile: the sender's profile (up to
    # MAX_ICC_PROFILE_BYTES) would otherwise be copied into every thumbnail file.
    if image.colorSpace().isValid():
        image.convertToColorSpace(QColorSpace(QColorSpace.NamedColorSpace.SRgb))
        image.setColorSpace(QColorSpace())
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6 6.12's stubs want bytes for the format, its runtime wants str.
    saved = image.save(buffer, "JPEG", QUALITY)  # type: ignore[call-overload]
    buffer.close()
    if not saved:
        return None
    with files.begin(name or f"{source.stem}.jpg", THUMBNAILS) as partial:
        partial.write(bytes(data.data()))
        return partial.commit()


def preview_image(source: Path, max_side: int = MAX_SIDE) -> QImage | None:
    """The picture at `source` decoded at most `max_side` pixels wide and high, within
    the limits above; None if it is not a picture we preview."""
    image_format = preview_format(source)
    if image_format is None:
        return None
    pixel_limit = _pixel_limit(source, image_format)
    if pixel_limit == 0:
        return None
    QImageReader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    reader = QImageReader(str(source), QByteArray(image_format))
    reader.setAutoDetectImageFormat(False)  # this plugin or none
    reader.setAutoTransform(True)  # EXIF orientation
    size = reader.size()
    if not reader.canRead() or not size.isValid() or size.isEmpty():
        return None
    if size.width() * size.height() > pixel_limit:
        return None
    scale = min(1.0, max_side / max(size.width(), size.height()))
    reader.setScaledSize(
        QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
    )
    image = reader.read()
    return None if image.isNull() else image


def _pixel_limit(source: Path, image_format: bytes) -> int:
    """The most pixels `source` may have to be decoded, its structure considered; 0 if
    its structure alone already costs too much. Read before Qt sees the file: libpng
    inflates the texts and the profile while reading the header."""
    if image_format == b"gif":
        return MAX_PIXELS if _gif_screen_pixels(source) <= MAX_PIXELS else 0
    if image_format not in (b"png", b"jpeg", b"webp"):
        return MAX_PIXELS
    try:
        with (
            open(source, "rb") as stream,
            mmap.mmap(stream.fileno(), 0, access=mmap.ACCESS_READ) as data,
            memoryview(data) as view,
        ):
            if image_format == b"png":
                texts = png_text_bytes(view, MAX_PNG_TEXT_BYTES)
                profile = png_profile_bytes(view, MAX_ICC_PROFILE_BYTES)
                if _at_most(texts, MAX_PNG_TEXT_BYTES) and _at_most(profile, MAX_ICC_PROFILE_BYTES):
                    return MAX_PIXELS
                return 0
            if image_format == b"webp":
                profile = webp_profile_bytes(view)
                return MAX_PIXELS if _at_most(profile, MAX_ICC_PROFILE_BYTES) else 0
            scans = jpeg_scans(view)
    except (OSError, ValueError, BufferError):
        return 0
    if scans is None or scans.profile_bytes > MAX_ICC_PROFILE_BYTES:
        return 0
    if scans.one_pass:
        return MAX_JPEG_PIXELS
    if (
        scans.components > MAX_JPEG_COMPONENTS
        or scans.pixels > MAX_PIXELS
        or scans.pixels * scans.scans > MAX_JPEG_SCAN_PIXELS
    ):
        return 0
    return MAX_PIXELS


def _at_most(counted: int | None, limit: int) -> bool:
    return counted is not None and counted <= limit


def _gif_screen_pixels(source: Path) -> int:
    """The pixels of a GIF's logical screen: Qt reports the first frame's size but
    decodes onto a canvas of the screen's."""
    try:
        with open(source, "rb") as stream:
            head = stream.read(10)
    except OSError:
        return MAX_PIXELS + 1
    return int.from_bytes(head[6:8], "little") * int.from_bytes(head[8:10], "little")
