"""app.wire_video_calls: "Video call" in a conversation dials, then offers video on answer."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from jego_desktop.app import wire_video_calls
from jego_desktop.domain.calls import CallState
from jego_desktop.domain.conversations import Conversation
from jego_desktop.engine.refcount_workaround import protect_singletons
from jego_desktop.engine.worker import CallEngine
from jego_desktop.media.video.signalling import CONTENT_TYPE, SignalKind, decode_signal
from jego_desktop.media.video.tracks import PatternTrack
from jego_desktop.models.video.video_call import VideoCalls, VideoState
from jego_desktop.models.video.video_sources import CameraSources
from jego_desktop.ui.window.main_window import MainWindow
from tests.ui.fake_engine import FakeEngine

ACCOUNT = "+33100000000@example.org"
PEER = "sip:camille@example.org"


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    protect_singletons()  # as the app does (engine/refcount_workaround.py)
    main = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main)
    conversation = Conversation(7, ACCOUNT, PEER, "Camille", 0, 1.0, 1.0)
    main.chats_page.view.show_conversation(conversation, "Camille", "camille")
    return main


def test_video_call_button_dials_and_offers_video_once_answered(
    qtbot: QtBot, window: MainWindow
) -> None:
    engine = FakeEngine()
    video = VideoCalls(engine, CameraSources(override=lambda: PatternTrack(320, 240, 10)))
    video.connect_engine(engine)
    wire_video_calls(window, cast(CallEngine, engine), video)
    try:
        button = window.chats_page.view.video_button
        assert button.accessibleName() == "Video call" and button.isEnabled()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

        assert engine.commands == [("make_call", PEER, ACCOUNT)]
        call_id = "call-1"  # what the fake engine's make_call returned
        engine.publish(engine.call_event(call_id, CallState.RINGING_OUT))
        assert "send_call_info" not in engine.names()  # nobody to offer video to yet
        assert video.status(call_id).state is VideoState.OFF

        engine.publish(engine.call_event(call_id, CallState.ACTIVE))
        assert video.status(call_id).state is VideoState.OFFERED
        assert video.status(call_id).sending  # our own camera goes out in a video call
        qtbot.waitUntil(lambda: "send_call_info" in engine.names(), timeout=5000)
        _, sent_in, content_type, body = engine.last("send_call_info")
        assert (sent_in, content_type) == (call_id, CONTENT_TYPE)
        assert decode_signal(body).kind is SignalKind.OFFER
    finally:
        video.shutdown()
        shiboken6.delete(video)  # here, not on whichever thread Python's GC runs next


def test_the_plain_call_button_dials_without_video(qtbot: QtBot, window: MainWindow) -> None:
    engine = FakeEngine()
    video = VideoCalls(engine)
    video.connect_engine(engine)
    wire_video_calls(window, cast(CallEngine, engine), video)
    window.chats_page.call_requested.connect(engine.make_call)
    try:
        qtbot.mouseClick(window.chats_page.view.call_button, Qt.MouseButton.LeftButton)
        assert engine.commands == [("make_call", PEER, ACCOUNT)]
        engine.publish(engine.call_event("call-1", CallState.ACTIVE))
        assert video.status("call-1").state is VideoState.OFF
        assert video.can_start("call-1")
        assert "send_call_info" not in engine.names()
    finally:
        video.shutdown()
        shiboken6.delete(video)  # here, not on whichever thread Python's GC runs next
