"""The camera path with FFmpeg's `lavfi` test source standing in for a camera.

This machine has no camera and no v4l2loopback, so the v4l2 device itself is never
opened here. Everything after it is real: open_camera() through aiortc's MediaPlayer
(PyAV device input, its reader thread), CameraSources, the outgoing track, VP8 and
the peer decoding it; camera off stops the reader thread (frees the device) and the
peer gets the dark placeholder; camera on again opens it anew.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import numpy as np
import pytest

from jego_desktop.media.video import cameras
from jego_desktop.media.video.camera_errors import CameraError
from jego_desktop.media.video.camera_info import Camera
from jego_desktop.media.video.cameras import CameraInput
from jego_desktop.media.video.session import VideoSession
from jego_desktop.models.video.video_sources import CameraSources
from tests.integration.test_video_adaptation import (
    HEIGHT,
    WIDTH,
    Side,
    Wiring,
    sessions_over,
    wait_for,
)
from tests.peers.shaped_link import ShapedLink

STAND_IN = f"testsrc2=size={WIDTH}x{HEIGHT}:rate=30"


def recent(side: Side, since: float) -> list[np.ndarray]:
    with side.lock:
        return [image for t, image in side.images if t >= since]


class KeepingWiring(Wiring):
    """Keeps b's received pictures themselves (the pattern reader cannot read a camera)."""

    def on_remote_frame(self, session: VideoSession, image: np.ndarray) -> None:
        side = self.sides[session.session_id]
        with side.lock:
            side.images.append((time.monotonic(), image))
            del side.images[:-60]


def camera_like(images: list[np.ndarray]) -> bool:
    """Colourful and moving: not the placeholder."""
    return (
        len(images) >= 10
        and float(images[-1].std()) > 20
        and not np.array_equal(images[-1], images[-5])
    )


def placeholder_like(images: list[np.ndarray]) -> bool:
    return bool(images) and all(float(image.std()) < 3 for image in images[-2:])


def media_players() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "media-player" and t.is_alive()]


@pytest.fixture
def lavfi_camera(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cameras, "camera_input", lambda *args: CameraInput("lavfi", ({},)))


@pytest.fixture
def wiring() -> Iterator[KeepingWiring]:
    with sessions_over(KeepingWiring(ShapedLink(), source=lambda: None)) as wired:  # b: no camera
        yield wired


def test_a_device_input_camera_goes_out_stops_and_starts_again(
    wiring: KeepingWiring, lavfi_camera: None
) -> None:
    failures: list[CameraError] = []
    sources = CameraSources(device=STAND_IN, lister=lambda: [Camera(STAND_IN, "test source")])
    camera = sources.factory(on_failure=failures.append)
    at_b = wiring.sides["b"]
    a = wiring.sessions["a"]

    a.offer(camera)
    start = time.monotonic()
    wait_for(lambda: camera_like(recent(at_b, start)), 20)
    assert recent(at_b, start)[-1].shape == (HEIGHT, WIDTH, 3)
    assert len(media_players()) == 1

    a.set_source(CameraSources(camera_on=False).factory())  # camera off
    off = time.monotonic()
    wait_for(lambda: placeholder_like(recent(at_b, off)), 10)
    wait_for(lambda: not media_players(), 5)  # the device is free again

    a.set_source(camera)  # on again: opened anew
    on = time.monotonic()
    wait_for(lambda: camera_like(recent(at_b, on)), 20)
    assert len(media_players()) == 1
    assert not failures

    a.close().result(timeout=10)
    wait_for(lambda: not media_players(), 5)


def test_a_device_that_does_not_open_is_reported_and_video_goes_on(
    wiring: KeepingWiring, lavfi_camera: None
) -> None:
    failures: list[CameraError] = []
    broken = "no_such_filter=size=640x480"
    sources = CameraSources(device=broken, lister=lambda: [Camera(broken, "broken")])
    at_b = wiring.sides["b"]
    wiring.sessions["a"].offer(sources.factory(on_failure=failures.append))
    start = time.monotonic()
    wait_for(lambda: placeholder_like(recent(at_b, start)), 20)
    assert len(failures) == 1 and failures[0].detail
    assert not media_players()
