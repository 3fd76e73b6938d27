"""One video session (an aiortc peer connection) beside one call.

Any thread may call the public methods; the work runs on the VideoLoop's thread, and
the listener hears back on that thread (so it must hand things to its own thread).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import datetime
import logging
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any, Protocol

import av
import numpy as np
from aiortc import (
    RTCPeerConnection,
    RTCRtpSender,
    RTCSessionDescription,
)
from aiortc.mediastreams import MediaStreamError, MediaStreamTrack
from aiortc.stats import (
    RTCOutboundRtpStreamStats,
    RTCRemoteInboundRtpStreamStats,
    RTCTransportStats,
)

from jego_desktop.domain.nat import NatTraversal
from jego_desktop.domain.reasons import reason
from jego_desktop.media.video.adaptation import LinkSample, ResolutionPolicy
from jego_desktop.media.video.host_addresses import bound_to
from jego_desktop.media.video.ice_servers import rtc_configuration
from jego_desktop.media.video.jitter import use_patient_jitter_buffer
from jego_desktop.media.video.loop import VideoLoop
from jego_desktop.media.video.tracks import OutgoingVideo
from jego_desktop.media.video.vp8_rate import encoder_target_bps, lower_bit_rate_floor

log = logging.getLogger(__name__)

STATS_INTERVAL_S = 1.0
# aiortc notices a vanished peer late (aioice's consent checks give up after ~30 s, and the
# connection then turns "closed", not "failed"), and a peer without a camera still sends a
# picture a second: this long without any picture or packet once connected means the
# peer or the network is gone (a congested link may hold pictures back for seconds).
MEDIA_TIMEOUT_S = 10.0
CODECS = ("video/VP8", "video/rtx")  # one codec keeps the offer small enough for UDP SIP

SourceFactory = Callable[[], "MediaStreamTrack | None"]
Step = Callable[..., Coroutine[Any, Any, None]]


@dataclass(frozen=True)
class VideoStats:
    sent_fps: float
    received_fps: float
    width: int  # of the last received picture, 0 before the first
    height: int
    received_kbps: float
    sent_kbps: float
    rtt_ms: float | None
    loss_percent: float | None  # of what we send, as the peer reports it
    sent_width: int = 0  # of the last picture sent (lowered on a congested link)
    sent_height: int = 0


class SessionListener(Protocol):
    """Called on the video loop's thread."""

    def on_description(self, session: VideoSession, kind: str, sdp: str) -> None: ...
    def on_connection(self, session: VideoSession, state: str) -> None: ...
    def on_remote_frame(self, session: VideoSession, image: np.ndarray) -> None: ...
    def on_local_frame(self, session: VideoSession, image: np.ndarray) -> None: ...
    def on_stats(self, session: VideoSession, stats: VideoStats) -> None: ...
    def on_failure(self, session: VideoSession, message: str) -> None: ...


class VideoSession:
    def __init__(
        self,
        loop: VideoLoop,
        session_id: str,
        listener: SessionListener,
        width: int = 640,
        height: int = 480,
        bind_address: str = "",
        nat: NatTraversal | None = None,
    ) -> None:
        lower_bit_rate_floor()
        use_patient_jitter_buffer()
        self.session_id = session_id
        self.bind_address = bind_address  # ICE host candidates there only; "" = every interface
        self.nat = nat or NatTraversal()  # the call's STUN and TURN servers
        self._loop = loop
        self._listener = listener
        self._size = (width, height)
        # Loop thread only from here on.
        self._pc: RTCPeerConnection | None = None
        self._outgoing: OutgoingVideo | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._received = 0
        self._received_size = (0, 0)
        self._last_heard = 0.0
        self._watching = False
        self._closed = False
        self._busy = asyncio.Lock()  # one step at a time: close waits for an offer under way

    # ----- any thread -----------------------------------------------------------------

    def offer(self, source: SourceFactory) -> None:
        """Make an offer; it arrives at listener.on_description("offer", sdp)."""
        self._run(self._offer, source)

    def answer(self, offer_sdp: str, source: SourceFactory) -> None:
        """Take the peer's offer; the answer arrives at listener.on_description."""
        self._run(self._answer, offer_sdp, source)

    def accept_answer(self, answer_sdp: str) -> None:
        self._run(self._accept_answer, answer_sdp)

    def set_source(self, source: SourceFactory) -> None:
        """Send from another source (None from the factory: a dark placeholder)."""
        self._run(self._set_source, source)

    def set_preview(self, on: bool) -> None:
        self._run(self._set_preview, on)

    def close(self) -> concurrent.futures.Future[None]:
        return self._loop.submit(self._close_when_idle())

    def _run(self, step: Step, *args: Any) -> None:
        try:
            self._loop.submit(self._guard(step, *args))
        except RuntimeError:  # the loop has stopped: so has this session
            log.debug("video session %s is gone; %s dropped", self.session_id, step.__name__)

    # ----- loop thread ----------------------------------------------------------------

    async def _guard(self, step: Step, *args: Any) -> None:
        try:
            async with self._busy:
                await step(*args)
        except Exception as error:
            log.warning("video session %s failed: %s", self.session_id, error)
            if not self._closed:
                self._listener.on_failure(self, str(error) or type(error).__name__)

    def _connection(self, source: SourceFactory) -> tuple[RTCPeerConnection, OutgoingVideo]:
        if self._closed or self._pc is not None:
            raise RuntimeError("this video session is already negotiated or closed")
        pc = RTCPeerConnection(rtc_configuration(self.nat))
        self._pc = pc
        outgoing = self._outgoing = OutgoingVideo(*self._size)
        outgoing.set_source(source())
        pc.on("track", self._on_track)
        pc.on("connectionstatechange", self._on_connection_state)
        return pc, outgoing

    def _prefer_codecs(self, pc: RTCPeerConnection) -> None:
        capabilities = RTCRtpSender.getCapabilities("video").codecs
        wanted = [c for c in capabilities if c.mimeType in CODECS]
        for transceiver in pc.getTransceivers():
            if transceiver.kind == "video":
                transceiver.setCodecPreferences(wanted)

    async def _offer(self, source: SourceFactory) -> None:
        pc, outgoing = self._connection(source)
        pc.addTransceiver(outgoing, direction="sendrecv")
        self._prefer_codecs(pc)
        with bound_to(self.bind_address):  # aiortc gathers the ICE candidates here
            await pc.setLocalDescription(await pc.createOffer())
        self._describe(pc)

    async def _answer(self, offer_sdp: str, source: SourceFactory) -> None:
        pc, outgoing = self._connection(source)
        await pc.setRemoteDescription(RTCSessionDescription(offer_sdp, "offer"))
        pc.addTrack(outgoing)
        self._prefer_codecs(pc)
        with bound_to(self.bind_address):
            await pc.setLocalDescription(await pc.createAnswer())
        self._describe(pc)

    def _describe(self, pc: RTCPeerConnection) -> None:
        description = pc.localDescription
        if not self._closed:
            self._listener.on_description(self, description.type, compact_sdp(description.sdp))
            self._spawn(self._report_stats_quietly())

    async def _accept_answer(self, answer_sdp: str) -> None:
        if self._pc is None:
            raise RuntimeError("an answer came before our offer")
        await self._pc.setRemoteDescription(RTCSessionDescription(answer_sdp, "answer"))

    async def _set_source(self, source: SourceFactory) -> None:
        if self._outgoing is not None:
            self._outgoing.set_source(source())

    async def _set_preview(self, on: bool) -> None:
        if self._outgoing is not None:
            self._outgoing.on_preview = self._preview if on else None

    def _preview(self, image: np.ndarray) -> None:
        self._listener.on_local_frame(self, image)

    def _spawn(self, coroutine: Coroutine[Any, Any, None]) -> None:
        task = asyncio.get_running_loop().create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    def _on_track(self, track: MediaStreamTrack) -> None:
        if track.kind == "video":
            self._spawn(self._receive(track))

    async def _receive(self, track: MediaStreamTrack) -> None:
        while not self._closed:
            try:
                frame = await track.recv()
            except MediaStreamError:
                return
            if not isinstance(frame, av.VideoFrame):
                continue
            self._received += 1
            if self._received == 1:
                log.info(
                    "video %s: first picture received, %dx%d",
                    self.session_id,
                    frame.width,
                    frame.height,
                )
            self._last_heard = time.monotonic()
            self._received_size = (frame.width, frame.height)
            self._listener.on_remote_frame(self, frame.to_ndarray(format="rgb24"))

    async def _on_connection_state(self) -> None:
        pc = self._pc
        if pc is None or self._closed:
            return
        state = pc.connectionState
        self._listener.on_connection(self, state)
        if state == "failed":
            self._listener.on_failure(self, reason("the video connection failed"))
        elif state == "connected" and not self._watching:
            self._watching = True
            self._last_heard = time.monotonic()
            self._spawn(self._watch_media())

    async def _watch_media(self) -> None:
        while not self._closed:
            await asyncio.sleep(min(1.0, MEDIA_TIMEOUT_S / 4))
            silent = time.monotonic() - self._last_heard
            if silent > MEDIA_TIMEOUT_S and not self._closed:
                self._listener.on_failure(
                    self, reason("nothing from the video peer for %1 s", format(silent, ".0f"))
                )
                return

    async def _report_stats_quietly(self) -> None:
        try:
            await self._report_stats()
        except Exception as error:  # statistics are not worth ending the video for
            log.warning("video statistics of %s failed: %s", self.session_id, error)

    async def _report_stats(self) -> None:
        last = time.monotonic()
        received, sent = self._received, 0
        bytes_in = bytes_out = media_bytes_out = 0
        policy = ResolutionPolicy()
        while not self._closed and self._pc is not None:
            await asyncio.sleep(STATS_INTERVAL_S)
            pc, outgoing = self._pc, self._outgoing
            if pc is None or outgoing is None or self._closed:
                return
            report = await pc.getStats()
            now = time.monotonic()
            span = max(now - last, 1e-3)
            new_in = sum(
                s.bytesReceived for s in report.values() if isinstance(s, RTCTransportStats)
            )
            new_out = sum(s.bytesSent for s in report.values() if isinstance(s, RTCTransportStats))
            remote = next(
                (s for s in report.values() if isinstance(s, RTCRemoteInboundRtpStreamStats)),
                None,
            )
            media_out = sum(
                s.bytesSent for s in report.values() if isinstance(s, RTCOutboundRtpStreamStats)
            )
            if new_in > bytes_in:  # the peer is there, even while a congested link
                self._last_heard = now  # holds its pictures back
            sample = link_sample(
                remote, _sender_target(pc), (media_out - media_bytes_out) * 8 / span
            )
            self._adapt(policy, outgoing, sample)
            stats = VideoStats(
                sent_fps=(outgoing.frames_sent - sent) / span,
                received_fps=(self._received - received) / span,
                width=self._received_size[0],
                height=self._received_size[1],
                received_kbps=(new_in - bytes_in) * 8 / 1000 / span,
                sent_kbps=(new_out - bytes_out) * 8 / 1000 / span,
                rtt_ms=_scaled(remote.roundTripTime, 1000) if remote else None,
                loss_percent=_scaled(remote.fractionLost, 100 / 256) if remote else None,
                sent_width=outgoing.sent_size[0],
                sent_height=outgoing.sent_size[1],
            )
            last, received, sent = now, self._received, outgoing.frames_sent
            bytes_in, bytes_out, media_bytes_out = new_in, new_out, media_out
            self._listener.on_stats(self, stats)

    def _adapt(self, policy: ResolutionPolicy, outgoing: OutgoingVideo, sample: LinkSample) -> None:
        level = policy.observe(sample)
        if level != outgoing.level:
            log.info("video %s: sending at level %d after %s", self.session_id, level, sample)
            outgoing.level = level

    async def _close_when_idle(self) -> None:
        async with self._busy:
            await self._close()

    async def _close(self) -> None:
        self._closed = True
        pc, self._pc = self._pc, None
        outgoing, self._outgoing = self._outgoing, None
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        if pc is not None:
            await pc.close()
        if outgoing is not None:
            outgoing.stop()


def _scaled(value: float | None, factor: float) -> float | None:
    return None if value is None else value * factor


def _sender_target(pc: RTCPeerConnection) -> int | None:
    for transceiver in pc.getTransceivers():
        if transceiver.kind == "video":
            return encoder_target_bps(transceiver.sender)
    return None


def link_sample(
    remote: RTCRemoteInboundRtpStreamStats | None, target_bps: int | None, sent_bps: float
) -> LinkSample:
    """What the last second says about the video we send.

    aiortc keeps the peer's report's fraction lost as RTCP carries it, in 256ths.
    """
    if remote is None:
        return LinkSample(None, None, 0.0, target_bps, sent_bps)
    arrived = remote.timestamp
    if arrived.tzinfo is None:
        arrived = arrived.replace(tzinfo=datetime.timezone.utc)
    age = (datetime.datetime.now(datetime.timezone.utc) - arrived).total_seconds()
    return LinkSample(
        loss=remote.fractionLost / 256,
        rtt_s=remote.roundTripTime,
        report_age_s=max(age, 0.0),
        target_bps=target_bps,
        sent_bps=sent_bps,
    )


def compact_sdp(sdp: str) -> str:
    """Drop the SHA-384 and SHA-512 fingerprints aiortc adds next to the SHA-256 one.

    Either side accepts a certificate matching any listed fingerprint. The INFO that
    carries the description shrinks by a fifth (to ~1.7 kB with its SIP headers), which
    is kinder to SIP over UDP, where it may be fragmented.
    """
    lines = sdp.split("\r\n")
    kept = [
        line
        for line in lines
        if not line.startswith(("a=fingerprint:sha-384 ", "a=fingerprint:sha-512 "))
    ]
    return "\r\n".join(kept)
