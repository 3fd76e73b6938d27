from __future__ import annotations

import struct
import zlib
from pathlib import Path

from PySide6.QtGui import QColor, QImage

from jego_desktop.models.chats.thumbnails import make_thumbnail
from jego_desktop.store.file_store import THUMBNAILS, FileStore


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
