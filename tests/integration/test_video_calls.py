"""Video between two Jego instances through Kamailio, and offered to a peer without it.

The offer and answer travel as SIP INFO inside the audio call; aiortc carries the
pictures. Each side sends the numbered test pattern; the other reads the numbers back.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtGui import QImage

from jego_desktop.domain.accounts import AccountConfig
from jego_desktop.domain.calls import CallState
from jego_desktop.domain.engine_events import CallInfoFailed, CallInfoReceived
from jego_desktop.engine.refcount_workaround import protect_singletons
from jego_desktop.media.video.pattern import read_pattern
from jego_desktop.media.video.session import MEDIA_TIMEOUT_S
from jego_desktop.media.video.signalling import (
    CONTENT_TYPE,
    SignalKind,
    VideoSignal,
    decode_signal,
)
from jego_desktop.media.video.tracks import PatternTrack
from jego_desktop.models.video.video_call import REFUSALS, VideoCalls, VideoState, VideoStatus
from jego_desktop.models.video.video_frames import from_qimage
from jego_desktop.models.video.video_sources import CameraSources
from tests.integration.engine_probe import EngineProbe, pump
from tests.integration.headless_client import HeadlessClient
from tests.integration.resources import open_udp_ports, video_threads
from tests.peers.baresip import Baresip
from tests.peers.kamailio import Kamailio
from tests.peers.tones import assert_tone

pytestmark = pytest.mark.peers

BOB_TONE = 1200.0


class VideoPeerClient(HeadlessClient):
    """tests/integration/video_peer.py in its own process."""

    def __init__(
        self, name: str, log_dir: Path, number: str, password: str, server: str, fps: float = 15
    ) -> None:
        super().__init__(name, log_dir / f"{name}.db", number, password, server)
        self.argv = [
            self.argv[0], "-m", "tests.integration.video_peer", "--fps", str(fps),
            "--number", number, "--password", password, "--server", server,
        ]  # fmt: skip

    @property
    def pid(self) -> int:
        assert self._proc is not None
        return self._proc.pid


class Watcher:
    """VideoCalls in the test process, with what it reported and every video INFO body
    that went out or came in."""

    def __init__(self, probe: EngineProbe) -> None:
        sources = CameraSources(override=lambda: PatternTrack(640, 480, 15))
        self._engine = probe.engine
        bind_address = probe.engine.config.bind_address
        assert bind_address == "127.0.0.1"
        self.video = VideoCalls(self, sources, bind_address=bind_address)
        self.video.connect_engine(probe.engine)
        self.frames: list[int | None] = []
        self.states: list[VideoState] = []
        self.signals: list[VideoSignal] = []
        self.video.remote_frame.connect(self._on_frame)
        self.video.status_changed.connect(self._on_status)
        probe.engine.call_info_received.connect(self._on_info)

    def send_call_info(self, call_id: str, content_type: str, body: str) -> None:
        if content_type == CONTENT_TYPE:
            self.signals.append(decode_signal(body))
        self._engine.send_call_info(call_id, content_type, body)

    def _on_info(self, event: CallInfoReceived) -> None:
        if event.content_type == CONTENT_TYPE:
            self.signals.append(decode_signal(event.body))

    def _on_status(self, status: VideoStatus) -> None:
        self.states.append(status.state)
        if status.state is VideoState.CONNECTING and not status.sending:
            self.video.set_sending(status.call_id, True)  # the user turns the camera on

    def _on_frame(self, call_id: str, picture: QImage) -> None:
        self.frames.append(read_pattern(from_qimage(picture)))


@pytest.fixture
def video_peer(tmp_path: Path, kamailio: Kamailio) -> Iterator[VideoPeerClient]:
    peer = VideoPeerClient("bob", tmp_path, "bob", "secret-b", f"127.0.0.1:{kamailio.port('udp')}")
    peer.start()
    yield peer
    peer.stop()


@pytest.fixture
def watcher(engine_factory: Any, kamailio: Kamailio) -> Iterator[tuple[EngineProbe, Watcher]]:
    protect_singletons()  # as the app does (see engine/refcount_workaround.py)
    probe: EngineProbe = engine_factory(tone_hz=700.0)
    watching = Watcher(probe)
    yield probe, watching
    watching.video.shutdown()
    # Watcher and VideoCalls reference each other: delete the QObject here, on the GUI
    # thread, rather than leave it to a garbage collection on some other thread.
    shiboken6.delete(watching.video)


def alice(kamailio: Kamailio) -> AccountConfig:
    return AccountConfig(number="alice", server=f"127.0.0.1:{kamailio.port('udp')}")


def candidate_addresses(sdp: str) -> list[str]:
    """The connection address of every ICE candidate (and c= line) in an SDP."""
    found = [line.split()[4] for line in sdp.splitlines() if line.startswith("a=candidate:")]
    return found + [line.split()[-1] for line in sdp.splitlines() if line.startswith("c=")]


def distinct_in_order(numbers: list[int | None]) -> list[int]:
    read = [n for n in numbers if n is not None]
    assert read == sorted(read), f"frames out of order: {read[:40]}"
    return sorted(set(read))


def wait_until(condition: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{what} did not happen within {timeout} s")
        pump(0.05)


def test_video_both_ways_between_two_jego_apps_then_hang_up_frees_everything(
    kamailio: Kamailio, watcher: tuple[EngineProbe, Watcher], video_peer: VideoPeerClient
) -> None:
    probe, watching = watcher
    account = alice(kamailio)
    probe.register(account, "secret-a")
    call_id = probe.engine.make_call(kamailio.aor("bob"), account.key)
    probe.wait_call(call_id, CallState.ACTIVE)
    video_peer.wait("call", lambda e: e["state"] == CallState.ACTIVE.value)
    video_peer.command("resources")
    peer_before = video_peer.wait("resources")
    threads_before, udp_before = video_threads(), set(open_udp_ports())

    since = video_peer.mark()
    watching.video.start_video(call_id)
    wait_until(lambda: len(distinct_in_order(watching.frames)) >= 20, 20, "frames from bob")

    def bob_read() -> list[int]:  # frame numbers, not the 20th's: a decoder may skip one
        return distinct_in_order([e["n"] for e in video_peer.events("frame")])

    wait_until(lambda: len(bob_read()) >= 20, 20, "frames at bob")
    states = [s for i, s in enumerate(watching.states) if not i or watching.states[i - 1] is not s]
    assert states[-3:] == [VideoState.OFFERED, VideoState.CONNECTING, VideoState.ACTIVE]
    assert None not in watching.frames[1:], watching.frames[:20]
    wait_until(lambda: watching.video.status(call_id).stats is not None, 5, "statistics")
    stats = watching.video.status(call_id).stats
    assert stats is not None and (stats.width, stats.height) == (640, 480)
    assert stats.received_fps > 5
    # pjsua2 cannot answer an INFO it passed on: the peer read ours and answered 500.
    info_answers = [e.code for e in probe.events if isinstance(e, CallInfoFailed)]
    print(f"answers to our video INFOs other than 2xx: {info_answers}")
    assert set(info_answers) <= {500}
    video_ports = set(open_udp_ports()) - udp_before
    assert video_ports, "the video session should hold UDP sockets while it runs"
    # Both descriptions, as they crossed Kamailio, offer 127.0.0.1 and nothing else.
    described = {s.kind: s.sdp for s in watching.signals if s.sdp}
    assert set(described) == {SignalKind.OFFER, SignalKind.ANSWER}
    for kind, sdp in described.items():
        addresses = candidate_addresses(sdp)
        assert sum(line.startswith("a=candidate:") for line in sdp.splitlines()) >= 1, kind
        assert set(addresses) == {"127.0.0.1"}, (kind, addresses)

    probe.engine.hangup(call_id)
    probe.wait_call(call_id, CallState.ENDED)
    video_peer.wait("video", lambda e: e["state"] == VideoState.OFF.value, 10, since)
    wait_until(lambda: video_threads() == threads_before, 10, "video threads ending")
    wait_until(lambda: not video_ports & set(open_udp_ports()), 10, "video sockets closing")
    assert video_threads() == [] and watching.video.status(call_id).state is VideoState.OFF
    mark = video_peer.mark()
    video_peer.command("resources")
    peer_after = video_peer.wait("resources", since=mark)
    assert peer_after["threads"] == [] == peer_before["threads"]
    assert set(peer_after["udp_ports"]) <= set(peer_before["udp_ports"])


def test_an_info_over_the_udp_size_threshold_goes_out_on_the_accounts_udp_transport(
    kamailio: Kamailio,
    engine_factory: Any,
    video_peer: VideoPeerClient,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A video offer is bigger than pjsip's 1300-byte threshold (RFC 3261 18.1.1), so
    pjsip first tries the request on TCP. The account is bound to its UDP transport, so
    pjsip logs "Unsuitable transport selected (PJSIP_ETPNOTSUITABLE)" and sends it at
    once over UDP, the dialog's transport: the line is the refused switch, not a loss."""
    caplog.set_level(logging.DEBUG, logger="pjsip")
    probe: EngineProbe = engine_factory(tone_hz=700.0, log_level=5)  # 5: pjsip's TX lines
    account = alice(kamailio)
    probe.register(account, "secret-a")
    call_id = probe.engine.make_call(kamailio.aor("bob"), account.key)
    probe.wait_call(call_id, CallState.ACTIVE)
    since = probe.mark()
    probe.engine.send_call_info(call_id, "application/x-jego-test", "v=0\r\n" * 400)
    # pjsua2 cannot answer an INFO it passed on: pjsip at bob got it and answered 500.
    answer = probe.wait_for(CallInfoFailed, lambda e: e.call_id == call_id, 10, since)
    assert answer.code == 500
    lines = [r.getMessage() for r in caplog.records]
    sent = [m for m in lines if re.search(r"TX \d+ bytes Request msg INFO/", m)]
    assert len(sent) == 1, sent  # one datagram, no retransmission
    size, transport = re.findall(r"TX (\d+) bytes Request msg INFO/\S+ \S+ to (\w+)", sent[0])[0]
    assert int(size) > 1300 and transport == "UDP", sent[0]
    assert any("INFO" in m and "exceeds UDP size threshold" in m for m in lines)
    probe.engine.hangup(call_id)
    probe.wait_call(call_id, CallState.ENDED)


def test_the_callee_starts_video_too(
    kamailio: Kamailio, watcher: tuple[EngineProbe, Watcher], video_peer: VideoPeerClient
) -> None:
    probe, watching = watcher
    account = alice(kamailio)
    probe.register(account, "secret-a")
    call_id = probe.engine.make_call(kamailio.aor("bob"), account.key)
    probe.wait_call(call_id, CallState.ACTIVE)
    video_peer.wait("call", lambda e: e["state"] == CallState.ACTIVE.value)
    video_peer.command("start_video")
    wait_until(lambda: len(distinct_in_order(watching.frames)) >= 10, 20, "frames from bob")
    video_peer.wait("frame", lambda e: e["n"] is not None and e["n"] >= 10, 20)
    video_peer.command("stop_video")
    wait_until(lambda: watching.video.status(call_id).state is VideoState.OFF, 10, "video stopping")
    wait_until(lambda: video_threads() == [], 10, "video threads ending")
    assert probe.wait_call(call_id, CallState.ACTIVE)  # the call itself goes on
    probe.engine.hangup(call_id)
    probe.wait_call(call_id, CallState.ENDED)


def test_hold_stops_video_on_both_sides_and_resume_allows_it_again(
    kamailio: Kamailio, watcher: tuple[EngineProbe, Watcher], video_peer: VideoPeerClient
) -> None:
    probe, watching = watcher
    account = alice(kamailio)
    probe.register(account, "secret-a")
    call_id = probe.engine.make_call(kamailio.aor("bob"), account.key)
    probe.wait_call(call_id, CallState.ACTIVE)
    video_peer.wait("call", lambda e: e["state"] == CallState.ACTIVE.value)
    watching.video.start_video(call_id)
    wait_until(lambda: len(distinct_in_order(watching.frames)) >= 5, 20, "frames from bob")
    since = video_peer.mark()
    probe.engine.hold(call_id)
    wait_until(lambda: watching.video.status(call_id).state is VideoState.OFF, 10, "stop")
    assert not watching.video.can_start(call_id)
    video_peer.wait("video", lambda e: e["state"] == VideoState.OFF.value, 10, since)
    wait_until(lambda: video_threads() == [], 10, "video threads ending")
    probe.engine.resume(call_id)
    wait_until(lambda: watching.video.can_start(call_id), 10, "video possible again")
    watching.frames.clear()
    watching.video.start_video(call_id)
    wait_until(lambda: len(distinct_in_order(watching.frames)) >= 5, 20, "frames again")
    probe.engine.hangup(call_id)
    probe.wait_call(call_id, CallState.ENDED)


def test_video_ends_with_a_problem_when_the_peer_vanishes(
    kamailio: Kamailio, watcher: tuple[EngineProbe, Watcher], video_peer: VideoPeerClient
) -> None:
    probe, watching = watcher
    problems: list[str] = []
    watching.video.problem.connect(lambda call_id, message: problems.append(message))
    account = alice(kamailio)
    probe.register(account, "secret-a")
    call_id = probe.engine.make_call(kamailio.aor("bob"), account.key)
    probe.wait_call(call_id, CallState.ACTIVE)
    watching.video.start_video(call_id)
    wait_until(lambda: len(distinct_in_order(watching.frames)) >= 5, 20, "frames from bob")
    video_peer.kill9()  # no END, no BYE, no DTLS close: the machine is simply gone
    began = time.monotonic()
    wait_until(lambda: watching.video.status(call_id).state is VideoState.OFF, 20, "loss")
    assert time.monotonic() - began < MEDIA_TIMEOUT_S + 5
    assert problems and "nothing from the video peer" in problems[0]
    wait_until(lambda: video_threads() == [], 10, "video threads ending")
    probe.engine.hangup(call_id)  # the engine must not be stopped with this call up
    probe.wait_call(call_id, CallState.ENDED, timeout=40)


def test_baresip_keeps_its_audio_call_and_video_is_unavailable(
    kamailio: Kamailio, watcher: tuple[EngineProbe, Watcher], baresip_factory: Any
) -> None:
    probe, watching = watcher
    bob: Baresip = baresip_factory("bob", tone_hz=BOB_TONE)
    bob.add_account(kamailio.aor("bob"), password="secret-b", registrar=kamailio.uri("udp"))
    bob.start()
    account = alice(kamailio)
    probe.register(account, "secret-a")
    call_id = probe.engine.make_call(kamailio.aor("bob"), account.key)
    probe.wait_call(call_id, CallState.ACTIVE)
    watching.video.start_video(call_id)
    refused = probe.wait_for(CallInfoFailed, lambda e: e.call_id == call_id, timeout=10)
    # A refusal, not the 8 s answer timeout, decides (baresip: 488 Not Acceptable Here).
    assert refused.content_type == CONTENT_TYPE and refused.code in REFUSALS, refused
    wait_until(
        lambda: watching.video.status(call_id).state is VideoState.UNAVAILABLE, 10, "verdict"
    )
    assert not watching.video.can_start(call_id)
    probe.audio.clear()
    pump(2.0)
    assert_tone(probe.audio.heard(), BOB_TONE, rate=16000, min_seconds=1.5)
    ended = [e for e in probe.events if getattr(e, "state", None) is CallState.ENDED]
    assert ended == []
    wait_until(lambda: video_threads() == [], 10, "video threads ending")
    probe.engine.hangup(call_id)
    probe.wait_call(call_id, CallState.ENDED)
