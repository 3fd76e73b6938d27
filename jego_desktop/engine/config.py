"""Settings the engine is started with."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from jego_desktop.domain.nat import NatTraversal

SYSTEM_CA_BUNDLES = (
    "/etc/ssl/certs/ca-certificates.crt",  # Debian, Ubuntu
    "/etc/pki/tls/certs/ca-bundle.crt",  # Fedora
    "/etc/ssl/cert.pem",  # macOS, Alpine
)

DEFAULT_CODEC_ORDER = (
    "G722/16000",
    "PCMA/8000",
    "PCMU/8000",
    "speex/16000",
    "speex/8000",
    "iLBC/8000",
    "GSM/8000",
)


def system_ca_bundle() -> str:
    for candidate in SYSTEM_CA_BUNDLES:
        if Path(candidate).is_file():
            return candidate
    return ""


@dataclass(frozen=True)
class EngineConfig:
    bind_address: str = ""  # "" listens on every interface; tests use "127.0.0.1"
    sip_port: int = 0  # 0: any free port (UDP and TCP share it when possible)
    tls_port: int = 0
    rtp_port: int = 4000  # the first RTP port tried (pjsua's default); each call takes two
    transports: tuple[str, ...] = ("udp", "tcp", "tls")
    user_agent: str = "Jego Desktop"
    tls_verify_server: bool = True
    tls_ca_file: str = field(default_factory=system_ca_bundle)
    codec_order: tuple[str, ...] = DEFAULT_CODEC_ORDER
    log_level: int = 3  # pjsip's: 4 and above include whole SIP messages
    stats_interval_s: float = 3.0
    max_calls: int = 8
    # A call that has received no RTP for this long (and is not on hold) has lost its
    # far end and is ended as "connection lost"; 0 never ends one.
    rtp_timeout_s: float = 25.0
    nat: NatTraversal = field(default_factory=NatTraversal)  # STUN, ICE, TURN, keep-alives
    # Session timers (RFC 4028), used when the peer supports them: the refresher re-sends
    # UPDATE (or re-INVITE) every half interval, and a session nobody refreshed ends. This
    # covers what the RTP timeout cannot: a held call whose far end vanished. The RFC's
    # recommended interval and its floor (pjsip's and Linphone's defaults alike).
    session_expires_s: int = 1800
    session_min_se_s: int = 90
