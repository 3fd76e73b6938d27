"""The call window's keyboard way: every button shows its focus, and Tab goes through the
tiles as they are laid out (video and camera before Hang up, not after it)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jego_desktop.domain.calls import CallState
from jego_desktop.engine.refcount_workaround import protect_singletons
from jego_desktop.media.video.tracks import PatternTrack
from jego_desktop.models.calls.calls import CallsModel
from jego_desktop.models.calls.dial_pad import DialPadModel
from jego_desktop.models.video.video_call import VideoCalls
from jego_desktop.models.video.video_sources import CameraSources
from jego_desktop.ui.calls.call_windows import CallWindows
from jego_desktop.ui.style import LIGHT
from jego_desktop.ui.video.video_view import VideoPane, attach_video
from tests.ui.fake_engine import FakeEngine
from tests.ui.focus_walk import describe, out_of_order, tab_stops, unseen_focus


@pytest.fixture
def call(qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[FakeEngine, CallWindows, VideoPane]]:
    protect_singletons()  # as the app does (engine/refcount_workaround.py)
    engine = FakeEngine()
    calls = CallsModel()
    engine.call_changed.connect(calls.on_call_changed)
    windows = CallWindows(engine, calls, LIGHT, DialPadModel("FR").uri_for, tmp_path, "FR")
    qtbot.addWidget(windows.window)
    video = VideoCalls(engine, CameraSources(override=lambda: PatternTrack(320, 240, 10)))
    video.connect_engine(engine)
    pane = attach_video(windows.window, calls, video, LIGHT)
    yield engine, windows, pane
    video.shutdown()
    windows.close_all()
    shiboken6.delete(video)  # on this thread, not on the next test's video thread


def test_tab_goes_through_the_tiles_in_order_then_hang_up(qtbot: QtBot, call) -> None:
    engine, windows, pane = call
    engine.publish(FakeEngine.call_event("c1", CallState.ACTIVE))
    window = windows.window
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    # The window itself takes the keyboard too (digits become DTMF): it is not a button.
    stops = [stop for stop in tab_stops(window.mute_button) if stop is not window]

    names = [describe(stop) for stop in stops]
    assert stops.index(pane.video_button) < stops.index(window.hangup_button), names
    assert stops[-1] is window.hangup_button, names
    assert out_of_order(stops, window) == []
    assert unseen_focus(stops) == []
