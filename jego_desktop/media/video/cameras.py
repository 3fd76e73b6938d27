"""Cameras through PyAV's device input (video4linux2 on Linux).

Only Linux is wired up; elsewhere the list is empty and calls carry receive-only
video (AVFoundation and DirectShow need their own device naming, not done yet).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from aiortc.contrib.media import MediaPlayer
from aiortc.mediastreams import MediaStreamTrack

_V4L2 = Path("/sys/class/video4linux")


@dataclass(frozen=True)
class Camera:
    device: str  # what PyAV opens, e.g. "/dev/video0"
    name: str  # for people


def list_cameras() -> list[Camera]:
    if not sys.platform.startswith("linux") or not _V4L2.is_dir():
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
    """The camera's video track (loop thread only); stopping the track frees the device."""
    options = {"video_size": f"{width}x{height}", "framerate": str(fps)}
    player = MediaPlayer(device, format="v4l2", options=options)
    if player.video is None:
        raise OSError(f"{device} gives no video")
    return player.video
