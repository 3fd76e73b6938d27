"""Creating and configuring the pjsua2 Endpoint (engine thread only)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import pjsua2 as pj

from jego_desktop.domain.audio import FRAME_MS, SAMPLE_RATE
from jego_desktop.domain.engine_events import CodecInfo
from jego_desktop.engine.guard import guarded
from jego_desktop.engine.library_versions import log_engine_versions
from jego_desktop.engine.pjlog import PjLogWriter, route_startup_lines
from jego_desktop.engine.refcount_workaround import protect_singletons

if TYPE_CHECKING:
    from jego_desktop.engine.config import EngineConfig

log = logging.getLogger(__name__)

_TRANSPORT_TYPES = {
    "udp": pj.PJSIP_TRANSPORT_UDP,
    "tcp": pj.PJSIP_TRANSPORT_TCP,
    "tls": pj.PJSIP_TRANSPORT_TLS,
}


class _Library(pj.Endpoint):  # type: ignore[misc]
    """pjsua2's Endpoint with the one callback we need: a connection to a server dropped."""

    def __init__(self, on_disconnect: Callable[[str], None]) -> None:
        super().__init__()
        self._on_disconnect = on_disconnect

    @guarded
    def onTransportState(self, prm: pj.OnTransportStateParam) -> None:  # noqa: N802
        if prm.state == pj.PJSIP_TP_STATE_DISCONNECTED:
            self._on_disconnect(str(prm.type).lower())


class Endpoint:
    """The pjsua2 library, started and stopped on the engine thread.

    `on_disconnect(transport_type)` runs (on the engine thread) when a TCP or TLS
    connection closes, e.g. because the server restarted.
    """

    def __init__(self, config: EngineConfig, on_disconnect: Callable[[str], None]) -> None:
        self.config = config
        self.lib = _Library(on_disconnect)
        self._log_writer = PjLogWriter()
        self.transport_ids: dict[str, int] = {}
        self.ports: dict[str, int] = {}

    def start(self) -> None:
        protect_singletons()
        route_startup_lines()
        self.lib.libCreate()
        log_engine_versions(self.lib)
        self.lib.libInit(self._ep_config())
        self.sound_clock(False)
        for name in self.config.transports:
            self._create_transport(name)
        self.lib.libStart()
        self._set_codec_priorities()

    def sound_clock(self, running: bool) -> None:
        """Run the conference bridge's clock (the null sound device) only during calls.

        Sound goes through our own port, so pjsua never needs a real device; but its
        null device, once opened, ticks every 20 ms (about 1 % of a core) until a call
        ends, even with no call at all.
        """
        manager = self.lib.audDevManager()
        if running:
            manager.setNullDev()
        else:
            manager.setNoDev()

    def _ep_config(self) -> pj.EpConfig:
        ep = pj.EpConfig()
        ep.uaConfig.threadCnt = 0  # every SIP callback on the engine thread
        ep.uaConfig.mainThreadOnly = True  # RFC 2833 digits too
        ep.uaConfig.userAgent = self.config.user_agent
        ep.uaConfig.maxCalls = self.config.max_calls
        stun = self.config.nat.stun_host_port()
        if stun:
            ep.uaConfig.stunServer.append(stun)
            ep.uaConfig.stunIgnoreFailure = True  # an unreachable STUN server must not stop us
        # Message-waiting only inside our own subscription to our own mailbox: anyone
        # could send an unsolicited NOTIFY naming a "voicemail" number to call.
        ep.uaConfig.mwiUnsolicitedEnabled = False
        ep.medConfig.clockRate = SAMPLE_RATE
        ep.medConfig.sndClockRate = SAMPLE_RATE
        ep.medConfig.audioFramePtime = FRAME_MS
        ep.medConfig.channelCount = 1
        ep.medConfig.ecTailLen = 0  # echo is handled in the sound bridge
        # RTP keeps pjsua's own media thread and poller. Sharing the SIP sockets' poller
        # (hasIoqueue = False) saves that thread's ~0.4 % of a core when idle, but rapid
        # call churn then exhausts the poller's 64 slots and pjlib aborts the process.
        ep.logConfig.writer = self._log_writer
        ep.logConfig.level = self.config.log_level
        ep.logConfig.consoleLevel = self.config.log_level
        ep.logConfig.decor = pj.PJ_LOG_HAS_SENDER | pj.PJ_LOG_HAS_NEWLINE
        return ep

    def _create_transport(self, name: str) -> None:
        cfg = pj.TransportConfig()
        cfg.boundAddress = self.config.bind_address  # note: boundAddr would be ignored
        cfg.port = self.config.tls_port if name == "tls" else self.config.sip_port
        if name == "tls":
            tls = cfg.tlsConfig
            tls.method = pj.PJSIP_TLSV1_2_METHOD
            tls.verifyServer = self.config.tls_verify_server
            tls.CaListFile = self.config.tls_ca_file
        try:
            transport_id = self.lib.transportCreate(_TRANSPORT_TYPES[name], cfg)
        except pj.Error as error:
            if cfg.port == 0:
                raise
            log.warning("%s port %d busy (%s); using any free port", name, cfg.port, error.info())
            cfg.port = 0
            transport_id = self.lib.transportCreate(_TRANSPORT_TYPES[name], cfg)
        self.transport_ids[name] = transport_id
        info = self.lib.transportGetInfo(transport_id)
        self.ports[name] = int(info.localName.rsplit(":", 1)[1])
        log.info("SIP %s transport listening on %s", name.upper(), info.localName)

    def _set_codec_priorities(self) -> None:
        self.set_codec_priorities(list(self.config.codec_order), strict=False)

    def set_codec_priorities(self, order: list[str], strict: bool = True) -> None:
        """Offer the codecs in `order` in that order and disable every other one.

        An entry is a codec id ("G722/16000/1") or its start ("G722/16000", "PCMA").
        With `strict`, an entry matching no codec is an error (ValueError).
        """
        ids = [str(codec.codecId) for codec in self.lib.codecEnum2()]
        priorities = dict.fromkeys(ids, 0)
        for rank, entry in enumerate(order):
            matches = [codec_id for codec_id in ids if _codec_matches(codec_id, entry)]
            if not matches and strict:
                raise ValueError(f"unknown codec {entry!r}")
            for codec_id in matches:
                if priorities[codec_id] == 0:
                    priorities[codec_id] = 250 - rank
        if strict and not any(priorities.values()):
            raise ValueError("at least one codec must stay enabled")
        for codec_id, priority in priorities.items():
            self.lib.codecSetPriority(codec_id, priority)

    def codec_priorities(self) -> tuple[CodecInfo, ...]:
        """Every codec and its priority, most preferred first."""
        codecs = [
            CodecInfo(str(codec.codecId), int(codec.priority)) for codec in self.lib.codecEnum2()
        ]
        return tuple(sorted(codecs, key=lambda c: (-c.priority, c.codec_id)))

    def destroy(self) -> None:
        """libDestroy, then free the Endpoint object itself: pjsua2 allows one at a time."""
        try:
            self.lib.libDestroy()
        finally:
            del self.lib
            self._log_writer = None  # type: ignore[assignment]


def _codec_matches(codec_id: str, entry: str) -> bool:
    wanted = entry.strip().lower().rstrip("/")
    name = codec_id.lower()
    return bool(wanted) and (name == wanted or name.startswith(wanted + "/"))
