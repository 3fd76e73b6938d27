"""A Jego instance with video in a process of its own (pjsua2 is one library a process).

    python -m tests.integration.video_peer --number bob --password X --server HOST:PORT

It answers every incoming call and turns its camera (the numbered test pattern, 640x480
at --fps) on whenever video starts. It reports on stdout, one JSON object a line:
started, registration, call, video, frame (the number read from each picture received,
or null, and when), resources, error.
Commands on stdin: {"cmd": "dial", "uri": URI}, {"cmd": "start_video"},
{"cmd": "stop_video"}, {"cmd": "hangup"}, {"cmd": "resources"}, {"cmd": "quit"}.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QImage

from jego_desktop.domain.accounts import AccountConfig
from jego_desktop.domain.calls import CallState
from jego_desktop.domain.engine_events import CallChanged, EngineError, RegistrationChanged
from jego_desktop.engine.config import EngineConfig
from jego_desktop.engine.worker import CallEngine
from jego_desktop.media.synthetic import ToneAudio
from jego_desktop.media.video.pattern import read_pattern
from jego_desktop.media.video.tracks import PatternTrack
from jego_desktop.models.video.video_call import VideoCalls, VideoState, VideoStatus
from jego_desktop.models.video.video_frames import from_qimage
from jego_desktop.models.video.video_sources import CameraSources
from tests.integration.peer_main import run_peer
from tests.integration.peer_stdio import emit
from tests.integration.resources import (
    open_udp_ports,
    peer_connections,
    python_objects,
    video_threads,
)

WIDTH, HEIGHT = 640, 480


class VideoPeer(QObject):
    command = Signal(str)  # from the stdin reader thread, handled on the main thread

    def __init__(self, options: argparse.Namespace) -> None:
        super().__init__()
        self._app = QCoreApplication.instance()
        self.engine = CallEngine(
            EngineConfig(bind_address="127.0.0.1", transports=("udp",)), ToneAudio(900.0)
        )
        fps = options.fps
        sources = CameraSources(override=lambda: PatternTrack(WIDTH, HEIGHT, fps))
        self.video = VideoCalls(self.engine, sources, bind_address=self.engine.config.bind_address)
        self.video.connect_engine(self.engine)
        self.account = AccountConfig(number=options.number, server=options.server)
        self._password = options.password
        self._call_id = ""
        self._answered: set[str] = set()
        self._stopped = False
        self.engine.started.connect(lambda e: emit("started", ports=e.sip_ports))
        self.engine.registration_changed.connect(self._on_registration)
        self.engine.call_changed.connect(self._on_call)
        self.engine.error.connect(self._on_error)
        self.video.status_changed.connect(self._on_video)
        self.video.remote_frame.connect(self._on_frame)
        self.command.connect(self._on_command)

    def start(self) -> None:
        self.engine.start()
        password = self._password
        self.engine.add_account(self.account, lambda: password)

    @Slot(object)
    def _on_registration(self, event: RegistrationChanged) -> None:
        emit("registration", state=event.state.value, code=event.code)

    @Slot(object)
    def _on_call(self, event: CallChanged) -> None:
        self._call_id = event.call_id
        if event.state is CallState.RINGING_IN and event.call_id not in self._answered:
            self._answered.add(event.call_id)
            self.engine.answer(event.call_id)
        emit("call", call_id=event.call_id, state=event.state.value)

    @Slot(object)
    def _on_video(self, status: VideoStatus) -> None:
        if status.state is VideoState.CONNECTING and not status.sending:
            self.video.set_sending(status.call_id, True)  # as its user would, to be seen
        fps = status.stats.received_fps if status.stats else None
        emit("video", state=status.state.value, received_fps=fps)

    @Slot(str, QImage)
    def _on_frame(self, call_id: str, picture: QImage) -> None:
        # CLOCK_MONOTONIC is one clock for every process: the sender's times compare.
        emit("frame", n=read_pattern(from_qimage(picture)), t=time.monotonic())

    @Slot(object)
    def _on_error(self, event: EngineError) -> None:
        emit("error", command=event.command, message=event.message)

    @Slot(str)
    def _on_command(self, line: str) -> None:
        try:
            request = json.loads(line)
            name = request["cmd"]
            if name == "dial":
                self._call_id = self.engine.make_call(request["uri"], self.account.key)
            elif name == "start_video":
                self.video.start_video(self._call_id)
            elif name == "stop_video":
                self.video.stop_video(self._call_id)
            elif name == "hangup":
                self.engine.hangup(self._call_id)
            elif name == "resources":
                emit(
                    "resources",
                    threads=video_threads(),
                    udp_ports=open_udp_ports(),
                    peer_connections=peer_connections(),
                    objects=python_objects(),
                )
            elif name == "quit":
                self.shutdown()
        except Exception as error:
            emit("error", command=line[:100], message=repr(error))

    def shutdown(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        self.video.shutdown()
        self.engine.stop()
        emit("stopped")
        if self._app is not None:
            self._app.quit()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--number", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--server", required=True)
    parser.add_argument("--fps", type=float, default=15.0)
    parser.add_argument("--video-log", action="store_true", help="video and ICE logs to stderr")
    options = parser.parse_args()
    if options.video_log:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s: %(message)s"))
        for name in ("jego_desktop.media.video", "jego_desktop.models.video", "aiortc", "aioice"):
            logging.getLogger(name).setLevel(logging.DEBUG)
            logging.getLogger(name).addHandler(handler)
    return run_peer(lambda: VideoPeer(options), engine_log=False)


if __name__ == "__main__":
    sys.exit(main())
