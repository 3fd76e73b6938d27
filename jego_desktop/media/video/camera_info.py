"""A camera as the app lists it: light, so the GUI can name cameras before any video."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Camera:
    device: str  # what PyAV opens: "/dev/video0", "video=@device_pnp_…", "FaceTime HD Camera:none"
    name: str  # for people
