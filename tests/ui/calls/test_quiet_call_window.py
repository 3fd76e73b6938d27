"""The call window shows a quality mark; codec, jitter, loss and RTT wait behind
"Details"; nothing moves when they come (issue #19 item 13). Contacts are named in
the call window and the incoming-call window (item 5)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from jego_desktop.domain.calls import CallDirection, CallState
from jego_desktop.domain.engine_events import CallStats
from jego_desktop.models.calls.calls import CallsModel
from jego_desktop.models.calls.dial_pad import DialPadModel
from jego_desktop.ui.calls.call_windows import CallWindows
from jego_desktop.ui.style import LIGHT
from tests.ui.fake_engine import FakeEngine

event = FakeEngine.call_event
PEER = "sip:+33612345678@example.org"
NAMES = {PEER: "王小明"}


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine()


@pytest.fixture
def windows(qtbot: QtBot, engine: FakeEngine, tmp_path: Path) -> Iterator[CallWindows]:
    calls = CallsModel()
    engine.call_changed.connect(calls.on_call_changed)
    engine.call_stats.connect(calls.on_call_stats)
    controller = CallWindows(
        engine,
        calls,
        LIGHT,
        DialPadModel("FR").uri_for,
        tmp_path,
        home_region="FR",
        names=lambda uri: NAMES.get(uri, ""),
    )
    qtbot.addWidget(controller.window)
    yield controller
    controller.close_all()


def stats(loss: float = 0.0, jitter: float = 3.0) -> CallStats:
    return CallStats("c1", "G722", 16000, jitter, loss, 0.0, 41.0, 500, 500)


def place(widget: QWidget) -> QPoint:
    return widget.mapTo(widget.window(), QPoint(0, 0))


def test_quality_mark_first_details_on_demand(qtbot: QtBot, engine, windows) -> None:
    engine.publish(event("c1"))
    window = windows.window
    qtbot.waitExposed(window)
    assert not window.quality_row.isVisible()
    engine.publish(stats())
    assert window.quality_row.isVisible()
    assert window.quality_label.text() == "Good sound"
    assert not window.stats_label.isVisible()  # before: the technical line, always
    qtbot.mouseClick(window.details_button, Qt.MouseButton.LeftButton)
    assert window.stats_label.isVisible()
    assert "G722" in window.stats_label.text() and "jitter" in window.stats_label.text()
    engine.publish(stats(loss=7.5))
    assert window.quality_label.text() == "Poor sound"
    assert window.quality_row.accessibleName() == "Poor sound"
    qtbot.mouseClick(window.details_button, Qt.MouseButton.LeftButton)
    assert not window.stats_label.isVisible()


def test_buttons_stay_put_when_statistics_and_details_appear(qtbot: QtBot, engine, windows) -> None:
    engine.publish(event("c1"))
    window = windows.window
    qtbot.waitExposed(window)
    hang_up = window.hangup_button
    before = (place(window.action_grid), place(hang_up), window.size())
    engine.publish(stats())
    qtbot.wait(1)  # let the layout settle
    assert (place(window.action_grid), place(hang_up), window.size()) == before
    qtbot.mouseClick(window.details_button, Qt.MouseButton.LeftButton)
    qtbot.wait(1)
    assert (place(window.action_grid), place(hang_up), window.size()) == before


def test_the_call_window_names_the_contact_with_the_number_under(engine, windows) -> None:
    engine.publish(event("c1", peer=PEER, peer_name="spoofed name"))
    window = windows.window
    assert window.peer_label.text() == "王小明"  # the address book, not what the caller sent
    assert window.number_label.text() == "06 12 34 56 78"
    assert window.windowTitle() == "Call with 王小明"


def test_the_incoming_call_window_names_the_contact(engine, windows) -> None:
    engine.publish(event("in1", CallState.RINGING_IN, CallDirection.INCOMING, peer=PEER))
    dialog = windows.incoming["in1"]
    assert dialog.name_label.text() == "王小明"
    assert dialog.number_label.text() == "06 12 34 56 78"


def test_a_stranger_keeps_the_name_they_sent_or_the_number(engine, windows) -> None:
    engine.publish(event("c1", peer="sip:+4930123456@example.org", peer_name="Hans"))
    window = windows.window
    assert window.peer_label.text() == "Hans"
    assert window.number_label.text() == "+49 30 123456"
