"""The video pane in the in-call window, driven by the fake engine's events."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from jego_desktop.domain.calls import CallDirection, CallState
from jego_desktop.domain.engine_events import CallInfoFailed
from jego_desktop.engine.refcount_workaround import protect_singletons
from jego_desktop.media.video.session import VideoStats
from jego_desktop.media.video.signalling import CONTENT_TYPE, decode_signal
from jego_desktop.media.video.tracks import PatternTrack
from jego_desktop.models.calls.calls import CallsModel
from jego_desktop.models.calls.dial_pad import DialPadModel
from jego_desktop.models.video.video_call import VideoCalls, VideoState
from jego_desktop.models.video.video_sources import CameraSources
from jego_desktop.ui.calls.call_windows import CallWindows
from jego_desktop.ui.style import LIGHT
from jego_desktop.ui.video.video_view import BACKDROP, VideoPane, VideoView, attach_video
from tests.ui.fake_engine import FakeEngine

event = FakeEngine.call_event


@pytest.fixture
def engine() -> FakeEngine:
    protect_singletons()  # as the app does (engine/refcount_workaround.py)
    return FakeEngine()


@pytest.fixture
def pane(qtbot: QtBot, engine: FakeEngine, tmp_path: Path):
    calls = CallsModel()
    engine.call_changed.connect(calls.on_call_changed)
    dial_pad = DialPadModel("FR")
    windows = CallWindows(engine, calls, LIGHT, dial_pad.uri_for, tmp_path, home_region="FR")
    qtbot.addWidget(windows.window)
    video = VideoCalls(engine, CameraSources(override=lambda: PatternTrack(320, 240, 10)))
    video.connect_engine(engine)
    attached = attach_video(windows.window, calls, video, LIGHT)
    yield attached
    video.shutdown()
    windows.close_all()
    # Now, on this thread: left to Python's cyclic GC, it may go on whatever thread runs
    # the collection (the next test's video thread) and abort the process there.
    shiboken6.delete(video)


def test_video_button_follows_the_call_and_sends_an_offer(qtbot: QtBot, engine, pane) -> None:
    engine.publish(event("c1", CallState.RINGING_OUT))
    assert not pane.video_button.isEnabled()
    assert pane.video_tile.caption.text() == "Video"
    engine.publish(event("c1", CallState.ACTIVE))
    assert pane.video_button.isEnabled() and not pane.isVisible()
    qtbot.mouseClick(pane.video_button, Qt.MouseButton.LeftButton)
    assert pane.status().state is VideoState.OFFERED
    assert pane.isVisible() and not pane.window_.avatar.isVisible()
    assert pane.video_button.isChecked() and pane.camera_button.isEnabled()
    assert "Waiting" in pane.view.placeholder
    qtbot.waitUntil(lambda: "send_call_info" in engine.names(), timeout=5000)
    _, call_id, content_type, body = engine.last("send_call_info")
    assert (call_id, content_type) == ("c1", CONTENT_TYPE)
    assert decode_signal(body).sdp.startswith("v=0")


def test_a_peer_without_video_greys_the_button_out(qtbot: QtBot, engine, pane) -> None:
    engine.publish(event("c1", CallState.ACTIVE, CallDirection.INCOMING))
    pane.video_button.click()
    engine.publish(CallInfoFailed("c1", CONTENT_TYPE, 415, "Unsupported Media Type"))
    assert pane.status().state is VideoState.UNAVAILABLE
    assert not pane.video_button.isEnabled() and not pane.isVisible()
    assert pane.video_tile.caption.text() == "No video"
    assert pane.video_button.accessibleName() == "Video is not available with this contact"
    assert pane.window_.avatar.isVisible()


def preview(pane: VideoPane) -> QImage | None:
    return pane.view.local


def test_frames_and_statistics_reach_the_view(qtbot: QtBot, engine, pane: VideoPane) -> None:
    engine.publish(event("c1", CallState.ACTIVE))
    pane.video_button.click()
    picture = QImage(64, 48, QImage.Format.Format_RGB888)
    picture.fill(QColor("#ff0000"))
    pane.controller.remote_frame.emit("c1", picture)
    pane.controller.remote_frame.emit("other-call", QImage())
    assert pane.view.remote == picture
    pane.controller.local_frame.emit("c1", picture)
    assert pane.view.local == picture
    assert not pane.camera_button.isChecked()
    pane.camera_button.click()  # camera off: the preview goes, a placeholder goes out
    assert not pane.status().sending and pane.camera_button.isChecked()
    assert preview(pane) is None
    assert pane.camera_button.accessibleName() == "Turn the camera on"
    pane.controller.local_frame.emit("c1", picture)
    assert preview(pane) is None
    stats = VideoStats(15.2, 14.6, 640, 480, 420.4, 380.0, 3.0, 0.0, 320, 240)
    assert pane.stats_text(stats) == (
        "Receiving 640×480 · 15 fps · 420 kbit/s\nSending 320×240 · 15 fps · 380 kbit/s"
    )
    assert pane.stats_text(stats, sending=False) == "Receiving 640×480 · 15 fps · 420 kbit/s"


def test_view_keeps_the_aspect_ratio_and_draws_the_preview(qtbot: QtBot) -> None:
    view = VideoView()
    qtbot.addWidget(view)
    view.resize(400, 400)
    fitted = VideoView.fitted(QSize(640, 480), QRectF(0, 0, 400, 400))
    assert fitted == QRectF(0, 50, 400, 300)
    remote = QImage(640, 480, QImage.Format.Format_RGB888)
    remote.fill(QColor("#ff0000"))
    local = QImage(320, 240, QImage.Format.Format_RGB888)
    local.fill(QColor("#00ff00"))
    view.set_remote(remote)
    view.set_local(local)
    shot = view.grab().toImage()
    assert shot.pixelColor(200, 20) == BACKDROP  # letterbox above the picture
    assert shot.pixelColor(100, 200) == QColor("#ff0000")
    pip = view.pip_rect()
    assert pip.width() == pytest.approx(112) and pip.height() == pytest.approx(84)
    assert shot.pixelColor(pip.center().toPoint()) == QColor("#00ff00")
