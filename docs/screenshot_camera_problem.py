"""Render the call window whose camera did not open (light, dark, fr, zh_CN).

Run from the repository root after compiling the translations:
    .venv/bin/pyside6-lrelease translations/*.ts
    .venv/bin/python docs/screenshot_camera_problem.py
As docs/screenshot_video.py, but our camera is busy (held by another app): the peer's
picture comes in, ours stays dark, and the window says why.
"""

from __future__ import annotations

import sys
from pathlib import Path

from screenshot_kit import Variant, save, shoot_each_variant
from screenshot_video import StillTrack, video_call, wait

from jego_desktop.media.video.camera_errors import CameraError, CameraFailure
from jego_desktop.models.video.video_call import VideoState
from jego_desktop.models.video.video_sources import CameraSources

BUSY = "Could not run graph (sometimes caused by a device already in use by other application)"


def busy_camera(device: str) -> StillTrack:
    raise CameraError(CameraFailure.BUSY, BUSY)


def shoot(variant: Variant, work: Path) -> None:
    camera = CameraSources(device="video=Integrated Camera", opener=busy_camera)
    with video_call(variant.palette, work, camera) as call:
        wait(lambda: call.video.status("c1").state is VideoState.ACTIVE)
        wait(lambda: call.window.problem_label.isVisibleTo(call.window))
        wait(lambda: call.video.status("c1").stats is not None)
        wait(lambda: False, 1.5)  # past the first key frame's blur
        save(call.window, f"in-call-camera-busy{variant.suffix}")


if __name__ == "__main__":
    sys.exit(shoot_each_variant(shoot))
