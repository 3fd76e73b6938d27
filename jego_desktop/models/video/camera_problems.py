"""A camera that did not open, told to the person in the call in their language."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication

from jego_desktop.media.video.camera_errors import CameraError, CameraFailure


def camera_problem_text(error: CameraError, platform: str | None = None) -> str:
    """What went wrong and what the person can do; the call goes on receive-only."""
    platform = platform or sys.platform
    failure = error.failure
    if failure is CameraFailure.NONE_FOUND:
        reason = QCoreApplication.translate("CameraProblem", "No camera was found.")
    elif failure is CameraFailure.NOT_FOUND:
        reason = QCoreApplication.translate(
            "CameraProblem", "The camera was not found. Is it still plugged in?"
        )
    elif failure is CameraFailure.BUSY:
        reason = QCoreApplication.translate(
            "CameraProblem",
            "The camera is in use by another app. Close that app, then turn the camera on.",
        )
    elif failure is CameraFailure.DENIED and platform == "darwin":
        reason = QCoreApplication.translate(
            "CameraProblem",
            "Allow Jego to use the camera in System Settings › Privacy & Security › Camera.",
        )
    elif failure is CameraFailure.DENIED and platform == "win32":
        reason = QCoreApplication.translate(
            "CameraProblem",
            "Allow desktop apps to use the camera in Settings › Privacy & security › Camera.",
        )
    elif failure is CameraFailure.DENIED:
        reason = QCoreApplication.translate(
            "CameraProblem", "Jego may not use the camera (permission denied)."
        )
    elif failure is CameraFailure.UNSUPPORTED:
        reason = QCoreApplication.translate(
            "CameraProblem", "The camera offers no picture size Jego can use."
        )
    else:
        reason = QCoreApplication.translate(
            "CameraProblem", "The camera did not open (%1)."
        ).replace("%1", error.detail)
    return QCoreApplication.translate(
        "CameraProblem", "%1 The other side does not see you; you still see them."
    ).replace("%1", reason)
