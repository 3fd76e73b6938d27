"""Two VideoCalls controllers wired to each other in-process, for the video model tests:
real aiortc sessions, the INFO channel replaced by queued hand-over between the two."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QImage

from jego_desktop.domain.calls import CallDirection, CallState
from jego_desktop.domain.engine_events import CallInfoFailed, CallInfoReceived
from jego_desktop.media.video.pattern import read_pattern
from jego_desktop.media.video.tracks import PatternTrack
from jego_desktop.models.video.video_call import VideoCalls, VideoState, VideoStatus
from jego_desktop.models.video.video_frames import from_qimage
from jego_desktop.models.video.video_sources import CameraSources
from tests.ui.fake_engine import FakeEngine

VIDEO_THREADS = ("jego-video", "asyncio_", "video-decoder", "video-encoder")


def video_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith(VIDEO_THREADS)]


class Wire(QObject):
    """Delivers one side's INFO bodies to the other side (or drops / refuses them)."""

    def __init__(self) -> None:
        super().__init__()
        self.peer: VideoCalls | None = None
        self.peer_call_id = ""
        self.refuse_with: int | None = None
        self.owner: VideoCalls | None = None
        self.sent: list[str] = []

    def send_call_info(self, call_id: str, content_type: str, body: str) -> None:
        self.sent.append(body)
        if self.refuse_with is not None and self.owner is not None:
            event = CallInfoFailed(call_id, content_type, self.refuse_with, "Not Acceptable Here")
            owner = self.owner
            QTimer.singleShot(0, lambda: owner.on_call_info_failed(event))
        elif self.peer is not None:
            peer, received = self.peer, CallInfoReceived(self.peer_call_id, content_type, body)
            QTimer.singleShot(0, lambda: peer.on_call_info(received))


class Side:
    def __init__(self, call_id: str, direction: CallDirection) -> None:
        self.wire = Wire()
        self.sources = CameraSources(override=lambda: PatternTrack(320, 240, fps=20))
        self.video = VideoCalls(self.wire, self.sources)
        self.wire.owner = self.video
        self.call_id, self.direction = call_id, direction
        self.frames: list[int | None] = []
        self.states: list[VideoState] = []
        self.video.remote_frame.connect(self._on_frame)
        self.video.status_changed.connect(self._on_status)
        self.camera_on_answer = True  # as if the user turned the camera on when video came

    def _on_status(self, status: VideoStatus) -> None:
        self.states.append(status.state)
        if self.camera_on_answer and status.state is VideoState.CONNECTING:
            self.video.set_sending(self.call_id, True)

    def _on_frame(self, call_id: str, picture: QImage) -> None:
        assert call_id == self.call_id
        self.frames.append(read_pattern(from_qimage(picture)))

    def call(self, state: CallState = CallState.ACTIVE, **changes: Any) -> None:
        event = FakeEngine.call_event(self.call_id, state, self.direction, **changes)
        self.video.on_call_changed(event)


def decoded_in_order(frames: list[int | None], at_least: int) -> bool:
    numbers = [n for n in frames if n is not None]
    return len(set(numbers)) >= at_least and numbers == sorted(numbers)
