"""What a drop or a paste offers the chat: local files, else a picture, else nothing.

A file manager's copy or drag carries the files' URLs; a screenshot tool or a browser's
"copy image" carries the picture itself (and often an http URL, which is not a file).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QImage

MAX_URLS_READ = 100  # a drop of a thousand files is read no further than this


def offered_paths(mime: QMimeData) -> list[Path]:
    """The local files and folders among the URLs (folders are refused later, by name)."""
    if not mime.hasUrls():
        return []
    urls = mime.urls()[:MAX_URLS_READ]
    return [Path(url.toLocalFile()) for url in urls if url.isLocalFile() and url.toLocalFile()]


def offered_picture(mime: QMimeData) -> QImage | None:
    """The picture itself, when the data carries one and no local file."""
    if not mime.hasImage() or offered_paths(mime):
        return None
    image = mime.imageData()
    return image if isinstance(image, QImage) and not image.isNull() else None


def offers_files(mime: QMimeData) -> bool:
    """Whether a drop or paste of `mime` should go to the strip instead of the text."""
    return bool(offered_paths(mime)) or mime.hasImage()
