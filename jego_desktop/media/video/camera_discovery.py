"""Which cameras there are, without loading the video stack.

Linux finds cameras in /sys/class/video4linux (no PyAV: a call window lists cameras when it
opens, and an audio call must not load ~50 MB of FFmpeg and aiortc for that); Windows and
macOS ask FFmpeg itself (camera_listing.py says why).
"""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from jego_desktop.media.video.camera_info import Camera

if TYPE_CHECKING:
    from jego_desktop.media.video.camera_listing import ListedCamera

log = logging.getLogger(__name__)

_V4L2 = Path("/sys/class/video4linux")
# avfoundation reads a leading number as an index, "none"/"default" as keywords, and
# splits at ":" (video:audio): such names are opened by index.
_NOT_A_NAME = re.compile(r"^\s*[-+]?\d|^(none|default)|:")


def list_cameras() -> list[Camera]:
    """The cameras there are (an empty list where none, or listing failed)."""
    try:
        if sys.platform == "win32":
            from jego_desktop.media.video import camera_listing  # PyAV

            return [Camera(f"video={c.key}", c.name) for c in camera_listing.list_dshow()]
        if sys.platform == "darwin":
            from jego_desktop.media.video import camera_listing  # PyAV

            return avfoundation_cameras(camera_listing.list_avfoundation())
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
