"""Files and pictures waiting under the composer to be sent (dropped, pasted, picked).

Each goes out through the attachment service's `send_file`, as a picked file does. A
pasted picture has no file: it is written as PNG into a private temporary folder first,
and that copy is deleted once it was handed over (or removed from the strip).
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QTemporaryDir, Signal
from PySide6.QtGui import QImage, QImageReader

MAX_PENDING = 20  # more at once is a mistake (a whole folder dropped), not a message
MAX_PASTED_PIXELS = 64_000_000  # 8000 x 8000: beyond, a pasted "picture" is refused
PICTURE_FORMATS = frozenset({b"png", b"jpeg", b"jpg", b"gif", b"webp", b"bmp"})


@dataclass(frozen=True)
class PendingFile:
    path: Path
    is_picture: bool
    pasted: bool = False  # written by us from the clipboard: deleted after use

    @property
    def name(self) -> str:
        return self.path.name


class PendingFiles(QObject):
    """The files of the strip, in the order they came; none twice.

    Signals:
        changed(): files were added, removed or sent.
        problem(str): a sentence for the user (too many, not a file, not writable).
    """

    changed = Signal()
    problem = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[PendingFile] = []
        self._pasted_dir: QTemporaryDir | None = None
        self._pasted_count = 0

    @property
    def items(self) -> list[PendingFile]:
        return list(self._items)

    def __len__(self) -> int:
        return len(self._items)

    def add_paths(self, paths: Iterable[Path]) -> int:
        """Add the regular files among `paths`; returns how many were added."""
        added = 0
        refused: list[str] = []
        for path in paths:
            if any(item.path == path for item in self._items):
                continue
            if len(self._items) >= MAX_PENDING:
                self.problem.emit(
                    self.tr("At most %1 files can be sent at once.").replace("%1", str(MAX_PENDING))
                )
                break
            if not path.is_file():
                refused.append(path.name or str(path))
                continue
            self._items.append(PendingFile(path, is_picture(path)))
            added += 1
        if refused:
            self.problem.emit(
                self.tr("Only files can be sent, not “%1”.").replace("%1", ", ".join(refused[:3]))
            )
        if added:
            self.changed.emit()
        return added

    def add_picture(self, image: QImage) -> bool:
        """Add a pasted picture (written as PNG to a private temporary folder)."""
        if image.isNull():
            return False
        if image.width() * image.height() > MAX_PASTED_PIXELS:
            self.problem.emit(self.tr("The pasted picture is too large to send."))
            return False
        if len(self._items) >= MAX_PENDING:
            self.problem.emit(
                self.tr("At most %1 files can be sent at once.").replace("%1", str(MAX_PENDING))
            )
            return False
        folder = self._folder()
        self._pasted_count += 1
        stamp = time.strftime("%Y-%m-%d %H-%M-%S")
        path = folder / f"Picture {stamp} {self._pasted_count}.png" if folder else None
        if path is None or not image.save(str(path)):
            self.problem.emit(self.tr("The pasted picture could not be kept for sending."))
            return False
        self._items.append(PendingFile(path, True, pasted=True))
        self.changed.emit()
        return True

    def remove(self, index: int) -> None:
        if 0 <= index < len(self._items):
            _forget(self._items.pop(index))
            self.changed.emit()

    def clear(self) -> None:
        if self._items:
            for item in self._items:
                _forget(item)
            self._items.clear()
            self.changed.emit()

    def send(self, send_file: Callable[[Path], None]) -> int:
        """Hand every file to `send_file` (which copies it), in order, then empty the strip."""
        items, self._items = self._items, []
        for item in items:
            send_file(item.path)
            _forget(item)
        if items:
            self.changed.emit()
        return len(items)

    def _folder(self) -> Path | None:
        if self._pasted_dir is None:
            self._pasted_dir = QTemporaryDir()  # private to the user, removed at exit
        return Path(self._pasted_dir.path()) if self._pasted_dir.isValid() else None


def is_picture(path: Path) -> bool:
    """A picture by its first bytes (Qt reads only the header), whatever the name says."""
    reader = QImageReader(str(path))
    reader.setDecideFormatFromContent(True)
    return bytes(reader.format().data()).lower() in PICTURE_FORMATS


def _forget(item: PendingFile) -> None:
    if item.pasted:
        with contextlib.suppress(OSError):
            item.path.unlink()
