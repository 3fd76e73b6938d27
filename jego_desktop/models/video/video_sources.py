"""Which picture a video call sends: the chosen camera, a test pattern, or nothing."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from jego_desktop.media.video.camera_errors import CameraError, CameraFailure, classify
from jego_desktop.media.video.camera_info import Camera

if TYPE_CHECKING:  # aiortc and PyAV load with the first video, not at start
    from aiortc.mediastreams import MediaStreamTrack

    from jego_desktop.media.video.session import SourceFactory

log = logging.getLogger(__name__)

CameraFailed = Callable[[CameraError], None]


class CameraSources:
    """The camera choice (GUI thread); `factory()` opens it later, on the video thread.

    With no camera, or one that fails to open, calls send a dark placeholder and
    still receive the peer's pictures; the factory's `on_failure` hears why (on the
    video thread). `override` (tests, the benchmark) replaces the camera with any
    track maker, such as a PatternTrack. `opener` and `lister` stand in for PyAV's
    device input in tests.
    """

    def __init__(
        self,
        camera_on: bool = True,
        device: str = "",
        override: Callable[[], MediaStreamTrack] | None = None,
        opener: Callable[[str], MediaStreamTrack] | None = None,
        lister: Callable[[], list[Camera]] | None = None,
    ) -> None:
        self.camera_on = camera_on
        self.device = device
        self.override = override
        self._open = opener or _open_camera
        self._list = lister or _list_cameras

    def list_blocking(self) -> list[Camera]:
        """List the cameras now: slow on Windows and macOS, so never on the GUI thread
        (CameraList runs it on the video thread)."""
        return self._list()

    def factory(self, on_failure: CameraFailed | None = None) -> SourceFactory:
        on, device, override = self.camera_on, self.device, self.override
        if not on:
            return lambda: None
        if override is not None:
            return override
        opener, lister = self._open, self._list

        def open_chosen() -> MediaStreamTrack | None:
            # Listing (FFmpeg opens the device input on Windows and macOS) stays off
            # the GUI thread: it runs here, on the video thread.
            chosen = device or next((c.device for c in lister()), "")
            try:
                if not chosen:
                    raise CameraError(CameraFailure.NONE_FOUND, "no camera was found")
                return opener(chosen)
            except Exception as error:
                failure = classify(error, [])
                log.warning("camera %s did not open: %s", chosen or "-", failure.detail)
                if on_failure is not None:
                    on_failure(failure)
                return None

        return open_chosen


def _open_camera(device: str) -> MediaStreamTrack:
    from jego_desktop.media.video.cameras import open_camera  # PyAV: on the video thread

    return open_camera(device)


def _list_cameras() -> list[Camera]:
    from jego_desktop.media.video.camera_discovery import list_cameras  # no PyAV

    return list_cameras()
