"""Which picture a video call sends: the chosen camera, a test pattern, or nothing."""

from __future__ import annotations

import logging
from collections.abc import Callable

from aiortc.mediastreams import MediaStreamTrack

from jego_desktop.media.video.cameras import Camera, list_cameras, open_camera
from jego_desktop.media.video.session import SourceFactory

log = logging.getLogger(__name__)


class CameraSources:
    """The camera choice (GUI thread); `factory()` opens it later, on the video thread.

    With no camera, or one that fails to open, calls send a dark placeholder and
    still receive the peer's pictures. `override` (tests, the benchmark) replaces the
    camera with any track maker, such as a PatternTrack.
    """

    def __init__(
        self,
        camera_on: bool = True,
        device: str = "",
        override: Callable[[], MediaStreamTrack] | None = None,
    ) -> None:
        self.camera_on = camera_on
        self.device = device
        self.override = override

    def cameras(self) -> list[Camera]:
        return list_cameras()

    def factory(self) -> SourceFactory:
        on, device, override = self.camera_on, self.device, self.override
        if not on:
            return lambda: None
        if override is not None:
            return override
        if not device:
            found = list_cameras()
            device = found[0].device if found else ""

        def open_chosen() -> MediaStreamTrack | None:
            if not device:
                return None
            try:
                return open_camera(device)
            except Exception as error:  # PyAV raises its own error types per failure
                log.warning("camera %s did not open: %s", device, error)
                return None

        return open_chosen
