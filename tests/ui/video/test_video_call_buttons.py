""" "Video call" from a contact and from the dial pad: the request carries the right account
and URI, and the app's wiring dials, then offers video once the peer answers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QToolButton, QWidget
from pytestqt.qtbot import QtBot

from jego_desktop.app.calls import wire_call_views
from jego_desktop.app.video import wire_video_calls
from jego_desktop.domain.accounts import DIRECT_ACCOUNT_KEY
from jego_desktop.domain.calls import CallState
from jego_desktop.domain.contacts import Contact, PhoneNumber
from jego_desktop.domain.links import parse_link
from jego_desktop.engine.config import EngineConfig
from jego_desktop.engine.worker import CallEngine
from jego_desktop.media.video.tracks import PatternTrack
from jego_desktop.models.calls.dial_pad import DialPadModel
from jego_desktop.models.calls.post_dial import PostDial
from jego_desktop.models.video.video_call import VideoCalls, VideoState
from jego_desktop.models.video.video_sources import CameraSources
from jego_desktop.models.window.registration_status import RegistrationStatus
from jego_desktop.store.contacts import ContactStore
from jego_desktop.store.profile import Profile
from jego_desktop.ui.calls.dial_pad_page import DialPadPage
from jego_desktop.ui.contacts.contacts_page import ContactsPage
from jego_desktop.ui.style import LIGHT
from jego_desktop.ui.window.main_window import MainWindow
from tests.ui.contacts_pages import shown_contacts_page
from tests.ui.fake_engine import FakeEngine

ACCOUNT = "+33100000000@sip.example.org"
DOMAIN = "sip.example.org"
CAMILLE = Contact(
    "Camille Martin",
    (PhoneNumber("06 12 34 56 78", "cell"), PhoneNumber("+44 20 7946 0000", "work")),
    sip_uri="sip:camille@example.fr",
)
NOBODY = Contact("Nobody Reachable", email="nobody@example.org")


@pytest.fixture
def video() -> Iterator[tuple[FakeEngine, VideoCalls]]:
    engine = FakeEngine()
    calls = VideoCalls(engine, CameraSources(override=lambda: PatternTrack(320, 240, 10)))
    calls.connect_engine(engine)
    yield engine, calls
    calls.shutdown()
    shiboken6.delete(calls)  # here, not on whichever thread Python's GC runs next


def row_buttons(page: ContactsPage) -> list[QToolButton]:
    """The number rows' buttons (those of a row refilled a moment ago are hidden)."""
    found = page.detail.card.findChildren(QToolButton, "rowAction")
    return [button for button in found if not button.isHidden()]


def row_button(page: ContactsPage, name: str) -> QToolButton:
    matches = [button for button in row_buttons(page) if button.accessibleName() == name]
    assert len(matches) == 1, [button.accessibleName() for button in row_buttons(page)]
    return matches[0]


# ----- the contact ------------------------------------------------------------------------


def test_a_contacts_video_buttons_ask_for_that_number_on_the_dial_pads_account(
    qtbot: QtBot, store: ContactStore, dial_pad: DialPadModel
) -> None:
    store.add(CAMILLE)
    page = shown_contacts_page(qtbot, store, dial_pad)
    video_calls: list[tuple[str, str]] = []
    plain_calls: list[tuple[str, str]] = []
    page.video_call_requested.connect(lambda uri, key: video_calls.append((uri, key)))
    page.call_requested.connect(lambda uri, key: plain_calls.append((uri, key)))

    button = page.detail.video_button
    assert button.accessibleName() == "Video call" and button.toolTip() == "Video call"
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the first number
    row_button(page, "Video call with +44 20 7946 0000").click()
    row_button(page, "Video call with sip:camille@example.fr").click()

    assert video_calls == [
        (f"sip:+33612345678@{DOMAIN}", ACCOUNT),
        (f"sip:+442079460000@{DOMAIN}", ACCOUNT),
        ("sip:camille@example.fr", ACCOUNT),
    ]
    assert plain_calls == []


def test_the_contacts_video_button_is_reached_by_the_keyboard(
    qtbot: QtBot, store: ContactStore, dial_pad: DialPadModel
) -> None:
    store.add(CAMILLE)
    page = shown_contacts_page(qtbot, store, dial_pad)
    page.activateWindow()
    requested: list[str] = []
    page.video_call_requested.connect(lambda uri, _key: requested.append(uri))

    page.detail.call_button.setFocus()
    qtbot.waitUntil(page.detail.call_button.hasFocus)
    qtbot.keyClick(page.detail.call_button, Qt.Key.Key_Tab)
    assert page.detail.video_button.hasFocus()  # right after Call
    qtbot.keyClick(page.detail.video_button, Qt.Key.Key_Space)
    assert requested == [f"sip:+33612345678@{DOMAIN}"]


def test_a_contact_without_number_or_address_offers_no_video_call(
    qtbot: QtBot, store: ContactStore, dial_pad: DialPadModel
) -> None:
    store.add(NOBODY)
    page = shown_contacts_page(qtbot, store, dial_pad)
    assert (
        page.detail.contact is not None and page.detail.contact.display_name == NOBODY.display_name
    )
    assert not page.detail.video_button.isEnabled()
    assert not [b for b in row_buttons(page) if "Video" in b.accessibleName()]


def test_a_number_that_cannot_be_called_says_why_instead_of_asking(
    qtbot: QtBot, store: ContactStore
) -> None:
    store.add(CAMILLE)
    page = shown_contacts_page(qtbot, store, DialPadModel("FR"))  # no account bound
    requested: list[tuple[str, str]] = []
    page.video_call_requested.connect(lambda uri, key: requested.append((uri, key)))
    page.detail.video_button.click()
    assert requested == []
    assert page.detail.problem.text() == "Bind your number in Settings to call phone numbers."


# ----- the dial pad -----------------------------------------------------------------------


def centre_x(widget: QWidget) -> int:
    return widget.mapTo(widget.window(), widget.rect().center()).x()


def make_dial_pad(qtbot: QtBot, model: DialPadModel) -> DialPadPage:
    page = DialPadPage(model, LIGHT)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.entry.hasFocus)
    return page


def test_the_dial_pads_video_button_follows_whether_the_entry_can_be_called(
    qtbot: QtBot, dial_pad: DialPadModel
) -> None:
    page = make_dial_pad(qtbot, dial_pad)
    requested: list[tuple[str, str]] = []
    dial_pad.video_call_requested.connect(lambda uri, key: requested.append((uri, key)))
    button = page.video_button
    assert button.accessibleName() == "Video call" and button.toolTip() == "Video call (Ctrl+Enter)"
    assert button.width() < page.call_button.width()  # secondary to the green button
    assert centre_x(page.call_button) == centre_x(page.keypad.button("0"))  # still centred
    assert not button.isEnabled()  # nothing typed

    qtbot.keyClicks(page.entry, "06123")
    assert button.isEnabled() == dial_pad.can_call
    qtbot.keyClicks(page.entry, "45678")
    assert button.isEnabled()
    qtbot.keyClicks(page.entry, "x")  # letters cannot be dialled
    assert not button.isEnabled()
    qtbot.keyClick(page.entry, Qt.Key.Key_Backspace)
    assert button.isEnabled()

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert requested == [(f"sip:+33612345678@{DOMAIN}", ACCOUNT)]
    assert dial_pad.last_dialled == "06 12 34 56 78"  # redial has it too


def test_the_dial_pads_video_button_needs_an_account_for_numbers(qtbot: QtBot) -> None:
    model = DialPadModel("FR")
    page = make_dial_pad(qtbot, model)
    qtbot.keyClicks(page.entry, "0612345678")
    assert not page.video_button.isEnabled()  # no domain to call a number through
    model.set_account(ACCOUNT, DOMAIN)
    assert page.video_button.isEnabled()
    model.set_text("sip:camille@example.fr")
    model.set_account(DIRECT_ACCOUNT_KEY, None)
    assert page.video_button.isEnabled()  # a SIP address goes direct


def requests_of(dial_pad: DialPadModel) -> tuple[list[str], list[str]]:
    """The URIs the dial pad asks a video call for, and those it asks a plain call for."""
    video: list[str] = []
    plain: list[str] = []
    dial_pad.video_call_requested.connect(lambda uri, _key: video.append(uri))
    dial_pad.call_requested.connect(lambda uri, _key: plain.append(uri))
    return video, plain


def test_enter_on_the_focused_video_button_presses_it(qtbot: QtBot, dial_pad: DialPadModel) -> None:
    page = make_dial_pad(qtbot, dial_pad)
    requested, plain = requests_of(dial_pad)
    qtbot.keyClicks(page.entry, "sip:camille@example.fr")
    page.call_button.setFocus()
    qtbot.keyClick(page.call_button, Qt.Key.Key_Tab)
    assert page.video_button.hasFocus()  # the next stop after the call button
    qtbot.keyClick(page.video_button, Qt.Key.Key_Return)
    assert requested == ["sip:camille@example.fr"] and plain == []


def test_ctrl_enter_in_the_entry_makes_a_video_call(qtbot: QtBot, dial_pad: DialPadModel) -> None:
    page = make_dial_pad(qtbot, dial_pad)
    requested, plain = requests_of(dial_pad)
    qtbot.keyClicks(page.entry, "sip:camille@example.fr")
    qtbot.keyClick(page.entry, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert requested == ["sip:camille@example.fr"] and plain == []
    assert page.video_button.toolTip().endswith("(Ctrl+Enter)")
    qtbot.keyClick(page.entry, Qt.Key.Key_Return)  # the same number, plain Enter: audio only
    assert plain == ["sip:camille@example.fr"] and len(requested) == 1


# ----- the app's wiring -------------------------------------------------------------------


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, store: ContactStore) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("dialing/home_region", "FR")
    main = MainWindow(settings)
    qtbot.addWidget(main)
    main.dial_pad.set_account(ACCOUNT, DOMAIN)
    main.contacts.set_store(store)
    return main


def answer_and_expect_video(qtbot: QtBot, engine: FakeEngine, video: VideoCalls) -> None:
    call_id = "call-1"  # what the fake engine's make_call returned
    engine.publish(engine.call_event(call_id, CallState.RINGING_OUT))
    assert video.status(call_id).state is VideoState.OFF  # nobody to offer video to yet
    engine.publish(engine.call_event(call_id, CallState.ACTIVE))
    assert video.status(call_id).state is VideoState.OFFERED
    qtbot.waitUntil(lambda: "send_call_info" in engine.names(), timeout=5000)
    assert engine.last("send_call_info")[1] == call_id


def test_a_contacts_video_call_dials_then_offers_video(
    qtbot: QtBot,
    window: MainWindow,
    store: ContactStore,
    video: tuple[FakeEngine, VideoCalls],
) -> None:
    engine, calls = video
    store.add(CAMILLE)
    window.contacts.refresh()
    wire_video_calls(window, cast(CallEngine, engine), calls, PostDial(engine.send_dtmf))
    window.contacts_page.detail.video_button.click()
    assert engine.commands == [("make_call", f"sip:+33612345678@{DOMAIN}", ACCOUNT)]
    answer_and_expect_video(qtbot, engine, calls)


def test_a_dial_pad_video_call_dials_then_offers_video_and_keeps_the_links_extension(
    qtbot: QtBot, window: MainWindow, video: tuple[FakeEngine, VideoCalls]
) -> None:
    engine, calls = video
    post_dial = PostDial(engine.send_dtmf)
    wire_video_calls(window, cast(CallEngine, engine), calls, post_dial)
    request = parse_link("tel:+33-1-40-00-00-00;ext=4711")
    post_dial.offer(request)  # as the `open-link` command does
    window.show_dial_request(request)
    window.dial_pad_page.video_button.click()
    assert engine.commands == [("make_call", f"sip:+33140000000@{DOMAIN}", ACCOUNT)]
    assert post_dial.pending("call-1") == "4711"
    answer_and_expect_video(qtbot, engine, calls)


def test_a_plain_call_from_the_dial_pad_or_a_contact_has_no_video(
    window: MainWindow, store: ContactStore, video: tuple[FakeEngine, VideoCalls]
) -> None:
    engine, calls = video
    store.add(CAMILLE)
    window.contacts.refresh()
    wire_video_calls(window, cast(CallEngine, engine), calls, PostDial(engine.send_dtmf))
    window.dial_pad.call_requested.connect(engine.make_call)
    window.contacts_page.call_requested.connect(engine.make_call)
    window.contacts_page.detail.call_button.click()
    window.dial_pad.set_text("0612345678")
    window.dial_pad_page.call_button.click()
    assert engine.names() == ["make_call", "make_call"]
    for call_id in ("call-1", "call-2"):
        engine.publish(engine.call_event(call_id, CallState.ACTIVE))
        assert calls.status(call_id).state is VideoState.OFF
    assert "send_call_info" not in engine.names()


def test_the_apps_call_wiring_routes_a_dial_pad_video_call_and_shows_its_extension(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    engine = FakeEngine()
    engine.config = EngineConfig()  # type: ignore[attr-defined]  # what VideoCalls binds to
    post_dial = PostDial(engine.send_dtmf, delay_ms=10)
    engine.call_changed.connect(post_dial.on_call_changed)
    views = wire_call_views(
        window,
        cast(CallEngine, engine),
        list,
        RegistrationStatus({}),
        Profile.open(tmp_path / "profile"),
        post_dial,
    )
    video = window.findChild(VideoCalls)
    assert video is not None
    try:
        window.dial_pad.set_account(ACCOUNT, DOMAIN)  # no account in the store: bind one
        request = parse_link("tel:+33140000000;ext=4711")
        post_dial.offer(request)
        window.show_dial_request(request)
        window.dial_pad_page.video_button.click()
        assert engine.last("make_call") == ("make_call", f"sip:+33140000000@{DOMAIN}", ACCOUNT)
        call_id = "call-1"
        engine.publish(engine.call_event(call_id, CallState.RINGING_OUT))
        assert views.windows is not None  # made for this first call, and caught up on it
        label = views.windows.window.extension_label
        assert label.text() == "Extension 4711 will be dialled"
        engine.publish(engine.call_event(call_id, CallState.ACTIVE))
        assert video.status(call_id).state is VideoState.OFFERED
        qtbot.waitUntil(lambda: label.text() == "Extension 4711 dialled", timeout=2000)
        assert engine.last("send_dtmf")[1:3] == (call_id, "4711")
    finally:
        views.close_all()
        video.shutdown()
        shiboken6.delete(video)  # here, not on whichever thread Python's GC runs next
