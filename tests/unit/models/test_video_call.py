"""Two VideoCalls controllers wired to each other in-process: real aiortc sessions,
the INFO channel replaced by queued hand-over between the two."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QImage

from jego_desktop.domain.calls import CallDirection, CallState
from jego_desktop.engine.events import CallInfoFailed, CallInfoReceived
from jego_desktop.engine.refcount_workaround import protect_singletons
from jego_desktop.media.video import session as session_module
from jego_desktop.media.video.pattern import read_pattern
from jego_desktop.media.video.signalling import CONTENT_TYPE, SignalKind, decode_signal
from jego_desktop.media.video.tracks import PatternTrack
from jego_desktop.models import video_call
from jego_desktop.models.video_call import VideoCalls, VideoState, VideoStatus
from jego_desktop.models.video_frames import from_qimage
from jego_desktop.models.video_sources import CameraSources
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


@pytest.fixture(autouse=True)
def _singletons() -> None:
    # As the app does at start: PySide6 6.12 drops a reference to True per signal
    # delivered to a Python slot, and video delivers many (see refcount_workaround).
    protect_singletons()


@pytest.fixture
def pair(qtbot):
    a = Side("call-a", CallDirection.OUTGOING)
    b = Side("call-b", CallDirection.INCOMING)
    a.wire.peer, b.wire.peer = b.video, a.video
    a.wire.peer_call_id, b.wire.peer_call_id = b.call_id, a.call_id
    yield a, b
    for side in (a, b):
        side.video.shutdown()
    assert video_threads() == []
    for side in (a, b):
        side.wire.peer = side.wire.owner = None
        # Here, on this thread: the objects form cycles, and Python's cyclic GC may run on
        # a later test's video thread, where destroying a QObject aborts the process.
        shiboken6.delete(side.video)


def changes(states: list[VideoState]) -> list[VideoState]:
    """The states in order, repeats (statistics, availability updates) left out."""
    return [s for i, s in enumerate(states) if i == 0 or states[i - 1] is not s]


def decoded_in_order(frames: list[int | None], at_least: int) -> bool:
    numbers = [n for n in frames if n is not None]
    return len(set(numbers)) >= at_least and numbers == sorted(numbers)


def test_video_both_ways_then_hang_up_leaves_no_threads(qtbot, pair) -> None:
    a, b = pair
    a.call()
    b.call()
    assert a.video.can_start(a.call_id)
    a.video.start_video(a.call_id)
    qtbot.waitUntil(lambda: decoded_in_order(a.frames, 15), timeout=15_000)
    qtbot.waitUntil(lambda: decoded_in_order(b.frames, 15), timeout=15_000)
    assert a.video.status(a.call_id).state is VideoState.ACTIVE
    assert b.video.status(b.call_id).state is VideoState.ACTIVE
    assert changes(a.states)[:3] == [VideoState.OFF, VideoState.OFFERED, VideoState.CONNECTING]
    assert changes(b.states)[:2] == [VideoState.OFF, VideoState.CONNECTING]
    assert None not in a.frames[1:] and None not in b.frames[1:]
    qtbot.waitUntil(lambda: a.video.status(a.call_id).stats is not None, timeout=5000)
    stats = a.video.status(a.call_id).stats
    assert (
        stats is not None
        and stats.received_fps > 5
        and (stats.width, stats.height)
        == (
            320,
            240,
        )
    )
    a.call(CallState.ENDED)
    b.call(CallState.ENDED)
    assert a.video.status(a.call_id).state is VideoState.OFF
    qtbot.waitUntil(lambda: video_threads() == [], timeout=5000)


def test_stop_video_ends_it_on_both_sides_and_it_can_start_again(qtbot, pair) -> None:
    a, b = pair
    a.call()
    b.call()
    a.video.start_video(a.call_id)
    qtbot.waitUntil(lambda: len(b.frames) >= 3, timeout=15_000)
    sent_before = len(b.wire.sent)
    b.video.stop_video(b.call_id)
    assert [decode_signal(body).kind for body in b.wire.sent[sent_before:]] == [SignalKind.END]
    qtbot.waitUntil(lambda: a.video.status(a.call_id).state is VideoState.OFF, timeout=5000)
    assert b.video.status(b.call_id).state is VideoState.OFF
    qtbot.waitUntil(lambda: video_threads() == [], timeout=5000)
    b.frames.clear()
    b.video.start_video(b.call_id)
    qtbot.waitUntil(lambda: decoded_in_order(b.frames, 5), timeout=15_000)


def test_hold_stops_video(qtbot, pair) -> None:
    a, b = pair
    a.call()
    b.call()
    a.video.start_video(a.call_id)
    qtbot.waitUntil(lambda: len(a.frames) >= 3, timeout=15_000)
    a.call(local_hold=True)
    assert a.video.status(a.call_id).state is VideoState.OFF
    assert not a.video.can_start(a.call_id)
    qtbot.waitUntil(lambda: b.video.status(b.call_id).state is VideoState.OFF, timeout=5000)


def test_a_peer_that_refuses_the_info_makes_video_unavailable(qtbot, pair) -> None:
    a, _ = pair
    a.wire.peer = None
    a.wire.refuse_with = 488
    a.call()
    a.video.start_video(a.call_id)
    qtbot.waitUntil(lambda: a.video.status(a.call_id).state is VideoState.UNAVAILABLE, timeout=5000)
    assert not a.video.can_start(a.call_id)
    qtbot.waitUntil(lambda: video_threads() == [], timeout=5000)


def test_a_peer_that_never_answers_makes_video_unavailable(qtbot, pair, monkeypatch) -> None:
    monkeypatch.setattr(video_call, "ANSWER_TIMEOUT_MS", 300)
    a, _ = pair
    a.wire.peer = None
    a.call()
    a.video.start_video(a.call_id)
    qtbot.waitUntil(lambda: a.video.status(a.call_id).state is VideoState.UNAVAILABLE, timeout=5000)


def test_video_needs_an_answered_call_and_ignores_bad_signals(qtbot, pair) -> None:
    a, _ = pair
    a.call(CallState.RINGING_OUT)
    a.video.start_video(a.call_id)
    assert a.video.status(a.call_id).state is VideoState.OFF and a.wire.sent == []
    a.video.on_call_info(CallInfoReceived(a.call_id, CONTENT_TYPE, "{not json"))
    a.video.on_call_info(CallInfoReceived(a.call_id, "application/other", "x"))
    assert a.video.status(a.call_id).state is VideoState.OFF


def test_both_offering_at_once_ends_with_one_session(qtbot, pair) -> None:
    a, b = pair
    a.call()
    b.call()
    a.video.start_video(a.call_id)
    b.video.start_video(b.call_id)
    qtbot.waitUntil(lambda: decoded_in_order(a.frames, 5), timeout=15_000)
    qtbot.waitUntil(lambda: decoded_in_order(b.frames, 5), timeout=15_000)
    time.sleep(0.2)
    assert a.video.status(a.call_id).state is VideoState.ACTIVE
    assert b.video.status(b.call_id).state is VideoState.ACTIVE


def test_without_a_camera_video_still_comes_in(qtbot, pair) -> None:
    a, b = pair
    a.video.set_camera_on(False)
    a.call()
    b.call()
    a.video.start_video(a.call_id)
    qtbot.waitUntil(lambda: decoded_in_order(a.frames, 10), timeout=15_000)
    qtbot.waitUntil(lambda: len(b.frames) >= 1, timeout=15_000)
    assert set(b.frames) == {None}  # a dark placeholder, about once a second


def test_a_video_call_offers_video_once_answered(qtbot, pair) -> None:
    a, b = pair
    a.video.start_video_when_answered(a.call_id)
    a.call(CallState.RINGING_OUT)
    assert a.wire.sent == []
    b.call()
    a.call()
    qtbot.waitUntil(lambda: decoded_in_order(b.frames, 5), timeout=15_000)


def test_video_from_the_peer_never_turns_our_camera_on(qtbot, pair) -> None:
    a, b = pair
    b.camera_on_answer = False
    a.call()
    b.call()
    a.video.start_video(a.call_id)
    qtbot.waitUntil(lambda: decoded_in_order(b.frames, 10), timeout=15_000)
    assert a.video.status(a.call_id).sending and not b.video.status(b.call_id).sending
    qtbot.waitUntil(lambda: len(a.frames) >= 1, timeout=5000)
    assert set(a.frames) == {None}  # B's dark placeholder
    b.video.set_sending(b.call_id, True)
    qtbot.waitUntil(lambda: decoded_in_order(a.frames, 5), timeout=15_000)


def test_a_peer_that_vanishes_ends_the_video_with_a_problem(qtbot, pair, monkeypatch) -> None:
    monkeypatch.setattr(session_module, "MEDIA_TIMEOUT_S", 1.5)
    a, b = pair
    problems: list[str] = []
    a.video.problem.connect(lambda call_id, message: problems.append(message))
    a.call()
    b.call()
    a.video.start_video(a.call_id)
    qtbot.waitUntil(lambda: decoded_in_order(a.frames, 5), timeout=15_000)
    b.wire.peer = None  # B's "end" never arrives: as if B's machine went away
    b.video.shutdown()
    qtbot.waitUntil(lambda: a.video.status(a.call_id).state is VideoState.OFF, timeout=10_000)
    assert problems and "nothing from the video peer" in problems[0]
    assert a.video.can_start(a.call_id)  # the call goes on; video may be tried again
