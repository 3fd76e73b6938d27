"""The test pattern survives VP8 and says which frame it is; the signalling format."""

from __future__ import annotations

import av
import numpy as np
import pytest

from jego_desktop.media.video.pattern import pattern_frame, read_pattern
from jego_desktop.media.video.signalling import (
    CONTENT_TYPE,
    SignalKind,
    VideoSignal,
    decode_signal,
    encode_signal,
)


@pytest.mark.parametrize("number", [0, 1, 2, 255, 12345, 65535, 65536 + 7])
def test_pattern_reads_back_its_number(number: int) -> None:
    assert read_pattern(pattern_frame(number)) == number % 65536


def test_pattern_bar_moves_between_frames() -> None:
    a, b = pattern_frame(10), pattern_frame(11)
    band = a.shape[0] // 8
    assert not np.array_equal(a[2 * band :], b[2 * band :])


def test_pictures_without_the_pattern_read_as_none() -> None:
    assert read_pattern(np.zeros((480, 640, 3), np.uint8)) is None
    assert read_pattern(np.full((480, 640, 3), 255, np.uint8)) is None
    noise = np.random.default_rng(1).integers(0, 256, (480, 640, 3), dtype=np.uint8)
    assert read_pattern(noise) is None
    assert read_pattern(np.zeros((20, 20, 3), np.uint8)) is None


def test_pattern_survives_vp8_at_a_low_bitrate() -> None:
    encoder = av.CodecContext.create("libvpx", "w")
    encoder.width, encoder.height, encoder.pix_fmt = 640, 480, "yuv420p"
    encoder.bit_rate = 200_000
    encoder.options = {"deadline": "realtime", "cpu-used": "8"}
    decoder = av.CodecContext.create("vp8", "r")
    read: list[int | None] = []
    for number in range(30):
        frame = av.VideoFrame.from_ndarray(pattern_frame(number * 37), format="rgb24")
        frame.pts = number
        for packet in encoder.encode(frame.reformat(format="yuv420p")):
            for decoded in decoder.decode(packet):
                read.append(read_pattern(decoded.to_ndarray(format="rgb24")))
    assert read and read == [n * 37 for n in range(len(read))]


def test_signals_round_trip() -> None:
    offer = VideoSignal(SignalKind.OFFER, "abc", "v=0\r\ns=-\r\n")
    assert decode_signal(encode_signal(offer)) == offer
    end = VideoSignal(SignalKind.END, "abc")
    assert decode_signal(encode_signal(end)) == end
    assert CONTENT_TYPE == "application/vnd.jego.video+json"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not json", "JSON object"),
        ("[" * 5000, "JSON object"),  # nested past the recursion limit: the peer's choice
        ("[1]", "version 1"),
        ('{"jego_video": 2, "kind": "end", "session": "a"}', "version 1"),
        ('{"jego_video": 1, "kind": "dance", "session": "a"}', "unknown video signal kind"),
        ('{"jego_video": 1, "kind": "end", "session": 5}', "must be strings"),
        ('{"jego_video": 1, "kind": "end", "session": ""}', "session id"),
        ('{"jego_video": 1, "kind": "offer", "session": "a"}', "needs an SDP"),
        ('{"jego_video": 1, "kind": "answer", "session": "a", "sdp": "hello"}', "needs an SDP"),
    ],
)
def test_bad_signals_are_refused_with_a_reason(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        decode_signal(text)
