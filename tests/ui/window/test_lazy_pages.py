"""Issue #15: the window builds only the page the first screen shows (Chats); Contacts,
Dial pad, Calls and Settings are built the first time they are shown, then wired to the
app's services as if they had been there from the start."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import cast

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from jego_desktop.app import AccountBinding, wire_settings
from jego_desktop.app.calls import CallViews, wire_call_views
from jego_desktop.domain.calls import CallDirection, CallState
from jego_desktop.domain.engine_events import CodecInfo, CodecsListed
from jego_desktop.engine.config import EngineConfig
from jego_desktop.engine.worker import CallEngine
from jego_desktop.media.device_watcher import DevicesChanged
from jego_desktop.media.devices import AudioDevice, AudioStatus
from jego_desktop.media.ringer import Ringer
from jego_desktop.media.sound_bridge import SoundBridge
from jego_desktop.models.calls.post_dial import PostDial
from jego_desktop.models.calls.ring_control import RingControl
from jego_desktop.models.settings.sound_devices import SoundDevices
from jego_desktop.models.video.video_call import VideoCalls
from jego_desktop.models.window.registration_status import RegistrationStatus
from jego_desktop.store.profile import Profile
from jego_desktop.store.secrets import SecretStore
from jego_desktop.ui.calls.call_windows import CallWindows
from jego_desktop.ui.calls.calls_page import CallsPage
from jego_desktop.ui.calls.dial_pad_page import DialPadPage
from jego_desktop.ui.chats.chats_page import ChatsPage
from jego_desktop.ui.contacts.contacts_page import ContactsPage
from jego_desktop.ui.settings.settings_page import SettingsPage
from jego_desktop.ui.window.main_window import MainWindow
from tests.ui.fake_engine import FakeEngine
from tests.unit.fake_sounddevice import FakeSoundDevice, fake_sd

__all__ = ["fake_sd"]

PAGES = {1: ContactsPage, 2: DialPadPage, 3: CallsPage, 4: SettingsPage}


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def slots_built(window: MainWindow) -> list[bool]:
    slots = (window.contacts_slot, window.dial_pad_slot, window.calls_slot)
    return [slot.built for slot in (*slots, window.settings_slot)]


def test_only_the_chats_page_is_built_until_the_others_are_shown(
    qtbot: QtBot, window: MainWindow
) -> None:
    assert isinstance(window.pages.currentWidget(), ChatsPage)
    assert slots_built(window) == [False, False, False, False]
    assert not any(isinstance(window.pages.widget(i), tuple(PAGES.values())) for i in range(5))
    for index, kind in PAGES.items():
        qtbot.mouseClick(window.rail.buttons()[index], Qt.MouseButton.LeftButton)
        assert window.pages.currentIndex() == index
        assert isinstance(window.pages.currentWidget(), kind)
        assert window.pages.count() == 5
    assert slots_built(window) == [True, True, True, True]
    settings = window.settings_page
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is settings  # built once


def test_pages_needed_before_they_are_shown_are_built_then(window: MainWindow) -> None:
    window.add_contact_for("sip:+33612345678@example.org")  # the calls page's menu
    assert window.pages.currentWidget() is window.contacts_page
    assert window.contacts_page.editor is not None
    window.presence.show_dial_pad_with("0612345678")  # the tray's quick dial
    assert window.pages.currentWidget() is window.dial_pad_page
    assert window.dial_pad_page.entry.hasFocus()
    window.bind_number()  # the top bar's "bind a number"
    assert window.pages.currentWidget() is window.settings_page
    assert not window.calls_slot.built


@pytest.fixture
def engine(window: MainWindow, tmp_path: Path) -> Iterator[FakeEngine]:
    engine = FakeEngine()
    engine.config = EngineConfig()  # type: ignore[attr-defined]  # what VideoCalls binds to
    views = wire_call_views(
        window,
        cast(CallEngine, engine),
        list,
        RegistrationStatus({}),
        Profile.open(tmp_path / "profile"),
        PostDial(engine.send_dtmf),
    )
    yield engine
    views.close_all()
    video = window.findChild(VideoCalls)
    assert video is not None
    video.shutdown()
    shiboken6.delete(video)  # here, not on whichever thread Python's GC runs next


def test_contacts_and_calls_built_later_still_call_through_the_engine(
    window: MainWindow, engine: FakeEngine
) -> None:
    assert slots_built(window) == [False, False, False, False]
    window.show_page(1)
    window.contacts_page.call_requested.emit("sip:+33612345678@example.org", "k")
    assert engine.last("make_call") == ("make_call", "sip:+33612345678@example.org", "k")
    window.contacts_page.video_call_requested.emit("sip:+33699999999@example.org", "k")
    assert engine.last("make_call") == ("make_call", "sip:+33699999999@example.org", "k")
    window.show_page(3)
    window.calls_page.call_back_requested.emit("sip:+33140000000@example.org", "k")
    assert engine.last("make_call") == ("make_call", "sip:+33140000000@example.org", "k")


def made_windows(views: CallViews) -> CallWindows | None:
    return views.windows  # read afresh, past mypy's narrowing of an earlier None check


def test_the_call_windows_are_made_at_the_first_call_and_show_it(
    qtbot: QtBot, window: MainWindow, engine: FakeEngine
) -> None:
    views = window.findChild(CallViews)
    assert views is not None and views.windows is None
    engine.publish(engine.call_event("out1", CallState.DIALING))
    windows = made_windows(views)
    assert windows is not None
    qtbot.waitUntil(windows.window.isVisible)  # the call that made them is shown
    assert windows.window.call_id == "out1"
    incoming = engine.call_event("in1", CallState.RINGING_IN, direction=CallDirection.INCOMING)
    engine.publish(incoming)
    assert made_windows(views) is windows  # made once
    assert list(windows.incoming) == ["in1"]


def test_an_incoming_first_call_rings_in_windows_made_for_it(
    window: MainWindow, engine: FakeEngine
) -> None:
    views = window.findChild(CallViews)
    assert views is not None and views.windows is None
    incoming = engine.call_event("in1", CallState.RINGING_IN, direction=CallDirection.INCOMING)
    engine.publish(incoming)
    windows = made_windows(views)
    assert windows is not None
    assert list(windows.incoming) == ["in1"]


def test_settings_built_later_catch_up_on_codecs_devices_and_calls(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, fake_sd: FakeSoundDevice
) -> None:
    engine = FakeEngine()
    status = RegistrationStatus({})
    bridge = SoundBridge()
    ringer = Ringer()
    sound_devices = SoundDevices(bridge, parent=window)
    wire_settings(
        window,
        cast(CallEngine, engine),
        status,
        AccountBinding(cast(CallEngine, engine), SecretStore("x"), None, status),
        SecretStore("x"),
        None,
        bridge,
        RingControl(ringer),
        ringer,
        tmp_path / "profile",
        sound_devices,
    )
    # What happens at start, before anyone opens the settings:
    engine.publish(CodecsListed((CodecInfo("G722/16000/1", 130), CodecInfo("PCMA/8000/1", 120))))
    engine.publish(engine.call_event("c1", CallState.ACTIVE))
    microphone = AudioDevice(7, "Replayed Microphone", "ALSA", 1, 0, 48000.0)
    devices = AudioStatus(inputs=(microphone,), outputs=())
    sound_devices.changed.emit(DevicesChanged(devices, ("Replayed Microphone",), ()))
    QApplication.processEvents()
    assert not window.settings_slot.built

    qtbot.mouseClick(window.rail.buttons()[4], Qt.MouseButton.LeftButton)
    page = window.settings_page
    assert page.calls.codecs.rowCount() == 2
    calls_before = page.audio.call_active
    assert page.audio.input_choice.findData("Replayed Microphone") >= 0
    assert page.startup.at_login.isEnabled()  # its services are connected
    engine.publish(engine.call_event("c1", CallState.ENDED))
    assert (calls_before, page.audio.call_active) == (True, False)  # and follows the engine
    window.set_account_state("stale")
    page.language_changed.emit("fr")
    assert window.account_state.text() == status.summary()


def test_a_kept_event_does_not_hide_qobject_event(qapp) -> None:
    """Qt hands every QEvent to QObject.event: a kept engine event must not replace it."""
    from PySide6.QtCore import QEvent, QObject, Signal

    from jego_desktop.app.latest_events import LatestEvent

    class Source(QObject):
        fired = Signal(object)

    source = Source()
    latest = LatestEvent(source.fired, source)
    source.fired.emit("codecs")
    assert QCoreApplication.sendEvent(latest, QEvent(QEvent.Type.LanguageChange)) is False
    seen: list[object] = []
    latest.replay(seen.append)
    assert seen == ["codecs"]
