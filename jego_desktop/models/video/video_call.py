"""Video beside each call, on the GUI thread: offer/answer over SIP INFO, frames as QImages.

The engine carries the offer and answer inside the call's dialog as INFO requests
(media/video/signalling.py); the aiortc sessions run on the VideoLoop's thread and
report back through queued signals. A peer that is not Jego (baresip, a phone) never
answers, or refuses the INFO: the call keeps its audio and the state says UNAVAILABLE.
"""

from __future__ import annotations

import concurrent.futures
import logging
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtGui import QImage

from jego_desktop.domain.calls import CallDirection, CallState
from jego_desktop.media.video.camera_errors import CameraError
from jego_desktop.media.video.loop import VideoLoop, run_on_own_thread
from jego_desktop.media.video.signalling import (
    CONTENT_TYPE,
    SignalKind,
    VideoSignal,
    decode_signal,
    encode_signal,
)
from jego_desktop.models.video.camera_list import CameraList
from jego_desktop.models.video.camera_problems import camera_problem_text
from jego_desktop.models.video.video_frames import LatestFrames, StreamKey
from jego_desktop.models.video.video_sources import CameraSources
from jego_desktop.models.window.engine_texts import engine_text

if TYPE_CHECKING:
    import numpy as np

    from jego_desktop.domain.engine_events import CallChanged, CallInfoFailed, CallInfoReceived
    from jego_desktop.domain.nat import NatTraversal
    from jego_desktop.engine.signals import EngineSignals
    from jego_desktop.media.video.camera_info import Camera
    from jego_desktop.media.video.session import SourceFactory, VideoSession, VideoStats

log = logging.getLogger(__name__)

ANSWER_TIMEOUT_MS = 8000
# Answers to an INFO that mean "this peer does not do this"; any other failure (a
# pjsua2 peer's 500, a timeout) leaves the answer timer to decide.
REFUSALS = frozenset({403, 405, 406, 415, 469, 481, 488, 501, 603, 606})


class VideoState(Enum):
    OFF = "off"  # no video; it can be started
    OFFERED = "offered"  # our offer is out, no answer yet
    CONNECTING = "connecting"
    ACTIVE = "active"  # the peer's pictures are arriving
    UNAVAILABLE = "unavailable"  # the peer does not do Jego video


@dataclass(frozen=True)
class VideoStatus:
    call_id: str
    state: VideoState
    stats: VideoStats | None = None
    sending: bool = False  # our camera goes out in this call (else a dark placeholder)


class InfoCommands(Protocol):
    """The part of `CallEngine` this controller drives (a fake in tests)."""

    def send_call_info(self, call_id: str, content_type: str, body: str) -> None: ...


@dataclass
class _CallVideo:
    call_id: str
    direction: CallDirection
    call_state: CallState = CallState.DIALING
    usable: bool = False  # the call is up and not on hold
    # The peer's offer that came while our answered call still waited for its ACK.
    early_offer: VideoSignal | None = None
    state: VideoState = VideoState.OFF
    session: VideoSession | None = None
    stats: VideoStats | None = None
    # Our camera goes out only where we asked for video ourselves; the peer turning
    # video on shows us their picture, never turns our camera on.
    sending: bool = False

    def status(self) -> VideoStatus:
        return VideoStatus(self.call_id, self.state, self.stats, self.sending)


class VideoCalls(QObject):
    """Signals: status_changed(VideoStatus), remote_frame(call_id, QImage),
    local_frame(call_id, QImage), problem(call_id, message),
    camera_failed(call_id, message): our camera did not open, the call's video goes on
    receive-only (`sending` turns off) and the message, translated, says why.
    `cameras` keeps the camera list, listed on the video thread while video runs and on
    a thread of its own otherwise."""

    status_changed = Signal(object)
    remote_frame = Signal(str, QImage)
    local_frame = Signal(str, QImage)
    problem = Signal(str, str)
    camera_failed = Signal(str, str)
    _from_loop = Signal(str, str, object)  # session id, what, payload: loop -> GUI thread

    def __init__(
        self,
        engine: InfoCommands,
        sources: CameraSources | None = None,
        parent: QObject | None = None,
        bind_address: str = "",
        nat: NatTraversal | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._bind_address = bind_address  # as the engine's SIP and RTP (EngineConfig)
        self._nat = nat  # the same STUN and TURN servers as the sound
        self.sources = sources or CameraSources()
        self._loop = VideoLoop()
        self._listing: threading.Thread | None = None  # the last listing without the loop
        self._calls: dict[str, _CallVideo] = {}
        self._by_session: dict[str, _CallVideo] = {}
        self._closing: dict[str, concurrent.futures.Future[None]] = {}
        # One timer for every offer's answer deadline: a QTimer per offer, deleted when
        # the offer ends, crashed PySide later when its owner went first.
        self._answer_deadlines: dict[str, float] = {}  # session id -> monotonic time
        self._deadline_timer = QTimer(self)
        self._deadline_timer.setSingleShot(True)
        self._deadline_timer.timeout.connect(self._check_deadlines)
        self.frames = LatestFrames(self)
        self._wanted: set[str] = set()  # calls to start video in once they are answered
        self._from_loop.connect(self._on_loop_event)
        self.frames.ready.connect(self._deliver_frames)
        self.cameras = CameraList(lambda: self.sources.list_blocking(), self._off_gui_thread, self)
        self.cameras.listed.connect(self._stop_loop_if_idle)

    def connect_engine(self, engine: EngineSignals) -> None:
        """Connect a `CallEngine`'s (or a fake's) signals to this controller's slots."""
        engine.call_changed.connect(self.on_call_changed)
        engine.call_info_received.connect(self.on_call_info)
        engine.call_info_failed.connect(self.on_call_info_failed)

    # ----- queries --------------------------------------------------------------------

    def status(self, call_id: str) -> VideoStatus:
        video = self._calls.get(call_id)
        if video is None:
            return VideoStatus(call_id, VideoState.OFF)
        return video.status()

    def can_start(self, call_id: str) -> bool:
        video = self._calls.get(call_id)
        return video is not None and video.usable and video.state is VideoState.OFF

    # ----- the user's actions ---------------------------------------------------------

    def start_video(self, call_id: str) -> None:
        video = self._calls.get(call_id)
        if video is not None and video.call_state is CallState.CONNECTING:
            # Answered, not yet ACTIVE here: the ACK is on its way, or our queued copy of
            # the engine's ACTIVE event comes after the one whoever asked has already seen.
            self._wanted.add(call_id)
            return
        if video is None or not self.can_start(call_id):
            return
        session = self._new_session(video, os.urandom(16).hex())
        video.sending = True
        session.offer(self._source(video))
        self._set_state(video, VideoState.OFFERED)
        deadline = time.monotonic() + ANSWER_TIMEOUT_MS / 1000
        self._answer_deadlines[session.session_id] = deadline
        self._arm_deadline_timer()

    def start_video_when_answered(self, call_id: str) -> None:
        """A video call: offer video as soon as `call_id` (maybe still dialling) is up."""
        if self.can_start(call_id):
            self.start_video(call_id)
        else:
            self._wanted.add(call_id)

    def stop_video(self, call_id: str) -> None:
        self._wanted.discard(call_id)
        video = self._calls.get(call_id)
        if video is None or video.session is None:
            return
        self._end_session(video, VideoState.OFF)  # tells the peer

    def set_camera_on(self, on: bool) -> None:
        self.sources.camera_on = on
        self._apply_source()

    def set_sending(self, call_id: str, on: bool) -> None:
        """Send our camera in this call's video (on), or the dark placeholder (off)."""
        video = self._calls.get(call_id)
        if video is None or video.sending == on:
            return
        video.sending = on
        if video.session is not None:
            video.session.set_source(self._source(video))
        self.status_changed.emit(video.status())

    def set_camera(self, device: str) -> None:
        self.sources.device = device
        self._apply_source()

    def set_preview(self, call_id: str, on: bool) -> None:
        video = self._calls.get(call_id)
        if video is not None and video.session is not None:
            video.session.set_preview(on)

    def shutdown(self, timeout: float = 5.0) -> None:
        """Close every session and stop the video thread (at exit; blocks briefly)."""
        self.cameras.close()
        for video in list(self._calls.values()):
            if video.session is not None:
                self._send(video, VideoSignal(SignalKind.END, video.session.session_id))
                self._closing[video.session.session_id] = video.session.close()
                self._forget_session(video)
        for future in list(self._closing.values()):  # a half-closed one would leak sockets
            try:
                future.result(timeout)
            except Exception as error:
                log.warning("a video session did not close cleanly: %s", error)
        self._calls.clear()
        self._closing.clear()
        self._answer_deadlines.clear()
        # A running Qt timer must not outlive this call: a test or a quit may let the
        # garbage collector delete this object on another thread.
        self._deadline_timer.stop()
        self._loop.stop(timeout)
        if self._listing is not None:  # as the loop's executor would: the listing ends first
            self._listing.join(timeout)

    # ----- engine events --------------------------------------------------------------

    @Slot(object)
    def on_call_changed(self, event: CallChanged) -> None:
        video = self._calls.get(event.call_id)
        if event.state is CallState.ENDED:
            self._wanted.discard(event.call_id)
            if video is not None:
                self._end_session(video, VideoState.OFF, announce=False)
                del self._calls[event.call_id]
            return
        if video is None:
            video = self._calls[event.call_id] = _CallVideo(event.call_id, event.direction)
        held = event.local_hold or event.remote_hold
        usable = event.state is CallState.ACTIVE and not held
        video.call_state = event.state
        if held and video.session is not None:
            self.stop_video(event.call_id)
        if usable != video.usable:
            video.usable = usable
            self.status_changed.emit(video.status())
        if video.early_offer is not None and event.state is not CallState.CONNECTING:
            early, video.early_offer = video.early_offer, None
            self._on_offer(video, early)  # answered now, or refused if the call is held
        if usable and event.call_id in self._wanted:
            self._wanted.discard(event.call_id)
            self.start_video(event.call_id)

    @Slot(object)
    def on_call_info(self, event: CallInfoReceived) -> None:
        if event.content_type != CONTENT_TYPE:
            return
        video = self._calls.get(event.call_id)
        try:
            signal = decode_signal(event.body)
        except ValueError as error:
            log.warning("ignoring a bad video signal in %s: %s", event.call_id, error)
            return
        if video is None:
            return
        if signal.kind is SignalKind.OFFER:
            self._on_offer(video, signal)
        elif signal.kind is SignalKind.ANSWER:
            self._on_answer(video, signal)
        elif video.session is not None and video.session.session_id == signal.session:
            self._end_session(video, VideoState.OFF, announce=False)
        elif video.early_offer is not None and video.early_offer.session == signal.session:
            video.early_offer = None  # the caller gave up before its ACK came

    @Slot(object)
    def on_call_info_failed(self, event: CallInfoFailed) -> None:
        video = self._calls.get(event.call_id)
        if event.content_type != CONTENT_TYPE or video is None:
            return
        if video.state is VideoState.OFFERED and event.code in REFUSALS:
            log.info("%s refused video: %d %s", event.call_id, event.code, event.reason)
            self._end_session(video, VideoState.UNAVAILABLE, announce=False)

    def _on_offer(self, video: _CallVideo, signal: VideoSignal) -> None:
        if video.call_state is CallState.CONNECTING:
            # We answered and wait for the ACK: a proxy with several workers (Kamailio)
            # may pass the caller's INFO on before it. The offer waits for the call.
            log.debug("video offer in %s before the ACK: kept", video.call_id)
            video.early_offer = signal
            return
        if not video.usable:
            self._send(video, VideoSignal(SignalKind.END, signal.session))
            return
        ours = video.session
        if ours is not None and video.state is VideoState.OFFERED:
            if video.direction is CallDirection.OUTGOING:
                return  # both offered at once: the caller's offer wins
            self._end_session(video, VideoState.OFF, announce=False)
        elif ours is not None:
            self._end_session(video, VideoState.OFF, announce=False)  # a fresh start
        session = self._new_session(video, signal.session)
        video.sending = False
        session.answer(signal.sdp, self._source(video))
        self._set_state(video, VideoState.CONNECTING)

    def _on_answer(self, video: _CallVideo, signal: VideoSignal) -> None:
        session = video.session
        if session is None or session.session_id != signal.session:
            return
        if video.state is VideoState.OFFERED:
            self._stop_timer(session.session_id)
            self._set_state(video, VideoState.CONNECTING)
            session.accept_answer(signal.sdp)

    @Slot()
    def _check_deadlines(self) -> None:
        now = time.monotonic()
        for session_id in [s for s, due in self._answer_deadlines.items() if due <= now]:
            del self._answer_deadlines[session_id]
            self._answer_overdue(session_id)
        self._arm_deadline_timer()

    def _arm_deadline_timer(self) -> None:
        if self._answer_deadlines:
            wait_s = min(self._answer_deadlines.values()) - time.monotonic()
            self._deadline_timer.start(max(0, round(wait_s * 1000)))
        else:
            self._deadline_timer.stop()

    def _answer_overdue(self, session_id: str) -> None:
        video = self._by_session.get(session_id)
        if video is not None and video.state is VideoState.OFFERED:
            self._end_session(video, VideoState.UNAVAILABLE)

    # ----- sessions -------------------------------------------------------------------

    def _new_session(self, video: _CallVideo, session_id: str) -> VideoSession:
        # aiortc, PyAV and their crypto load here, with the first video, not at start.
        from jego_desktop.media.video.session import VideoSession

        self._loop.start()
        session = VideoSession(
            self._loop, session_id, _Relay(self), bind_address=self._bind_address, nat=self._nat
        )
        video.session = session
        video.stats = None
        self._by_session[session_id] = video
        return session

    def _end_session(self, video: _CallVideo, state: VideoState, announce: bool = True) -> None:
        session = video.session
        if session is not None:
            if announce:
                self._send(video, VideoSignal(SignalKind.END, session.session_id))
            self._forget_session(video)
            done = session.session_id
            closing = self._closing[done] = session.close()
            closing.add_done_callback(lambda _: self._from_loop.emit(done, "closed", None))
        video.stats = None
        self._set_state(video, state)

    def _forget_session(self, video: _CallVideo) -> None:
        session = video.session
        video.session = None
        if session is not None:
            self._by_session.pop(session.session_id, None)
            self._stop_timer(session.session_id)
            self.frames.forget(session.session_id)

    def _stop_timer(self, session_id: str) -> None:
        if self._answer_deadlines.pop(session_id, None) is not None:
            self._arm_deadline_timer()

    def _set_state(self, video: _CallVideo, state: VideoState) -> None:
        if video.state is not state:
            video.state = state
            self.status_changed.emit(video.status())

    def _send(self, video: _CallVideo, signal: VideoSignal) -> None:
        self._engine.send_call_info(video.call_id, CONTENT_TYPE, encode_signal(signal))

    def _source(self, video: _CallVideo) -> SourceFactory:
        if not video.sending or video.session is None:
            return lambda: None
        session_id = video.session.session_id

        def failed(error: CameraError) -> None:  # on the video thread
            self._from_loop.emit(session_id, "camera", error)

        return self.sources.factory(failed)

    def _apply_source(self) -> None:
        for video in self._calls.values():
            if video.session is not None:
                video.session.set_source(self._source(video))

    def _off_gui_thread(self, work: Callable[[], list[Camera]]) -> Future[list[Camera]]:
        if self._loop.running:  # beside a video session, on the thread that opens cameras
            return self._loop.run_blocking(work)
        listed, self._listing = run_on_own_thread(work, "jego-video-cameras")
        return listed

    @Slot()
    def _stop_loop_if_idle(self) -> None:
        if not self._by_session and not self._closing and not self.cameras.listing:
            self._loop.stop()

    # ----- from the video thread ------------------------------------------------------

    @Slot(object)
    def _deliver_frames(self, pictures: dict[StreamKey, QImage]) -> None:
        for (session_id, remote), picture in pictures.items():
            video = self._by_session.get(session_id)
            if video is None:
                continue
            if remote:
                if video.state is VideoState.CONNECTING:
                    self._set_state(video, VideoState.ACTIVE)
                self.remote_frame.emit(video.call_id, picture)
            else:
                self.local_frame.emit(video.call_id, picture)

    @Slot(str, str, object)
    def _on_loop_event(self, session_id: str, what: str, payload: object) -> None:
        if what == "closed":
            self._closing.pop(session_id, None)
            self._stop_loop_if_idle()
            return
        video = self._by_session.get(session_id)
        if video is None or video.session is None:
            return
        if what == "description" and isinstance(payload, tuple):
            kind, sdp = payload
            signal_kind = SignalKind.OFFER if kind == "offer" else SignalKind.ANSWER
            self._send(video, VideoSignal(signal_kind, session_id, sdp))
        elif what == "stats" and isinstance(payload, _video_stats_type()):
            video.stats = payload
            self.status_changed.emit(video.status())
        elif what == "failure":
            self.problem.emit(video.call_id, engine_text(str(payload)))
            self._end_session(video, VideoState.OFF)
        elif what == "camera" and isinstance(payload, CameraError) and video.sending:
            video.sending = False  # the placeholder goes out; turning the camera on retries
            self.status_changed.emit(video.status())
            self.camera_failed.emit(video.call_id, camera_problem_text(payload))


class _Relay:
    """A session's listener: hands everything to the controller's thread."""

    def __init__(self, owner: VideoCalls) -> None:
        self._owner = owner

    def on_description(self, session: VideoSession, kind: str, sdp: str) -> None:
        self._owner._from_loop.emit(session.session_id, "description", (kind, sdp))

    def on_connection(self, session: VideoSession, state: str) -> None:
        log.info("video session %s: %s", session.session_id, state)

    def on_remote_frame(self, session: VideoSession, image: np.ndarray) -> None:
        self._owner.frames.put((session.session_id, True), image)

    def on_local_frame(self, session: VideoSession, image: np.ndarray) -> None:
        self._owner.frames.put((session.session_id, False), image)

    def on_stats(self, session: VideoSession, stats: VideoStats) -> None:
        self._owner._from_loop.emit(session.session_id, "stats", stats)

    def on_failure(self, session: VideoSession, message: str) -> None:
        self._owner._from_loop.emit(session.session_id, "failure", message)


def _video_stats_type() -> type[VideoStats]:
    """session.py's VideoStats: loaded by then (events come from a running session)."""
    from jego_desktop.media.video.session import VideoStats

    return VideoStats
