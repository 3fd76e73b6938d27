"""The call window says why our camera did not open, and turning it on tries again."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from jego_desktop.domain.calls import CallState
from jego_desktop.engine.refcount_workaround import protect_singletons
from jego_desktop.media.video.camera_errors import CameraError, CameraFailure
from jego_desktop.models.calls.calls import CallsModel
from jego_desktop.models.calls.dial_pad import DialPadModel
from jego_desktop.models.video.video_call import VideoCalls
from jego_desktop.models.video.video_sources import CameraSources
from jego_desktop.ui.calls.call_windows import CallWindows
from jego_desktop.ui.style import LIGHT
from jego_desktop.ui.video.video_view import attach_video
from tests.ui.fake_engine import FakeEngine

event = FakeEngine.call_event
MAC_DENIED = "Failed to create AV capture input device: Cannot use FaceTime HD Camera"


@pytest.fixture
def engine() -> FakeEngine:
    protect_singletons()  # as the app does (engine/refcount_workaround.py)
    return FakeEngine()


@pytest.fixture
def opened() -> list[str]:
    return []


@pytest.fixture
def pane(qtbot: QtBot, engine: FakeEngine, tmp_path: Path, opened: list[str]):
    def opener(device: str):
        opened.append(device)
        raise CameraError(CameraFailure.DENIED, MAC_DENIED)

    calls = CallsModel()
    engine.call_changed.connect(calls.on_call_changed)
    windows = CallWindows(engine, calls, LIGHT, DialPadModel("FR").uri_for, tmp_path)
    qtbot.addWidget(windows.window)
    video = VideoCalls(engine, CameraSources(device="FaceTime HD Camera:none", opener=opener))
    video.connect_engine(engine)
    attached = attach_video(windows.window, calls, video, LIGHT)
    yield attached
    video.shutdown()
    windows.close_all()
    shiboken6.delete(video)  # here, not on the thread Python's cyclic GC happens to run on


def test_the_reason_shows_and_trying_again_clears_it(
    qtbot: QtBot, engine: FakeEngine, pane, opened: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("jego_desktop.models.video.camera_problems.sys.platform", "darwin")
    problem = pane.window_.problem_label
    engine.publish(event("c1", CallState.ACTIVE))
    pane.video_button.click()
    assert pane.camera_button.isEnabled() and not pane.camera_button.isChecked()
    qtbot.waitUntil(lambda: problem.isVisibleTo(pane.window_), timeout=5000)
    assert "System Settings › Privacy & Security › Camera" in problem.text()
    assert pane.camera_button.isChecked()  # shown off: nothing of ours goes out
    assert pane.camera_button.accessibleName() == "Turn the camera on"
    pane.camera_button.click()  # on again: the old reason goes while it retries
    assert not problem.isVisibleTo(pane.window_)
    assert not pane.camera_button.isChecked()
    qtbot.waitUntil(lambda: problem.isVisibleTo(pane.window_), timeout=5000)
    assert opened == ["FaceTime HD Camera:none"] * 2
