"""A CallEngine (a tone for a microphone) in a process of its own, for a home of the
NAT lab (tests/peers/netns.py): started with `ip netns exec HOME python -m ...`.

    python -m tests.integration.nat_peer --bind 100.64.1.2 --number alice --password X
        --server 198.18.0.1:5060 [--stun HOST:PORT] [--turn HOST:PORT --turn-user U
        --turn-password P] [--turn-transport udp|tcp|tls] [--no-ice] [--no-rewrite]
        [--tone 700] [--rtp-timeout S] [--video]

Commands on stdin, one JSON object a line: {"cmd": "dial", "uri": URI}, {"cmd": "hangup"},
{"cmd": "clear"} (forget what was heard), {"cmd": "network_changed"},
{"cmd": "heard", "path": WAV} (write what was heard since, 16 kHz mono), {"cmd": "quit"};
with --video, {"cmd": "start_video"}. Incoming calls are answered at once; with --video
the camera (the numbered test pattern) is turned on whenever video starts. Events on
stdout, one JSON object a line, each with "t" (time.monotonic()): started, registration,
call (call_id, state, code, reason), stats (rtt_ms, rx_packets, tx_packets), heard
(path, seconds), address_changed (the app's AddressWatch saw a new address and told the
engine), video (state), frame (the number read from each picture received), stopped, error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import wave
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QImage

from jego_desktop.domain.accounts import AccountConfig
from jego_desktop.domain.calls import CallState
from jego_desktop.domain.engine_events import (
    CallChanged,
    CallStats,
    EngineError,
    RegistrationChanged,
)
from jego_desktop.domain.nat import NatTraversal, TurnTransport
from jego_desktop.engine.config import EngineConfig
from jego_desktop.engine.worker import CallEngine
from jego_desktop.media.synthetic import ToneAudio
from jego_desktop.platform.address_watch import AddressWatch
from tests.integration.peer_main import run_peer


def emit(event: str, **fields: Any) -> None:
    sys.stdout.write(json.dumps({"event": event, "t": time.monotonic(), **fields}) + "\n")
    sys.stdout.flush()


def nat_of(options: argparse.Namespace) -> NatTraversal:
    return NatTraversal(
        stun_server=options.stun,
        ice=not options.no_ice,
        turn_server=options.turn,
        turn_user=options.turn_user,
        turn_password=options.turn_password,
        turn_transport=TurnTransport(options.turn_transport),
        rewrite_addresses=not options.no_rewrite,
    )


class NatPeer(QObject):
    command = Signal(str)  # from the stdin reader thread, handled on the main thread

    def __init__(self, options: argparse.Namespace) -> None:
        super().__init__()
        self._app = QCoreApplication.instance()
        self.audio = ToneAudio(options.tone)
        config = EngineConfig(
            bind_address=options.bind,
            transports=("udp",),
            rtp_port=options.rtp_port,
            stats_interval_s=1.0,
            rtp_timeout_s=options.rtp_timeout,
            nat=nat_of(options),
            log_level=options.log_level,
        )
        self.engine = CallEngine(config, self.audio)
        self.account = AccountConfig(number=options.number, server=options.server)
        self._password = options.password
        self._call_id = ""
        self._stopped = False
        self.engine.started.connect(lambda e: emit("started", ports=e.sip_ports))
        self.engine.registration_changed.connect(self._on_registration)
        self.engine.call_changed.connect(self._on_call)
        self.engine.call_stats.connect(self._on_stats)
        self.engine.error.connect(self._on_error)
        self.command.connect(self._on_command)
        # as the app does (app/engine_setup.py): a new address tells the engine
        self.watch = AddressWatch(parent=self)
        self.watch.changed.connect(lambda: emit("address_changed"))
        self.watch.changed.connect(self.engine.network_changed)
        self.video = VideoInHome(self.engine, options) if options.video else None

    def start(self) -> None:
        self.watch.start()
        self.engine.start()
        password = self._password
        self.engine.add_account(self.account, lambda: password)

    @Slot(object)
    def _on_registration(self, event: RegistrationChanged) -> None:
        emit("registration", state=event.state.value, code=event.code, reason=event.reason)

    @Slot(object)
    def _on_call(self, event: CallChanged) -> None:
        self._call_id = event.call_id
        emit("call", call_id=event.call_id, state=event.state.value, code=event.code,
             reason=event.reason)  # fmt: skip
        if event.state is CallState.RINGING_IN:
            self.engine.answer(event.call_id)

    @Slot(object)
    def _on_stats(self, event: CallStats) -> None:
        emit("stats", rtt_ms=event.rtt_ms, rx_packets=event.rx_packets,
             tx_packets=event.tx_packets, codec=event.codec)  # fmt: skip

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
            elif name == "hangup":
                self.engine.hangup(self._call_id)
            elif name == "network_changed":
                self.engine.network_changed()
            elif name == "clear":
                self.audio.clear()
            elif name == "heard":
                self._write_heard(request["path"])
            elif name == "start_video" and self.video is not None:
                self.video.calls.start_video_when_answered(self._call_id)
            elif name == "quit":
                self.shutdown()
        except Exception as error:
            emit("error", command=line[:100], message=repr(error))

    def _write_heard(self, path: str) -> None:
        samples = self.audio.heard()
        with wave.open(path, "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(16000)
            out.writeframes((samples * 32767).astype("<i2").tobytes())
        emit("heard", path=path, seconds=len(samples) / 16000)

    def shutdown(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        if self.video is not None:
            self.video.calls.shutdown()
        self.engine.stop()
        QCoreApplication.processEvents()
        emit("stopped")
        if self._app is not None:
            self._app.quit()


class VideoInHome(QObject):
    """The call's video (aiortc) with the same STUN/TURN servers and address as the sound,
    sending the numbered test pattern; the video stack loads only with --video."""

    def __init__(self, engine: CallEngine, options: argparse.Namespace) -> None:
        super().__init__()
        from jego_desktop.media.video.tracks import PatternTrack
        from jego_desktop.models.video.video_call import VideoCalls
        from jego_desktop.models.video.video_sources import CameraSources

        sources = CameraSources(override=lambda: PatternTrack(320, 240, 15))
        self.calls = VideoCalls(engine, sources, bind_address=options.bind, nat=nat_of(options))
        self.calls.connect_engine(engine)
        self.calls.status_changed.connect(self._on_status)
        self.calls.remote_frame.connect(self._on_frame)

    @Slot(object)
    def _on_status(self, status: Any) -> None:
        from jego_desktop.models.video.video_call import VideoState

        if status.state is VideoState.CONNECTING and not status.sending:
            self.calls.set_sending(status.call_id, True)  # as its user would, to be seen
        emit("video", state=status.state.value)

    @Slot(str, QImage)
    def _on_frame(self, call_id: str, picture: QImage) -> None:
        from jego_desktop.media.video.pattern import read_pattern
        from jego_desktop.models.video.video_frames import from_qimage

        emit("frame", n=read_pattern(from_qimage(picture)))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--bind", default="")  # "" every address of the namespace
    parser.add_argument("--number", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--server", required=True)
    parser.add_argument("--stun", default="")
    parser.add_argument("--turn", default="")
    parser.add_argument("--turn-user", default="")
    parser.add_argument("--turn-password", default="")
    parser.add_argument("--turn-transport", default="udp", choices=("udp", "tcp", "tls"))
    parser.add_argument("--no-ice", action="store_true")
    parser.add_argument("--no-rewrite", action="store_true")
    parser.add_argument("--tone", type=float, default=700.0)
    parser.add_argument("--rtp-port", type=int, default=30000)
    parser.add_argument("--rtp-timeout", type=float, default=25.0)
    parser.add_argument("--video", action="store_true")
    parser.add_argument("--log-level", type=int, default=4)  # pjsip's: 4 shows ICE checks
    options = parser.parse_args()
    return run_peer(lambda: NatPeer(options))


if __name__ == "__main__":
    sys.exit(main())
