"""Pictures from the video thread to the GUI thread, newest only, as QImages."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QImage

if TYPE_CHECKING:  # numpy loads with the first video picture, not at start
    import numpy as np

StreamKey = tuple[str, bool]  # (session id, remote?)


class LatestFrames(QObject):
    """Keeps the newest picture of each stream; the GUI thread takes them all at once.

    `put` may be called from any thread and wakes the GUI thread once however many
    pictures arrive before it gets there, so a busy GUI drops frames instead of
    queueing them. Signal: ready(dict[StreamKey, QImage]) on this object's thread.
    """

    ready = Signal(object)
    _waiting = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._latest: dict[StreamKey, np.ndarray] = {}
        self._lock = threading.Lock()
        self._pending = False
        self._waiting.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def put(self, key: StreamKey, image: np.ndarray) -> None:
        with self._lock:
            self._latest[key] = image
            if self._pending:
                return
            self._pending = True
        self._waiting.emit()

    def forget(self, session_id: str) -> None:
        with self._lock:
            for remote in (True, False):
                self._latest.pop((session_id, remote), None)

    @Slot()
    def _deliver(self) -> None:
        with self._lock:
            latest, self._latest = self._latest, {}
            self._pending = False
        if latest:
            self.ready.emit({key: to_qimage(image) for key, image in latest.items()})


def to_qimage(image: np.ndarray) -> QImage:
    import numpy as np

    """An RGB array (height, width, 3) as a QImage that owns its pixels."""
    rgb = np.ascontiguousarray(image[..., :3], dtype=np.uint8)
    height, width = rgb.shape[:2]
    return QImage(rgb.data, width, height, 3 * width, QImage.Format.Format_RGB888).copy()


def from_qimage(picture: QImage) -> np.ndarray:
    import numpy as np

    """An RGB array from a QImage (for tests and pattern checks)."""
    rgb = picture.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    raw = np.frombuffer(rgb.constBits(), dtype=np.uint8, count=stride * height)
    rows = raw.reshape(height, stride)[:, : width * 3]
    picture_array: np.ndarray = rows.reshape(height, width, 3).copy()
    return picture_array
