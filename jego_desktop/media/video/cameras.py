"""Cameras through PyAV's device inputs: v4l2 (Linux), dshow (Windows), avfoundation (macOS).

Linux finds cameras in /sys/class/video4linux; Windows and macOS ask FFmpeg itself
(camera_listing.py says why). Each platform has its own device string and a ladder of
options: the preferred size and rate first, then less, as cameras refuse what they do
not offer (AVFoundation needs the rate exactly: its default, 29.97, fails on most).
"""

from __future__ import annotations

import logging
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from aiortc.contrib.media import MediaPlayer
from aiortc.mediastreams import MediaStreamTrack

from jego_desktop.media.video.camera_errors import (
    CameraError,
    CameraFailure,
    classify,
    worth_another_try,
)
from jego_desktop.media.video.camera_info import Camera
from jego_desktop.media.video.camera_listing import (
    ListedCamera,
    ffmpeg_log,
    list_avfoundation,
    list_dshow,
)

log = logging.getLogger(__name__)

_V4L2 = Path("/sys/class/video4linux")
# avfoundation reads a leading number as an index, "none"/"default" as keywords, and
# splits at ":" (video:audio): such names are opened by index.
_NOT_A_NAME = re.compile(r"^\s*[-+]?\d|^(none|default)|:")


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


def list_cameras() -> list[Camera]:
    """The cameras there are (an empty list where none, or listing failed)."""
    try:
        if sys.platform == "win32":
            return [Camera(f"video={c.key}", c.name) for c in list_dshow()]
        if sys.platform == "darwin":
            return avfoundation_cameras(list_avfoundation())
        if sys.platform.startswith("linux"):
            return _v4l2_cameras()
    except Exception as error:  # a broken driver must not stop calls
        log.warning("listing cameras failed: %s", error)
    return []


def avfoundation_cameras(listed: list[ListedCamera]) -> list[Camera]:
    """Open by name where avfoundation finds that camera and no other by it, else by index.

    A name survives another camera being plugged in; avfoundation takes the first camera
    whose name starts with the one given, so a name that begins another is ambiguous.
    """
    cameras = []
    for camera in listed:
        others = [c.name for c in listed if c is not camera]
        ambiguous = any(other.startswith(camera.name) for other in others)
        by_name = not ambiguous and not _NOT_A_NAME.search(camera.name)
        cameras.append(Camera(f"{camera.name if by_name else camera.key}:none", camera.name))
    return cameras


def _v4l2_cameras() -> list[Camera]:
    if not _V4L2.is_dir():
        return []
    cameras = []
    for entry in sorted(_V4L2.iterdir(), key=lambda p: p.name):
        device = Path("/dev") / entry.name
        index = entry / "index"
        # Each camera also shows a metadata node; index 0 is the picture one.
        if index.is_file() and index.read_text().strip() not in ("", "0"):
            continue
        name_file = entry / "name"
        name = name_file.read_text().strip() if name_file.is_file() else entry.name
        if device.exists():
            cameras.append(Camera(str(device), name))
    return cameras


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
