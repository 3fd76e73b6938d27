"""Pictures cross from the video thread to the GUI thread newest-only."""

from __future__ import annotations

import threading

import numpy as np
from PySide6.QtGui import QImage

from jego_desktop.media.video.pattern import pattern_frame, read_pattern
from jego_desktop.models.video.video_frames import LatestFrames, StreamKey, from_qimage, to_qimage


def test_a_burst_from_another_thread_arrives_once_with_the_newest(qtbot) -> None:
    frames = LatestFrames()
    deliveries: list[dict[StreamKey, QImage]] = []
    frames.ready.connect(deliveries.append)

    def burst() -> None:
        for number in range(5):
            frames.put(("s1", True), pattern_frame(number, 320, 240))
        frames.put(("s1", False), pattern_frame(99, 320, 240))

    worker = threading.Thread(target=burst)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(deliveries) == 1, timeout=2000)
    qtbot.wait(50)
    assert len(deliveries) == 1
    pictures = deliveries[0]
    assert read_pattern(from_qimage(pictures[("s1", True)])) == 4
    assert read_pattern(from_qimage(pictures[("s1", False)])) == 99


def test_forgotten_streams_are_not_delivered(qtbot) -> None:
    frames = LatestFrames()
    deliveries: list[dict[StreamKey, QImage]] = []
    frames.ready.connect(deliveries.append)
    frames.put(("gone", True), np.zeros((8, 8, 3), np.uint8))
    frames.forget("gone")
    qtbot.wait(50)
    assert deliveries == []


def test_qimage_round_trip_keeps_pixels_for_odd_widths() -> None:
    image = np.random.default_rng(3).integers(0, 256, (7, 13, 3), dtype=np.uint8)
    assert np.array_equal(from_qimage(to_qimage(image)), image)
