"""The contacts list when it holds more than fits: rows as wide as the list (never a
horizontal scroll bar), a long name kept inside its row, the app's thin vertical scroll bar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from jego_desktop.domain.contacts import Contact, PhoneNumber
from jego_desktop.models.calls.dial_pad import DialPadModel
from jego_desktop.store.contacts import ContactStore
from jego_desktop.ui.contacts.contacts_delegate import SECTION_HEIGHT
from jego_desktop.ui.contacts.contacts_page import ContactsPage
from jego_desktop.ui.style import SPACING
from tests.ui.contacts_pages import shown_contacts_page

LONG_NAME = "Maximilian-Alexander von Hohenzollern-Sigmaringen und Württemberg-Teck"


def crowded_page(qtbot: QtBot, store: ContactStore) -> ContactsPage:
    """A page too short for its twelve contacts, the first with a very long name."""
    store.add(Contact(LONG_NAME, (PhoneNumber("+33 6 12 34 56 78", "cell"),), favourite=True))
    store.add_many(
        [
            Contact(f"Contact {n:02}", (PhoneNumber(f"+33 6 00 00 00 {n:02}", "cell"),))
            for n in range(11)
        ]
    )
    return shown_contacts_page(qtbot, store, DialPadModel("FR"), 900, 420)


def test_a_list_that_overflows_scrolls_down_only_with_rows_as_wide_as_the_list(
    qtbot: QtBot, store: ContactStore
) -> None:
    page = crowded_page(qtbot, store)
    view = page.view
    assert view.verticalScrollBar().isVisible()  # the list does overflow
    assert not view.horizontalScrollBar().isVisible()
    assert view.horizontalScrollBar().maximum() == 0
    model = view.model()
    widths = {view.visualRect(model.index(row, 0)).width() for row in range(model.rowCount())}
    assert widths == {view.viewport().width()}


def test_rows_narrow_when_the_scroll_bar_comes_after_the_first_layout(
    qtbot: QtBot, store: ContactStore
) -> None:
    page = crowded_page(qtbot, store)
    view = page.view
    page.resize(900, 1200)  # all rows fit: no scroll bar
    qtbot.waitUntil(lambda: not view.verticalScrollBar().isVisible())
    page.resize(900, 420)  # a few pixels less than needed, as a taller top bar leaves
    qtbot.waitUntil(view.verticalScrollBar().isVisible)
    first = view.visualRect(view.model().index(0, 0))
    assert first.width() == view.viewport().width()
    assert not view.horizontalScrollBar().isVisible()


def test_a_long_name_stops_before_the_favourite_star(qtbot: QtBot, store: ContactStore) -> None:
    page = crowded_page(qtbot, store)
    view = page.view
    rect = view.visualRect(view.model().index(0, 0))  # the favourite, under its heading
    picture = view.viewport().grab(rect).toImage().convertToFormat(QImage.Format.Format_RGB32)
    width = rect.width()
    name_band = range(SECTION_HEIGHT + 12, SECTION_HEIGHT + 28)
    background = picture.pixel(width - 8, name_band[0])  # right of the star, inside the row
    star_left = width - 4 - SPACING - 16
    gap = range(star_left - SPACING + 2, star_left - 1)  # between the name and the star
    assert any(picture.pixel(x, y) != background for x in range(40, 200) for y in name_band)
    assert all(picture.pixel(x, y) == background for x in gap for y in name_band)


def test_the_vertical_scroll_bar_is_the_apps_thin_one(qtbot: QtBot, store: ContactStore) -> None:
    page = crowded_page(qtbot, store)
    bar = page.view.verticalScrollBar()
    assert bar.width() == 10  # the style sheet's; Fusion's own is wider, with arrows
    assert bar.orientation() is Qt.Orientation.Vertical
