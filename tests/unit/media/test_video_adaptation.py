"""The sender's picture size policy, the sizes it sends, and aiortc's bit-rate floor."""

from __future__ import annotations

import asyncio
import fractions

import av
import numpy as np
import pytest
from aiortc.codecs.vpx import Vp8Encoder

from jego_desktop.media.video.adaptation import (
    DOWN_AFTER,
    LEVELS,
    UP_AFTER,
    LinkSample,
    ResolutionPolicy,
    sent_size,
)
from jego_desktop.media.video.pattern import pattern_frame, read_pattern
from jego_desktop.media.video.tracks import OutgoingVideo, PatternTrack
from jego_desktop.media.video.vp8_rate import LOWEST_BIT_RATE, lower_bit_rate_floor

CLEAR = LinkSample(loss=0.0, rtt_s=0.03, report_age_s=0.5)
LOSSY = LinkSample(loss=0.2, rtt_s=0.05, report_age_s=0.5)
QUEUED = LinkSample(loss=0.0, rtt_s=0.6, report_age_s=0.5)
SILENT = LinkSample(loss=0.0, rtt_s=0.03, report_age_s=4.0)
NO_REPORT_YET = LinkSample(loss=None, rtt_s=None, report_age_s=0.0)
MILD = LinkSample(loss=0.05, rtt_s=0.2, report_age_s=0.5)  # neither clear nor congested


def feed(policy: ResolutionPolicy, sample: LinkSample, seconds: int) -> list[int]:
    return [policy.observe(sample) for _ in range(seconds)]


@pytest.mark.parametrize("congestion", [LOSSY, QUEUED, SILENT])
def test_steps_down_after_two_congested_seconds_and_stops_at_the_smallest(
    congestion: LinkSample,
) -> None:
    policy = ResolutionPolicy()
    assert feed(policy, congestion, DOWN_AFTER * LEVELS + 2) == [0, 1, 1, 2, 2, 2, 2, 2]


def test_a_call_without_reports_yet_stays_at_full_size() -> None:
    policy = ResolutionPolicy()
    assert feed(policy, NO_REPORT_YET, 30) == [0] * 30


def test_one_bad_second_among_clear_ones_changes_nothing() -> None:
    policy = ResolutionPolicy()
    for _ in range(10):
        feed(policy, CLEAR, 3)
        feed(policy, LOSSY, 1)
    assert policy.level == 0


def test_steps_back_up_one_level_per_ten_clear_seconds() -> None:
    policy = ResolutionPolicy()
    feed(policy, LOSSY, 4)
    assert policy.level == 2
    levels = feed(policy, CLEAR, 2 * UP_AFTER)
    assert levels[UP_AFTER - 2] == 2 and levels[UP_AFTER - 1] == 1
    assert levels[-2] == 1 and levels[-1] == 0


def test_mild_seconds_neither_step_down_nor_count_towards_going_up() -> None:
    policy = ResolutionPolicy()
    feed(policy, LOSSY, 2)
    for _ in range(20):
        feed(policy, CLEAR, UP_AFTER - 1)
        feed(policy, MILD, 1)
    assert policy.level == 1


def test_a_step_up_that_congestion_answers_doubles_the_wait_for_the_next() -> None:
    policy = ResolutionPolicy()
    feed(policy, LOSSY, 2)  # level 1
    feed(policy, CLEAR, UP_AFTER)  # up to 0
    assert policy.level == 0
    feed(policy, LOSSY, 2)  # the link could not carry it: down again
    assert policy.level == 1
    feed(policy, CLEAR, 2 * UP_AFTER - 1)
    assert policy.level == 1
    feed(policy, CLEAR, 1)
    assert policy.level == 0


def test_a_step_up_that_holds_keeps_the_short_wait() -> None:
    policy = ResolutionPolicy()
    feed(policy, LOSSY, 2)
    feed(policy, CLEAR, UP_AFTER)
    feed(policy, CLEAR, 30)  # held for long
    feed(policy, LOSSY, 2)
    assert policy.level == 1
    feed(policy, CLEAR, UP_AFTER)
    assert policy.level == 0


@pytest.mark.parametrize(
    ("source", "level", "expected"),
    [
        ((640, 480), 0, (640, 480)),
        ((640, 480), 1, (320, 240)),
        ((640, 480), 2, (160, 120)),
        ((1280, 720), 0, (640, 360)),
        ((1280, 720), 1, (320, 180)),
        ((1920, 1080), 2, (160, 90)),
        ((320, 240), 0, (320, 240)),  # never scaled up
        ((321, 241), 1, (160, 120)),  # even sides
    ],
)
def test_sent_size_fits_640x480_keeps_aspect_and_halves_per_level(
    source: tuple[int, int], level: int, expected: tuple[int, int]
) -> None:
    assert sent_size(*source, level) == expected


def test_outgoing_video_sends_at_its_level_and_the_pattern_still_reads() -> None:
    asyncio.run(_send_at_each_level())


async def _send_at_each_level() -> None:
    outgoing = OutgoingVideo()
    outgoing.set_source(PatternTrack(640, 480, fps=200))
    previews: list[np.ndarray] = []
    outgoing.on_preview = previews.append
    try:
        sizes = []
        for level in range(LEVELS):
            outgoing.level = level
            frame = await outgoing.recv()
            sizes.append((frame.width, frame.height))
            assert outgoing.sent_size == sizes[-1]
            assert read_pattern(frame.to_ndarray(format="rgb24")) is not None
        assert sizes == [(640, 480), (320, 240), (160, 120)]
        assert previews and previews[0].shape == (480, 640, 3)  # the preview keeps full size
    finally:
        outgoing.stop()


def test_the_pattern_reads_after_vp8_at_the_smallest_size_and_lowest_rate() -> None:
    encoder = av.CodecContext.create("libvpx", "w")
    encoder.width, encoder.height, encoder.pix_fmt = 160, 120, "yuv420p"
    encoder.bit_rate = LOWEST_BIT_RATE
    encoder.time_base = fractions.Fraction(1, 30)
    encoder.options = {"deadline": "realtime", "lag-in-frames": "0", "cpu-used": "-6"}
    decoder = av.CodecContext.create("libvpx", "r")
    numbers: list[int | None] = []
    for number in range(60):
        frame = av.VideoFrame.from_ndarray(pattern_frame(number, 160, 120), format="rgb24")
        frame = frame.reformat(format="yuv420p")
        frame.pts = number
        for packet in encoder.encode(frame):
            for decoded in decoder.decode(packet):
                numbers.append(read_pattern(decoded.to_ndarray(format="rgb24")))
    readable = [n for n in numbers if n is not None]
    assert len(readable) >= 50, numbers
    assert readable == sorted(readable)


def test_aiortc_lets_the_encoder_go_down_to_the_lowered_floor() -> None:
    lower_bit_rate_floor()
    encoder = Vp8Encoder()
    encoder.target_bitrate = 10_000  # what a receiver on a starved link may estimate
    assert encoder.target_bitrate == LOWEST_BIT_RATE
    encoder.target_bitrate = 120_000
    assert encoder.target_bitrate == 120_000


def rate(target_kbps: float, sent_kbps: float) -> LinkSample:
    """A clear link where congestion control asks for `target_kbps`."""
    return LinkSample(0.0, 0.03, 0.5, target_kbps * 1000, sent_kbps * 1000)


def test_a_target_too_low_for_the_size_steps_down_when_the_encoder_uses_it() -> None:
    policy = ResolutionPolicy()
    assert feed(policy, rate(150, 140), DOWN_AFTER) == [0, 1]
    assert feed(policy, rate(150, 140), 30)[-1] == 1  # enough for half size
    assert feed(policy, rate(80, 78), DOWN_AFTER)[-1] == 2


def test_a_still_picture_that_needs_little_keeps_its_size() -> None:
    policy = ResolutionPolicy()
    assert feed(policy, rate(150, 40), 30) == [0] * 30


def test_up_needs_a_target_well_above_what_the_bigger_size_needs() -> None:
    policy = ResolutionPolicy()
    feed(policy, rate(150, 140), DOWN_AFTER)
    assert feed(policy, rate(300, 290), 30)[-1] == 1  # 300 kbit/s: still half size
    assert feed(policy, rate(450, 430), UP_AFTER)[-1] == 0


def test_up_also_when_the_picture_leaves_most_of_the_rate_unused() -> None:
    policy = ResolutionPolicy()
    feed(policy, rate(150, 140), DOWN_AFTER)
    assert feed(policy, rate(200, 60), UP_AFTER)[-1] == 0
