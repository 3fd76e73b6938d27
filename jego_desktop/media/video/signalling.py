"""The messages two Jego apps exchange inside a call to set up video.

One JSON object per SIP INFO, content type CONTENT_TYPE:
{"jego_video": 1, "kind": "offer"|"answer"|"end", "session": ID, "sdp": TEXT}.
"sdp" is present in offers and answers only. aiortc gathers every ICE candidate
before it returns a description, so one offer and one answer are all it takes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import Enum

CONTENT_TYPE = "application/vnd.jego.video+json"
VERSION = 1
MAX_SDP_CHARS = 16_000


class SignalKind(Enum):
    OFFER = "offer"
    ANSWER = "answer"
    END = "end"


@dataclass(frozen=True)
class VideoSignal:
    kind: SignalKind
    session: str
    sdp: str = ""

    def __post_init__(self) -> None:
        if not self.session or len(self.session) > 64:
            raise ValueError("a video signal needs a session id of 1 to 64 characters")
        needs_sdp = self.kind in (SignalKind.OFFER, SignalKind.ANSWER)
        if needs_sdp and not self.sdp.startswith("v=0"):
            raise ValueError(f"a video {self.kind.value} needs an SDP description")
        if len(self.sdp) > MAX_SDP_CHARS:
            raise ValueError("the SDP description is too long")


def encode_signal(signal: VideoSignal) -> str:
    fields: dict[str, object] = {
        "jego_video": VERSION,
        "kind": signal.kind.value,
        "session": signal.session,
    }
    if signal.sdp:
        fields["sdp"] = signal.sdp
    return json.dumps(fields, separators=(",", ":"))


def decode_signal(text: str) -> VideoSignal:
    """Parse one message; ValueError says what is wrong with a bad one."""
    try:
        fields = json.loads(text)
    except (ValueError, RecursionError):  # "[[[[…" nests past the recursion limit
        raise ValueError("a video signal must be a JSON object") from None
    if not isinstance(fields, dict) or fields.get("jego_video") != VERSION:
        raise ValueError(f"not a version {VERSION} video signal")
    try:
        kind = SignalKind(fields.get("kind"))
    except ValueError:
        raise ValueError(f"unknown video signal kind {fields.get('kind')!r}") from None
    session, sdp = fields.get("session"), fields.get("sdp", "")
    if not isinstance(session, str) or not isinstance(sdp, str):
        raise ValueError("session and sdp must be strings")
    return VideoSignal(kind, session, sdp)
