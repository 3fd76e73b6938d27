"""Small previews of received and sent pictures, stored in the profile's thumbnails folder.

Decoding is bounded: the image's size is read from its header first, and pictures
above `MAX_PIXELS` are not decoded at all (a small file can claim a huge canvas).
JPEG decoders scale while decoding, so a large photo never lands in memory whole.
Safe to call from a worker thread (QImage, not QPixmap).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QImageReader

from jego_desktop.store.file_store import THUMBNAILS, FileStore

MAX_SIDE = 320  # pixels, the longer side of a thumbnail
MAX_PIXELS = 100_000_000  # larger canvases are refused undecoded
QUALITY = 80


def make_thumbnail(
    source: Path, files: FileStore, max_side: int = MAX_SIDE, *, name: str | None = None
) -> Path | None:
    """A JPEG preview of the picture at `source`; None if it is not a picture we can read.

    `name` (default: the picture's stem + ".jpg") is the wanted file name; if taken,
    "name (2).jpg" and so on.
    """
    reader = QImageReader(str(source))
    reader.setAutoTransform(True)  # EXIF orientation
    size = reader.size()
    if not reader.canRead() or not size.isValid() or size.isEmpty():
        return None
    if size.width() * size.height() > MAX_PIXELS:
        return None
    scale = min(1.0, max_side / max(size.width(), size.height()))
    reader.setScaledSize(
        QSize(max(1, round(size.width() * scale)), max(1, round(size.height() * scale)))
    )
    image = reader.read()
    if image.isNull():
        return None
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
