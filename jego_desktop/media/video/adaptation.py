"""Which picture size to send, from what the link tells us once a second.

aiortc's congestion control only moves the VP8 encoder's bit rate, and never below
250 kbit/s. On a link that carries less, 640x480 key frames and retransmissions then
fill the queue and the picture freezes. Sending fewer pixels is what is left: the
sender steps down a ladder of sizes (full, half, quarter of the camera's size, within
640x480) when the peer's reports show congestion, and back up when they have been
clear for a while.

Evidence, per one-second sample: the encoder overshooting the bit rate congestion
control asks for (the picture is too big for it: the first sign, before any queue
fills), and from the peer's RTCP receiver reports, loss (a queue overflowing) and
round-trip time (a queue filling). A report that did not change
for 3 s counts as congested too: on a saturated link the reports themselves get
lost (they normally come every 0.5-1.5 s). Down is quick (2 congested seconds in a row), up is slow
(10 clear seconds), and every step up that congestion answers within 15 s doubles
the wait before the next one (up to 2 minutes), so a link near a step's edge does
not make the picture flap.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_SIZE = (640, 480)
LEVELS = 3  # full, half, quarter size
CONGESTED_LOSS = 0.10
CONGESTED_RTT_S = 0.30
CLEAR_LOSS = 0.02
CLEAR_RTT_S = 0.15
DOWN_AFTER = 2
UP_AFTER = 10
FAILED_UP_WINDOW = 15
UP_AFTER_LONGEST = 120
STALE_REPORT_S = 3.0
OVERSHOOT = 1.5  # sending this much more than the target: the size is too big for it


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
        self._congested_run = 0
        self._clear_run = 0
        self._up_after = UP_AFTER
        self._since_up: int | None = None  # samples since the last step up

    def observe(self, sample: LinkSample) -> int:
        if self._since_up is not None:
            self._since_up += 1
        if _congested(sample):
            self._congested_run += 1
            self._clear_run = 0
        elif _clear(sample):
            self._clear_run += 1
            self._congested_run = 0
        else:
            self._congested_run = self._clear_run = 0
        if self._congested_run >= DOWN_AFTER and self.level < LEVELS - 1:
            self._step(+1)
            if self._since_up is not None and self._since_up <= FAILED_UP_WINDOW:
                self._up_after = min(self._up_after * 2, UP_AFTER_LONGEST)
            self._since_up = None
        elif self._clear_run >= self._up_after and self.level > 0:
            self._step(-1)
            self._since_up = 0
        return self.level

    def _step(self, direction: int) -> None:
        self.level += direction
        self._congested_run = self._clear_run = 0


def _congested(sample: LinkSample) -> bool:
    if sample.target_bps and sample.sent_bps > OVERSHOOT * sample.target_bps:
        return True
    if sample.loss is None:
        return False  # no report yet: the call has just started
    if sample.report_age_s > STALE_REPORT_S:
        return True
    return sample.loss >= CONGESTED_LOSS or (sample.rtt_s or 0.0) >= CONGESTED_RTT_S


def _clear(sample: LinkSample) -> bool:
    return (
        sample.report_age_s <= STALE_REPORT_S
        and sample.loss is not None
        and sample.loss < CLEAR_LOSS
        and (sample.rtt_s or 0.0) < CLEAR_RTT_S
    )


def sent_size(source_width: int, source_height: int, level: int) -> tuple[int, int]:
    """The size to send a source picture at: within 640x480, aspect kept, halved per level.

    Both sides even (the encoder works on 2x2 colour blocks).
    """
    scale = min(1.0, MAX_SIZE[0] / source_width, MAX_SIZE[1] / source_height) / (1 << level)
    width = max(2, int(source_width * scale) // 2 * 2)
    height = max(2, int(source_height * scale) // 2 * 2)
    return width, height
