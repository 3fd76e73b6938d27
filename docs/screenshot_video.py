"""Render the call window with video into docs/screenshots/ (light, dark, fr, zh_CN).

Run from the repository root after compiling the translations:
    .venv/bin/pyside6-lrelease translations/*.ts
    .venv/bin/python docs/screenshot_video.py
Offscreen, against the fake engine, with two real video sessions wired to each other
in this process (the pictures went through VP8 and back).
"""

from __future__ import annotations

import asyncio
import fractions
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np
from aiortc.mediastreams import MediaStreamTrack
from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QComboBox, QWidget
from screenshot_kit import Variant, fake_calls, save, shoot_each_variant

from jego_desktop.domain.calls import CallDirection
from jego_desktop.domain.engine_events import CallInfoReceived, CallStats
from jego_desktop.media.video.camera_info import Camera
from jego_desktop.models.video.video_call import VideoCalls, VideoState, VideoStatus
from jego_desktop.models.video.video_sources import CameraSources
from jego_desktop.ui import style
from jego_desktop.ui.calls.in_call_window import InCallWindow
from jego_desktop.ui.video.video_view import VideoPane, attach_video


def portrait(
    width: int, height: int, top: tuple[int, int, int], shirt: tuple[int, int, int]
) -> np.ndarray:
    """A calm stand-in for a camera picture: a wall, a head and shoulders."""
    y, x = np.mgrid[0:height, 0:width]
    image = np.empty((height, width, 3), np.uint8)
    for channel in range(3):
        image[..., channel] = (top[channel] * (1 - y / height) + 40 * (y / height)).astype(np.uint8)
    cx, cy = width / 2, height * 0.42
    head = ((x - cx) / (width * 0.11)) ** 2 + ((y - cy) / (height * 0.19)) ** 2 <= 1
    body = ((x - cx) / (width * 0.3)) ** 2 + ((y - height * 1.05) / (height * 0.42)) ** 2 <= 1
    image[head] = (224, 182, 150)
    image[body] = shirt
    return image


class StillTrack(MediaStreamTrack):
    kind = "video"

    def __init__(self, image: np.ndarray) -> None:
        super().__init__()
        self._image = image
        self._count = 0

    async def recv(self) -> av.VideoFrame:
        await asyncio.sleep(1 / 15)
        frame = av.VideoFrame.from_ndarray(self._image, format="rgb24")
        frame.pts, frame.time_base = self._count * 6000, fractions.Fraction(1, 90000)
        self._count += 1
        return frame


class Wire:
    def __init__(self) -> None:
        self.peer: VideoCalls | None = None
        self.peer_call = ""

    def send_call_info(self, call_id: str, content_type: str, body: str) -> None:
        peer, event = self.peer, CallInfoReceived(self.peer_call, content_type, body)
        if peer is not None:
            QTimer.singleShot(0, lambda: peer.on_call_info(event))


def wait(condition, seconds: float = 15.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while not condition() and time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


@dataclass
class VideoCall:
    """Our call window in a call with Camille, whose camera is on; ours from `camera`."""

    window: InCallWindow
    video: VideoCalls
    pane: VideoPane


@contextmanager
def video_call(palette: style.Palette, work: Path, camera: CameraSources) -> Iterator[VideoCall]:
    fake = fake_calls(palette, lambda text: (None, ""), work)
    engine, windows = fake.engine, fake.windows
    ours, theirs = Wire(), Wire()
    camille = portrait(640, 480, (150, 120, 90), (170, 60, 60))
    video = VideoCalls(ours, camera)
    peer = VideoCalls(theirs, CameraSources(override=lambda: StillTrack(camille)))
    ours.peer, ours.peer_call, theirs.peer, theirs.peer_call = peer, "p1", video, "c1"
    video.connect_engine(engine)

    def camera_on_when_video_comes(status: VideoStatus) -> None:  # Camille turns it on
        if status.state is VideoState.CONNECTING:
            peer.set_sending("p1", True)

    peer.status_changed.connect(camera_on_when_video_comes)
    pane = attach_video(windows.window, fake.calls, video, palette)
    call = engine.call_event(
        "c1", peer="sip:+33612345678@sip.example.org", peer_name="Camille Martin"
    )
    engine.publish(call)
    engine.publish(CallStats("c1", "G722", 16000, 3.1, 0.0, 0.0, 24.0, 2100, 2100))
    peer.on_call_changed(engine.call_event("p1", direction=CallDirection.INCOMING))
    pane.video_button.click()
    try:
        yield VideoCall(windows.window, video, pane)
    finally:
        video.shutdown()
        peer.shutdown()
        windows.close_all()


CAMERAS = [
    Camera("video=@device_pnp_integrated", "Integrated Camera"),
    Camera("video=@device_pnp_usb", "Logitech C920 HD Pro Webcam"),
]


def with_open_popup(window: QWidget, chooser: QComboBox) -> QPixmap:
    """The window with the chooser's list drawn over it (the list is a window of its own)."""
    chooser.showPopup()
    wait(lambda: chooser.view().window().isVisible())
    wait(lambda: False, 0.3)
    popup = chooser.view().window()
    picture = window.grab()
    painter = QPainter(picture)
    corner = popup.mapToGlobal(QPoint(0, 0)) - window.mapToGlobal(QPoint(0, 0))
    painter.drawPixmap(corner, popup.grab())
    painter.end()
    chooser.hidePopup()
    return picture


def shoot(variant: Variant, work: Path) -> None:
    me = portrait(640, 480, (70, 90, 120), (40, 80, 160))
    camera = CameraSources(
        device=CAMERAS[0].device, override=lambda: StillTrack(me), lister=lambda: CAMERAS
    )
    with video_call(variant.palette, work, camera) as call:
        video, pane = call.video, call.pane
        wait(lambda: video.status("c1").state is VideoState.ACTIVE and pane.view.local is not None)
        wait(lambda: video.status("c1").stats is not None)
        wait(lambda: pane.camera_choice.count() == len(CAMERAS))  # listed on the video thread
        wait(lambda: False, 1.5)  # a few more frames: past the first key frame's blur
        save(call.window, f"in-call-video{variant.suffix}")
        save(with_open_popup(call.window, pane.camera_choice), f"camera-chooser{variant.suffix}")


if __name__ == "__main__":
    sys.exit(shoot_each_variant(shoot))
