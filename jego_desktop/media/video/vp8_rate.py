"""Two things aiortc does not offer through its API about the VP8 encoder's bit rate.

1. aiortc clamps every bit rate the receiver estimates (REMB) to 250 kbit/s-1.5 Mbit/s
   before handing it to the encoder. On a link that carries less, the encoder keeps
   sending 250 kbit/s plus retransmissions, the queue never drains and the picture
   freezes (measured through tests/peers/shaped_link.py at 150 kbit/s: 0 fps for 12 s;
   with a 50 kbit/s floor: ~30 fps throughout). The clamp reads a module constant each
   time, so lowering that constant is enough.
2. The target the encoder was given is what congestion control wants; comparing it
   with what actually goes out tells whether the picture is too big for the link. The
   sender keeps its encoder in a private attribute: read it defensively (None when an
   aiortc version moves it; tests/unit/media/test_video_adaptation.py then fails).
"""

from __future__ import annotations

import aiortc.codecs.vpx
from aiortc import RTCRtpSender

LOWEST_BIT_RATE = 50_000


def lower_bit_rate_floor() -> None:
    aiortc.codecs.vpx.MIN_BITRATE = min(aiortc.codecs.vpx.MIN_BITRATE, LOWEST_BIT_RATE)


def encoder_target_bps(sender: RTCRtpSender) -> int | None:
    """The bit rate the sender's encoder aims at; None before its first picture."""
    encoder = getattr(sender, "_RTCRtpSender__encoder", None)
    target = getattr(encoder, "target_bitrate", None)
    return target if isinstance(target, int) else None
