"""Cameras through PyAV's device inputs: v4l2 (Linux), dshow (Windows), avfoundation (macOS).

Which cameras there are: camera_discovery.py. Each platform has its own device string
and a ladder of options: the preferred size and rate first, then less, as cameras refuse
what they do not offer (AVFoundation needs the rate exactly: its default, 29.97, fails on most).
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass

from aiortc.contrib.media import MediaPlayer
from aiortc.mediastreams import MediaStreamTrack

from jego_desktop.media.video.camera_errors import (
    CameraError,
    CameraFailure,
    classify,
    worth_another_try,
)
from jego_desktop.media.video.camera_listing import ffmpeg_log

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CameraInput:
    """How PyAV opens a camera here: the input format and the options to try in turn."""

    format: str
    attempts: tuple[dict[str, str], ...]


def camera_input(width: int = 640, height: int = 480, fps: int = 30) -> CameraInput:
    size, rate = f"{width}x{height}", str(fps)
    if sys.platform == "win32":
        return CameraInput("dshow", ({"video_size": size, "framerate": rate}, {}))
    if sys.platform == "darwin":
        # nv12 is a format AVFoundation cameras offer (FFmpeg's default, yuv420p, is not).
        exact = {"video_size": size, "framerate": rate, "pixel_format": "nv12"}
        return CameraInput("avfoundation", (exact, {"framerate": rate}, {}))
    return CameraInput("v4l2", ({"video_size": size, "framerate": rate},))


def open_camera(
    device: str, width: int = 640, height: int = 480, fps: int = 30
) -> MediaStreamTrack:
    """The camera's video track (loop thread only); stopping the track frees the device.

    Raises CameraError saying why it did not open.
    """
    chosen = camera_input(width, height, fps)
    reported: CameraError | None = None
    for options in chosen.attempts:
        with ffmpeg_log() as messages:
            try:
                player = MediaPlayer(device, format=chosen.format, options=options)
            except Exception as error:  # PyAV raises its own error types per failure
                failure = classify(error, messages)
                log.info("camera %s refused %s: %s", device, options, failure.detail)
                if not worth_another_try(failure):
                    raise failure from error  # busy, forbidden or gone: no option helps
                if reported is None or reported.failure is CameraFailure.OTHER:
                    reported = failure
                continue
        if player.video is None:
            raise CameraError(CameraFailure.OTHER, f"{device} gives no video")
        return player.video
    assert reported is not None  # every platform has at least one attempt
    raise reported
