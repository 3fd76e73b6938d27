"""The cameras there are, kept on the GUI thread and listed off it.

Listing opens FFmpeg's device input on Windows and macOS, which can take hundreds of
milliseconds: the GUI reads the last list at once and hears `changed` when a fresh
listing, run on the video thread, finds something else.
"""

from __future__ import annotations

import concurrent.futures
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from jego_desktop.media.video.camera_info import Camera

log = logging.getLogger(__name__)

Lister = Callable[[], list[Camera]]
# Runs a lister away from the GUI thread (VideoLoop.run_blocking).
OffThread = Callable[[Lister], "concurrent.futures.Future[list[Camera]]"]


class CameraList(QObject):
    """Signals: changed(list[Camera]) when a listing differs from the cached one;
    listed() after every listing, changed or not, failed or not.

    At most one listing runs at a time; a refresh asked for meanwhile runs once it ends,
    so a camera plugged in during a listing is still seen.
    """

    changed = Signal(object)
    listed = Signal()
    _done = Signal(object)  # the finished future: video thread -> GUI thread (queued)

    def __init__(
        self, lister: Lister, off_thread: OffThread, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._lister = lister
        self._off_thread = off_thread
        self._cameras: list[Camera] = []
        self._running = False
        self._again = False
        self._closed = False
        self._done.connect(self._on_done)

    @property
    def cameras(self) -> list[Camera]:
        """The last listing's cameras (empty before the first one ends)."""
        return list(self._cameras)

    @property
    def listing(self) -> bool:
        return self._running

    def refresh(self) -> None:
        """List the cameras again, off the GUI thread; returns at once."""
        if self._closed:
            return
        if self._running:
            self._again = True
            return
        try:
            future = self._off_thread(self._lister)
        except RuntimeError as error:  # the video thread is gone (the app is quitting)
            log.warning("cannot list cameras: %s", error)
            return
        self._running = True
        future.add_done_callback(self._done.emit)

    def close(self) -> None:
        """No more listings (the video thread is stopping for good)."""
        self._closed = True

    @Slot(object)
    def _on_done(self, future: concurrent.futures.Future[list[Camera]]) -> None:
        self._running = False
        if self._closed:
            return
        try:
            cameras = future.result()
        except Exception as error:  # a broken driver keeps the list it had
            log.warning("listing cameras failed: %s", error)
        else:
            if cameras != self._cameras:
                self._cameras = list(cameras)
                self.changed.emit(self.cameras)
        if self._again:
            self._again = False
            self.refresh()
        self.listed.emit()
