"""A link's `;ext=`: named under the dial pad's entry while it waits, then in the call
window from "will be dialled" to "dialled" as PostDial keys it in."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from jego_desktop.domain.calls import CallState
from jego_desktop.domain.links import parse_link
from jego_desktop.models.calls.calls import CallsModel
from jego_desktop.models.calls.dial_pad import DialPadModel
from jego_desktop.models.calls.post_dial import Extension, PostDial, connect_dial_pad
from jego_desktop.ui.calls.call_windows import CallWindows
from jego_desktop.ui.calls.dial_pad_page import DialPadPage
from jego_desktop.ui.style import LIGHT
from tests.ui.fake_engine import FakeEngine

ACCOUNT = "+33100000000@example.org"
event = FakeEngine.call_event


@pytest.fixture
def engine() -> FakeEngine:
    return FakeEngine()


@pytest.fixture
def dial_pad() -> DialPadModel:
    model = DialPadModel("FR")
    model.set_account(ACCOUNT, "example.org")
    return model


@pytest.fixture
def post_dial(engine: FakeEngine) -> PostDial:
    extensions = PostDial(engine.send_dtmf, delay_ms=50, pause_ms=200)
    engine.call_changed.connect(extensions.on_call_changed)
    return extensions


@pytest.fixture
def windows(
    qtbot: QtBot, engine: FakeEngine, dial_pad: DialPadModel, post_dial: PostDial, tmp_path: Path
) -> Iterator[CallWindows]:
    calls = CallsModel()
    engine.call_changed.connect(calls.on_call_changed)
    controller = CallWindows(engine, calls, LIGHT, dial_pad.uri_for, tmp_path, home_region="FR")
    controller.window.follow_extensions(post_dial)
    qtbot.addWidget(controller.window)
    yield controller
    controller.close_all()


def test_the_call_window_follows_the_extension_until_it_is_dialled(
    qtbot: QtBot, engine: FakeEngine, post_dial: PostDial, windows: CallWindows
) -> None:
    label = windows.window.extension_label
    post_dial.expect("call-1", "4711")
    engine.publish(event("call-1", CallState.RINGING_OUT))
    assert windows.window.call_id == "call-1"
    assert label.isVisible() and label.text() == "Extension 4711 will be dialled"

    engine.publish(event("call-1", CallState.ACTIVE))
    assert label.text() == "Extension 4711 will be dialled"  # a second goes by first
    with qtbot.waitSignal(post_dial.digits_sent, timeout=2000):
        pass
    assert engine.last("send_dtmf")[1:3] == ("call-1", "4711")
    assert label.text() == "Extension 4711 dialled"
    assert label.accessibleName() == "Extension 4711 dialled"

    engine.publish(event("call-1", CallState.ACTIVE, muted=True))  # later changes keep it
    assert label.text() == "Extension 4711 dialled"
    engine.publish(event("call-1", CallState.ENDED))
    assert post_dial.extension("call-1") is None


def test_an_extension_with_a_pause_is_being_dialled_in_between(
    qtbot: QtBot, engine: FakeEngine, post_dial: PostDial, windows: CallWindows
) -> None:
    label = windows.window.extension_label
    post_dial.expect("call-1", "12,34")
    engine.publish(event("call-1", CallState.ACTIVE))
    with qtbot.waitSignal(post_dial.digits_sent, timeout=2000):
        pass
    assert post_dial.extension("call-1") == Extension("12,34", dialled=False, started=True)
    assert label.text() == "Dialling extension 12,34…"
    with qtbot.waitSignal(post_dial.digits_sent, timeout=2000):
        pass
    assert label.text() == "Extension 12,34 dialled"
    assert [c[2] for c in engine.commands if c[0] == "send_dtmf"] == ["12", "34"]


def test_a_call_without_extension_shows_none(
    engine: FakeEngine, post_dial: PostDial, windows: CallWindows
) -> None:
    post_dial.expect("call-2", "99")  # another call's extension
    engine.publish(event("call-1", CallState.ACTIVE))
    assert windows.window.call_id == "call-1"
    assert not windows.window.extension_label.isVisibleTo(windows.window)


def test_the_window_shows_the_extension_of_the_call_it_shows(
    engine: FakeEngine, post_dial: PostDial, windows: CallWindows
) -> None:
    engine.publish(event("call-1", CallState.ACTIVE))
    post_dial.expect("call-1", "55")  # `open-link` with call-at-once: after make_call
    assert windows.window.extension_label.text() == "Extension 55 will be dialled"


def test_the_dial_pad_names_a_links_extension_and_the_call_takes_it(
    qtbot: QtBot,
    engine: FakeEngine,
    dial_pad: DialPadModel,
    post_dial: PostDial,
    windows: CallWindows,
) -> None:
    page = DialPadPage(dial_pad, LIGHT)
    qtbot.addWidget(page)
    connect_dial_pad(dial_pad, engine.make_call, post_dial)
    request = parse_link("tel:+33-1-40-00-00-00;ext=4711")
    post_dial.offer(request)
    page.present_request(request)
    note = page.extension_note
    assert not note.isHidden()
    assert note.text() == "Extension 4711 will be dialled once answered"

    dial_pad.press("1")  # another number: the extension would not follow
    assert note.isHidden()
    dial_pad.backspace()
    assert not note.isHidden()

    page.call_button.click()
    assert engine.last("make_call") == ("make_call", "sip:+33140000000@example.org", ACCOUNT)
    assert note.isHidden()  # used up by this call
    engine.publish(event("call-1", CallState.RINGING_OUT))
    assert windows.window.extension_label.text() == "Extension 4711 will be dialled"


def test_a_link_without_extension_shows_no_note(qtbot: QtBot, dial_pad: DialPadModel) -> None:
    page = DialPadPage(dial_pad, LIGHT)
    qtbot.addWidget(page)
    page.present_request(parse_link("tel:+33140000000"))
    assert page.entry.text() == "+33 1 40 00 00 00"
    assert page.extension_note.isHidden()
