"""The tray menu (driven through its QMenu actions: no real tray needed), the tray icon,
the rail badges and hiding into the tray on close."""

from __future__ import annotations

import ctypes
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage, QPixmap, QPixmapCache
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from jego_desktop.domain.calls import CallDirection
from jego_desktop.domain.contacts import Contact, PhoneNumber
from jego_desktop.models.calls.dial_pad import DialPadModel
from jego_desktop.models.settings.settings_values import TRAY_HINT_SHOWN
from jego_desktop.models.window.quick_dial import QuickDialEntry
from jego_desktop.store.contacts import ContactStore
from jego_desktop.store.database import Database
from jego_desktop.ui.resources import icon, svg_pixmap
from jego_desktop.ui.style import LIGHT
from jego_desktop.ui.window import tray_icon as tray_icon_module
from jego_desktop.ui.window.main_window import MainWindow
from jego_desktop.ui.window.tray import Tray
from jego_desktop.ui.window.tray_icon import tray_icon, tray_pixmap
from jego_desktop.ui.window.window_presence import CALLS_PAGE, CHATS_PAGE
from tests.ui.fake_engine import FakeEngine
from tests.unit.models.calls.test_call_history_model import FakeHistory, entry

ACCOUNT = "+33100000000@sip.example.org"
HISTORY_ACCOUNT = "+33100000000@example.org"  # the account of tests' history entries


class Missed:
    """Stands in for CallHistory's missed-call queries."""

    def __init__(self, count: int) -> None:
        self.count = count

    def missed_count(self, *, account_key: str | None = None) -> int:
        return self.count

    def mark_missed_seen(self) -> int:
        seen, self.count = self.count, 0
        return seen


class Unread:
    def __init__(self, total: int) -> None:
        self.total = total

    def unread_total(self) -> int:
        return self.total


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, db: Database) -> MainWindow:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("dialing/home_region", "FR")
    main = MainWindow(settings)
    qtbot.addWidget(main)
    main.dial_pad.set_account(ACCOUNT, "sip.example.org")
    store = ContactStore(db)
    store.add_many(
        [
            Contact("Camille", (PhoneNumber("06 12 34 56 78", "cell"),), favourite=True),
            Contact("Élodie", sip_uri="sip:elodie@example.net", favourite=True),
            Contact("Not a favourite", (PhoneNumber("+33 1 23 45 67 89"),)),
        ]
    )
    main.contacts.set_store(store)
    main.call_history.set_source(
        FakeHistory(
            [
                entry(1, "sip:+442079460000@example.org", CallDirection.INCOMING),
                entry(2, "sip:+33612345678@example.org"),  # Camille: already offered
            ]
        )
    )
    return main


def labels(tray: Tray) -> list[str]:
    return [action.text() for action in tray.menu.actions() if action.text()]  # with sections


def test_the_menu_offers_favourites_recent_numbers_and_the_rest(window: MainWindow) -> None:
    tray = window.presence.tray
    tray.refresh_menu()

    assert labels(tray) == [
        "Nothing new",
        "Online",  # my status, a submenu
        "Quick dial",
        "Camille",
        "Élodie",
        "+44 20 7946 0000",
        "Dial…",
        "Show window",
        "Quit",
    ]
    assert not tray.counts_action.isEnabled()


def test_quick_dial_calls_through_the_engine(window: MainWindow) -> None:
    engine = FakeEngine()
    tray = window.presence.tray
    tray.call_requested.connect(engine.make_call)  # as app.wire_presence does
    tray.refresh_menu()
    camille, elodie, recent = tray.quick_dial_actions

    camille.trigger()
    assert engine.last("make_call") == ("make_call", "sip:+33612345678@sip.example.org", ACCOUNT)
    elodie.trigger()
    assert engine.last("make_call") == ("make_call", "sip:elodie@example.net", ACCOUNT)
    recent.trigger()
    assert engine.last("make_call") == (
        "make_call",
        "sip:+442079460000@example.org",
        HISTORY_ACCOUNT,
    )


def test_a_number_without_an_account_goes_to_the_dial_pad(qtbot: QtBot) -> None:
    engine = FakeEngine()
    owner = QWidget()
    qtbot.addWidget(owner)
    entries = [QuickDialEntry("Camille", "06 12 34 56 78", "", True)]
    tray = Tray(owner, lambda: entries, DialPadModel("FR"), LIGHT)
    tray.call_requested.connect(engine.make_call)
    with qtbot.waitSignal(tray.dial_pad_requested) as asked:
        tray.quick_dial_actions[0].trigger()
    assert asked.args == ["06 12 34 56 78"]
    assert "make_call" not in engine.names()


def test_dial_opens_the_dial_pad_and_quit_is_offered(qtbot: QtBot, window: MainWindow) -> None:
    tray = window.presence.tray
    tray.refresh_menu()
    tray.dial_action.trigger()
    assert window.isVisible() and window.pages.currentIndex() == 2
    tray.refresh_menu()
    assert "Hide window" in labels(tray)
    tray.toggle_action.trigger()
    assert not window.isVisible()


def test_counts_show_in_the_menu_on_the_icon_and_on_the_rail(
    qtbot: QtBot, window: MainWindow
) -> None:
    missed = Missed(2)
    window.presence.attention.set_sources(missed, Unread(3))
    tray = window.presence.tray

    assert tray.counts_action.text() == "Unread messages: 3 · Missed calls: 2"
    assert window.rail.badge(CHATS_PAGE) == 3 and window.rail.badge(CALLS_PAGE) == 2
    window.show()
    qtbot.waitExposed(window)
    image = window.rail.buttons()[CHATS_PAGE].grab().toImage()
    assert reddish_pixels(image) > 40  # the pill is painted on the button
    assert reddish_pixels(window.rail.buttons()[1].grab().toImage()) == 0

    window.show_page(CALLS_PAGE)  # looking at the calls clears the missed count
    assert missed.count == 0
    assert window.rail.badge(CALLS_PAGE) == 0
    assert tray.counts_action.text() == "Unread messages: 3"


def reddish_pixels(image: QImage) -> int:
    found = 0
    for y in range(image.height()):
        for x in range(image.width()):
            colour = QColor(image.pixel(x, y))
            if colour.red() > 180 and colour.green() < 90 and colour.blue() < 90:
                found += 1
    return found


def test_the_icon_shows_state_and_count() -> None:
    online = tray_pixmap(True, 0, 32).toImage()
    offline = tray_pixmap(False, 0, 32).toImage()
    waiting = tray_pixmap(True, 4, 32).toImage()

    assert online != offline
    assert reddish_pixels(online) == 0
    assert reddish_pixels(waiting) > 30


def test_the_icon_is_drawn_as_before_from_the_svg(qapp: QApplication) -> None:
    drawn = svg_pixmap("jego", 32).toImage()
    assert drawn == icon("jego", size=32).pixmap(32, 32).toImage()
    assert tray_pixmap(True, 0, 32).toImage() == drawn.convertToFormat(
        QImage.Format.Format_ARGB32_Premultiplied
    )


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            *("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks"),
            *("uordblks", "fordblks", "keepcost"),
        )
    ]


def _heap_in_use() -> int | None:
    try:
        mallinfo2 = ctypes.CDLL(None).mallinfo2  # glibc 2.33+
    except (OSError, AttributeError):
        return None
    mallinfo2.restype = _MallInfo2
    info = mallinfo2()
    return int(info.uordblks + info.hblkhd)


def test_the_tray_picture_is_drawn_when_first_asked_for(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not at start where there is no tray to show it (~5 ms before the first paint)."""
    drawn: list[int] = []

    def counted(registered: bool, count: int, size: int, *, busy: bool = False) -> QPixmap:
        drawn.append(size)
        return tray_pixmap(registered, count, size, busy=busy)

    monkeypatch.setattr(tray_icon_module, "tray_pixmap", counted)
    picture = tray_icon(True, 3)
    assert drawn == []
    image = picture.pixmap(32).toImage()
    assert sorted(drawn) == sorted(tray_icon_module.SIZES)  # every size, once
    assert image.size().width() == 32 and not image.isNull()
    assert image == tray_pixmap(True, 3, 32).toImage()
    picture.pixmap(16)
    assert len(drawn) == len(tray_icon_module.SIZES)


def test_a_hundred_counts_leave_no_icons_behind_in_qts_pixmap_cache(qapp: QApplication) -> None:
    """Each count from 1 to 99 gets a new icon; their pixmaps must die with them (they
    stayed in Qt's pixmap cache: ~4 MB for 100 counts, until idle time evicted them)."""
    if _heap_in_use() is None:
        pytest.skip("glibc's mallinfo2 is needed to read the heap")
    QPixmapCache.clear()
    tray_icon(True, 0).pixmap(32)  # drawn when asked, as a tray asks
    before = _heap_in_use()
    for count in range(1, 101):
        tray_icon(True, count).pixmap(32)
    grown = (_heap_in_use() or 0) - (before or 0)
    QPixmapCache.clear()
    assert grown < 1_500_000, f"{grown} bytes kept after 100 icons"


def test_closing_hides_into_the_tray_and_says_so_once(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Tray, "shown", property(lambda _self: True))
    hints: list[tuple[str, str]] = []
    window.presence.notify = lambda title, text: hints.append((title, text))
    window.show()
    qtbot.waitExposed(window)

    assert not window.close()  # the close was refused: the app keeps running
    assert not window.isVisible()
    assert hints == [
        (
            "Jego is still running",
            "Calls and messages still reach you. Quit from the tray icon's menu or with Ctrl+Q.",
        )
    ]
    window.presence.tray.toggle_action.trigger()
    assert window.isVisible()
    assert not window.close()
    assert len(hints) == 1  # the first time only
    assert window._settings.value(TRAY_HINT_SHOWN, False, bool)


def test_without_a_tray_closing_closes(qtbot: QtBot, window: MainWindow) -> None:
    assert not window.presence.tray.shown  # the offscreen platform has no tray
    window.show()
    qtbot.waitExposed(window)
    assert window.close()  # accepted: the app quits as before
    assert not window.isVisible()


def test_quit_from_the_menu_really_closes(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Tray, "shown", property(lambda _self: True))
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    window.show()
    qtbot.waitExposed(window)

    window.presence.tray.quit_action.trigger()
    assert quits == [True]
    assert window.close()  # while quitting, closing is not turned into hiding


def test_a_flood_of_messages_draws_the_icon_only_when_its_badge_changes(qtbot: QtBot) -> None:
    """Each new icon fills Qt's pixmap cache (3,000 messages held ~10 MB): past 99 the badge
    says 99+ and the icon stays the same object."""
    owner = QWidget()
    qtbot.addWidget(owner)
    tray = Tray(owner, list, DialPadModel("FR"), LIGHT)
    tray.set_registered(True)
    keys = set()
    for unread in range(1, 3001):
        tray.set_counts(unread, 0)
        keys.add(tray.icon.icon().cacheKey())
    assert len(keys) == 100  # 1 ... 99, then 99+
    assert tray.counts_action.text() == "Unread messages: 3000"
    before = tray.icon.icon().cacheKey()
    tray.set_counts(3000, 1)  # still 99+
    assert tray.icon.icon().cacheKey() == before
    tray.set_registered(False)
    assert tray.icon.icon().cacheKey() != before
