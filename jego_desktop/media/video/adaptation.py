"""Which picture size to send, from what the link tells us once a second.

aiortc's congestion control only moves the VP8 encoder's bit rate. The encoder then
meets a low rate at any size by coarser quantising: 640x480 at 100 kbit/s is a blur
where 320x240 would be sharp, and key frames and retransmissions of a big picture
overflow a narrow link. So the sender steps down a ladder of sizes (full, half,
quarter of the camera's size, within 640x480) and back up, as WebRTC's senders do.

Down, after 2 seconds in a row of either:
- too little rate for the size: the target is below what the size needs (250 kbit/s
  for full, 100 for half) while the encoder uses most of it (a still picture that
  needs little is left alone);
- congestion: the peer's receiver reports show loss or a long round trip (a queue
  overflowing or filling), no report for 3 s (on a saturated link reports get lost
  too; they normally come every 0.5-1.5 s), or the encoder overshooting its target.
Up, after 10 clear seconds in a row (no loss, short round trip) with room: the target
is well above what the bigger size needs, or a good part of it goes unused. (aiortc's
estimate never climbs past ~1.5 times what arrives, so a picture that needs little
keeps the target low: "well above" alone could never be reached from a small size. A
target a third above what is sent means the link is not what limits the picture.)
Every step up that is answered by a step down within 15 s doubles the wait before the
next one (up to 2 minutes), so a link near a step's edge does not make the picture flap.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_SIZE = (640, 480)
LEVELS = 3  # full, half, quarter size
NEEDS_BPS = (250_000, 100_000, 0)  # below this target a level is starved
UP_TO_NEEDS_BPS = (0, 400_000, 170_000)  # a target this high allows the next size up
USED = 0.8  # the encoder sends at least this share of its target: the rate is what limits it
UNUSED = 0.75  # it sends less than this share: the link is not what limits the picture
CONGESTED_LOSS = 0.10
CONGESTED_RTT_S = 0.30
CLEAR_LOSS = 0.02
CLEAR_RTT_S = 0.15
OVERSHOOT = 1.5
STALE_REPORT_S = 3.0
DOWN_AFTER = 2
UP_AFTER = 10
FAILED_UP_WINDOW = 15
UP_AFTER_LONGEST = 120


@dataclass(frozen=True)
class LinkSample:
    """One second of what the peer reports about the video we send."""

    loss: float | None  # fraction 0..1 of our packets lost, None before the first report
    rtt_s: float | None
    report_age_s: float  # since the last report arrived
    target_bps: float | None = None  # what congestion control asks the encoder for
    sent_bps: float = 0.0  # what went out, retransmissions included


class ResolutionPolicy:
    """Feed one sample a second with observe(); `level` is 0 (full size) to LEVELS-1."""

    def __init__(self) -> None:
        self.level = 0
        self._down_run = 0
        self._up_run = 0
        self._up_after = UP_AFTER
        self._since_up: int | None = None  # samples since the last step up

    def observe(self, sample: LinkSample) -> int:
        if self._since_up is not None:
            self._since_up += 1
        if _congested(sample) or _starved(sample, self.level):
            self._down_run += 1
            self._up_run = 0
        elif _clear(sample) and _roomy(sample, self.level):
            self._up_run += 1
            self._down_run = 0
        else:
            self._down_run = self._up_run = 0
        if self._down_run >= DOWN_AFTER and self.level < LEVELS - 1:
            self._step(+1)
            if self._since_up is not None and self._since_up <= FAILED_UP_WINDOW:
                self._up_after = min(self._up_after * 2, UP_AFTER_LONGEST)
            self._since_up = None
        elif self._up_run >= self._up_after and self.level > 0:
            self._step(-1)
            self._since_up = 0
        return self.level

    def _step(self, direction: int) -> None:
        self.level += direction
        self._down_run = self._up_run = 0


def _congested(sample: LinkSample) -> bool:
    if sample.target_bps and sample.sent_bps > OVERSHOOT * sample.target_bps:
        return True
    if sample.loss is None:
        return False  # no report yet: the call has just started
    if sample.report_age_s > STALE_REPORT_S:
        return True
    return sample.loss >= CONGESTED_LOSS or (sample.rtt_s or 0.0) >= CONGESTED_RTT_S


def _starved(sample: LinkSample, level: int) -> bool:
    target = sample.target_bps
    if not target:
        return False
    return target < NEEDS_BPS[level] and sample.sent_bps >= USED * target


def _clear(sample: LinkSample) -> bool:
    return (
        sample.report_age_s <= STALE_REPORT_S
        and sample.loss is not None
        and sample.loss < CLEAR_LOSS
        and (sample.rtt_s or 0.0) < CLEAR_RTT_S
    )


def _roomy(sample: LinkSample, level: int) -> bool:
    target = sample.target_bps
    if not target:
        return True  # nothing known about the rate: the link's health decides
    return target >= UP_TO_NEEDS_BPS[level] or sample.sent_bps < UNUSED * target


def sent_size(source_width: int, source_height: int, level: int) -> tuple[int, int]:
    """The size to send a source picture at: within 640x480, aspect kept, halved per level.

    Both sides even (the encoder works on 2x2 colour blocks).
    """
    scale = min(1.0, MAX_SIZE[0] / source_width, MAX_SIZE[1] / source_height) / (1 << level)
    width = max(2, int(source_width * scale) // 2 * 2)
    height = max(2, int(source_height * scale) // 2 * 2)
    return width, height
