"""Why a camera did not open, read from PyAV's error and FFmpeg's log.

FFmpeg's device inputs fail with a bare errno ("Input/output error"); the reason a
person can act on is in the log line printed just before (DirectShow's "Could not run
graph (sometimes caused by a device already in use…)", AVFoundation's "Failed to create
AV capture input device: …" when the app may not use the camera).
"""

from __future__ import annotations

import errno
from enum import Enum


class CameraFailure(Enum):
    NONE_FOUND = "none found"  # there is no camera at all
    NOT_FOUND = "not found"  # the chosen camera has gone
    BUSY = "busy"  # another program holds it
    DENIED = "denied"  # the system does not let this app use it
    UNSUPPORTED = "unsupported"  # it refused every picture size and rate asked for
    OTHER = "other"


class CameraError(Exception):
    """`failure` says why, `detail` is FFmpeg's own words (English, for the log)."""

    def __init__(self, failure: CameraFailure, detail: str) -> None:
        super().__init__(detail)
        self.failure = failure
        self.detail = detail


_BY_ERRNO = {
    errno.EBUSY: CameraFailure.BUSY,
    errno.EACCES: CameraFailure.DENIED,
    errno.EPERM: CameraFailure.DENIED,
    errno.ENOENT: CameraFailure.NOT_FOUND,
    errno.ENODEV: CameraFailure.NOT_FOUND,
    errno.ENXIO: CameraFailure.NOT_FOUND,
}
# Checked in this order: a busy or forbidden camera also logs the generic lines.
_BY_LOG = (
    (CameraFailure.BUSY, ("already in use", "device or resource busy")),
    (
        CameraFailure.DENIED,
        ("failed to create av capture input device", "not authorized", "permission denied"),
    ),
    (
        CameraFailure.NOT_FOUND,
        ("could not find video device", "video device not found", "no such device"),
    ),
    (
        CameraFailure.UNSUPPORTED,
        ("is not supported by the device", "could not set video options", "not supported"),
    ),
)
_ERROR_LEVEL = 16  # AV_LOG_ERROR; lower numbers are worse


def classify(error: Exception, log: list[tuple[int, str, str]]) -> CameraError:
    """A CameraError for `error`, raised while opening, and FFmpeg's `log` meanwhile."""
    if isinstance(error, CameraError):
        return error
    errors = [text.strip() for level, _name, text in log if level <= _ERROR_LEVEL and text.strip()]
    said = " ".join([*errors, str(error)]).lower()
    detail = "; ".join(errors) or str(error) or type(error).__name__
    for failure, phrases in _BY_LOG:
        if any(phrase in said for phrase in phrases):
            return CameraError(failure, detail)
    code = getattr(error, "errno", None)
    return CameraError(
        _BY_ERRNO.get(code, CameraFailure.OTHER) if code else CameraFailure.OTHER, detail
    )


def worth_another_try(error: CameraError) -> bool:
    """Opening again with other options may help (not when busy, forbidden or gone)."""
    return error.failure in (CameraFailure.UNSUPPORTED, CameraFailure.OTHER)
