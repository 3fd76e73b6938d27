"""The call window's camera chooser: listed off the GUI thread, on the video thread while
video runs and on a short-lived thread of its own otherwise (no asyncio for an audio call).

A slow lister stands in for FFmpeg opening the dshow/avfoundation device input: the
pane builds at once with the cached list and the chooser fills when the listing ends.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from jego_desktop.engine.refcount_workaround import protect_singletons
from jego_desktop.media.video.camera_info import Camera
from jego_desktop.media.video.loop import VideoLoop
from jego_desktop.models.calls.calls import CallsModel
from jego_desktop.models.calls.dial_pad import DialPadModel
from jego_desktop.models.video.video_call import VideoCalls
from jego_desktop.models.video.video_sources import CameraSources
from jego_desktop.ui.calls.call_windows import CallWindows
from jego_desktop.ui.style import LIGHT
from jego_desktop.ui.video.video_view import VideoPane, attach_video
from tests.ui.fake_engine import FakeEngine
from tests.unit.models.video_pair import video_threads

LISTING_S = 0.3
A = Camera("video=@device_pnp_a", "Integrated Camera")
B = Camera("video=@device_pnp_b", "USB Camera")
C = Camera("video=@device_pnp_c", "Desk Camera")


class SlowLister:
    """Returns `cameras` after LISTING_S, noting the thread each listing ran on."""

    def __init__(self, cameras: list[Camera]) -> None:
        self.cameras = cameras
        self.threads: list[threading.Thread] = []

    def __call__(self) -> list[Camera]:
        self.threads.append(threading.current_thread())
        time.sleep(LISTING_S)
        return list(self.cameras)


@pytest.fixture
def lister() -> SlowLister:
    return SlowLister([A, B])


@pytest.fixture
def parts(
    qtbot: QtBot, tmp_path: Path, lister: SlowLister
) -> Iterator[tuple[CallWindows, VideoCalls]]:
    protect_singletons()  # as the app does (engine/refcount_workaround.py)
    engine = FakeEngine()
    calls = CallsModel()
    windows = CallWindows(engine, calls, LIGHT, DialPadModel("FR").uri_for, tmp_path)
    qtbot.addWidget(windows.window)
    video = VideoCalls(engine, CameraSources(device=B.device, lister=lister))
    yield windows, video
    video.shutdown()
    assert video_threads() == []
    windows.close_all()
    shiboken6.delete(video)  # here, not on the thread Python's cyclic GC happens to run on


def build(windows: CallWindows, video: VideoCalls) -> VideoPane:
    return attach_video(windows.window, CallsModel(), video, LIGHT)


def entries(pane: VideoPane) -> list[tuple[str, str]]:
    choice = pane.camera_choice
    return [(choice.itemText(i), choice.itemData(i)) for i in range(choice.count())]


def test_the_pane_builds_at_once_and_the_list_arrives_from_the_video_thread(
    qtbot: QtBot, parts, lister: SlowLister
) -> None:
    windows, video = parts
    started = time.perf_counter()
    pane = build(windows, video)
    took = time.perf_counter() - started
    assert took < 0.05, f"building the pane took {took * 1000:.0f} ms"
    assert not video.cameras.listing and lister.threads == []  # app start lists nothing
    windows.window.show()  # the call window opens: now the cameras are listed
    assert entries(pane) == []  # nothing listed yet: the listing is still sleeping
    with qtbot.waitSignal(video.cameras.changed, timeout=5000):
        pass
    assert entries(pane) == [("Integrated Camera", A.device), ("USB Camera", B.device)]
    assert pane.camera_choice.currentData() == B.device  # the chosen camera stays chosen
    assert not pane.camera_choice.isHidden()  # two cameras: there is a choice to make
    assert lister.threads, "nothing was listed"
    assert threading.main_thread() not in lister.threads
    # No video runs: a thread of its own, not the video loop (asyncio and its executor)
    assert [t.name for t in lister.threads] == ["jego-video-cameras"]
    qtbot.waitUntil(lambda: not video.cameras.listing, timeout=5000)
    assert len(lister.threads) == 1  # showing asked once
    qtbot.waitUntil(lambda: video_threads() == [], timeout=5000)  # idle: the thread ends


def test_opening_the_chooser_lists_again_and_shows_the_new_camera(
    qtbot: QtBot, parts, lister: SlowLister
) -> None:
    windows, video = parts
    pane = build(windows, video)
    windows.window.show()  # a call opens the window: the cameras are listed
    qtbot.waitUntil(lambda: len(entries(pane)) == 2 and not video.cameras.listing, timeout=5000)
    lister.cameras = [A, B, C]  # plugged in while the window was open
    threads_before = len(lister.threads)
    started = time.perf_counter()
    pane.camera_choice.showPopup()
    assert time.perf_counter() - started < 0.05
    assert len(entries(pane)) == 2  # the cached list shows at once
    qtbot.waitUntil(lambda: len(entries(pane)) == 3, timeout=5000)
    assert entries(pane)[2] == ("Desk Camera", C.device)
    assert len(lister.threads) == threads_before + 1
    assert threading.main_thread() not in lister.threads
    pane.camera_choice.hidePopup()


def test_a_failed_listing_keeps_the_list_and_an_unchanged_one_says_nothing(
    qtbot: QtBot, parts, lister: SlowLister
) -> None:
    windows, video = parts
    pane = build(windows, video)
    windows.window.show()  # a call opens the window: the cameras are listed
    qtbot.waitUntil(lambda: len(entries(pane)) == 2 and not video.cameras.listing, timeout=5000)
    changes: list[list[Camera]] = []
    video.cameras.changed.connect(changes.append)
    with qtbot.waitSignal(video.cameras.listed, timeout=5000):
        video.cameras.refresh()  # the same two cameras
    assert changes == []

    def broken() -> list[Camera]:
        raise OSError("the driver crashed")

    video.sources = CameraSources(lister=broken)
    with qtbot.waitSignal(video.cameras.listed, timeout=5000):
        video.cameras.refresh()
    assert changes == [] and video.cameras.cameras == [A, B]
    assert len(entries(pane)) == 2


def test_one_camera_needs_no_chooser(qtbot: QtBot, parts, lister: SlowLister) -> None:
    windows, video = parts
    lister.cameras = [A]
    pane = build(windows, video)
    windows.window.show()  # a call opens the window: the cameras are listed
    with qtbot.waitSignal(video.cameras.changed, timeout=5000):
        pass
    assert entries(pane) == [("Integrated Camera", A.device)]
    assert pane.camera_choice.isHidden()


def test_an_audio_call_lists_cameras_without_starting_the_video_loop(
    qtbot: QtBot, parts, lister: SlowLister, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The loop would import asyncio (~30 modules) and start two threads: ~2 MB that stay."""
    windows, video = parts
    started: list[VideoLoop] = []
    real_start = VideoLoop.start

    def start(loop: VideoLoop) -> None:
        started.append(loop)
        real_start(loop)

    monkeypatch.setattr(VideoLoop, "start", start)
    pane = build(windows, video)
    windows.window.show()  # an audio call opens the window: the cameras are listed
    qtbot.waitUntil(lambda: len(entries(pane)) == 2 and not video.cameras.listing, timeout=5000)
    assert started == []
    qtbot.waitUntil(lambda: video_threads() == [], timeout=5000)  # the listing's thread ends


def test_beside_running_video_the_cameras_are_listed_on_the_video_thread(
    qtbot: QtBot, parts, lister: SlowLister
) -> None:
    windows, video = parts
    build(windows, video)
    video._loop.start()  # as a video session does
    with qtbot.waitSignal(video.cameras.listed, timeout=5000):
        video.cameras.refresh()
    assert [t.name[:8] for t in lister.threads] == ["asyncio_"]  # the loop's executor
