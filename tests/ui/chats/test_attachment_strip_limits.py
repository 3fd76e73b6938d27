"""The strip of files waiting to be sent: a file dragged in may be one a stranger sent,
so its preview follows the rules of received pictures (models/chats/thumbnails.py) and
its name is shown as text, never as markup."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor, QImage

from jego_desktop.models.chats.pending_files import PendingFile, PendingFiles
from jego_desktop.models.chats.thumbnails import MAX_PIXELS
from jego_desktop.ui.chats.attachment_strip import AttachmentStrip, thumbnail
from jego_desktop.ui.style import LIGHT


def grey_png(path: Path, width: int, height: int) -> Path:
    """A valid all-black greyscale PNG, a few KB however large its canvas."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    compressor = zlib.compressobj(9)
    row = bytes(width + 1)  # filter byte + pixels
    pixels = b"".join(compressor.compress(row) for _ in range(height)) + compressor.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )
    return path


def test_a_picture_over_the_whole_decode_limit_shows_no_preview(qapp: Any, tmp_path: Path) -> None:
    # PNG decodes whole, on the GUI thread here: 20 megapixels took 0.18 s and 20 MB (grey)
    big = grey_png(tmp_path / "big.png", 5000, 4000)
    assert MAX_PIXELS < 5000 * 4000 and big.stat().st_size < 100_000
    assert thumbnail(PendingFile(big, is_picture=True)) is None


def test_an_ordinary_picture_still_gets_its_small_preview(qapp: Any, tmp_path: Path) -> None:
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("#2b7be0"))
    path = tmp_path / "photo.png"
    assert image.save(str(path))
    preview = thumbnail(PendingFile(path, is_picture=True))
    assert preview is not None and (preview.width(), preview.height()) == (56, 42)


def test_a_file_name_with_markup_is_shown_as_text(qapp: Any, tmp_path: Path) -> None:
    name = '<font size=7 color="red">URGENT open me.pdf'  # a file name holds no "/"
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.4\n")
    pending = PendingFiles()
    pending.add_paths([path])
    strip = AttachmentStrip(pending, LIGHT)
    [chip] = strip.chips
    assert "&lt;font" in chip.name.toolTip() and "<font" not in chip.name.toolTip()
