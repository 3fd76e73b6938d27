"""The call history page: missed calls highlighted, call back on Enter or double click."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from jego_desktop.domain.calls import CallDirection
from jego_desktop.models.calls.call_history import CallHistoryModel, HistoryRole
from jego_desktop.ui.calls.calls_page import CallsPage
from jego_desktop.ui.style import LIGHT
from tests.ui.fake_engine import FakeEngine
from tests.unit.models.calls.test_call_history_model import FakeHistory, entry

MISSED_PEER = "sip:+33612345678@example.org"


def make_page(qtbot: QtBot, history: FakeHistory) -> tuple[CallsPage, FakeEngine]:
    engine = FakeEngine()
    page = CallsPage(CallHistoryModel(history, home_region="FR"), LIGHT)
    page.call_back_requested.connect(engine.make_call)
    qtbot.addWidget(page)
    page.resize(600, 400)
    page.show()
    qtbot.waitExposed(page)
    return page, engine


def sample() -> FakeHistory:
    return FakeHistory(
        [
            entry(1, MISSED_PEER, CallDirection.INCOMING, answered=False, missed=True),
            entry(2, "sip:alice@example.org"),
            entry(3, "sip:+4930123456@example.org", CallDirection.INCOMING),
        ]
    )


def row_has_colour(image: QImage, top: int, bottom: int, colour: QColor) -> bool:
    wanted = colour.rgb()
    for y in range(top, bottom):
        for x in range(image.width() // 2):
            pixel = QColor(image.pixel(x, y))
            if (
                abs(pixel.red() - QColor(wanted).red()) < 24
                and abs(pixel.green() - QColor(wanted).green()) < 24
                and abs(pixel.blue() - QColor(wanted).blue()) < 24
            ):
                return True
    return False


def test_missed_calls_are_highlighted(qtbot: QtBot) -> None:
    page, _ = make_page(qtbot, sample())
    assert page.view.isVisible()
    model = page.view.model()
    assert [model.index(r, 0).data(HistoryRole.MISSED) for r in range(3)] == [True, False, False]
    image = page.view.viewport().grab().toImage()
    first = page.view.visualRect(model.index(0, 0))
    second = page.view.visualRect(model.index(1, 0))
    danger = QColor(LIGHT.danger)
    assert row_has_colour(image, first.top(), first.bottom(), danger)
    assert not row_has_colour(image, second.top(), second.bottom(), danger)


def test_enter_calls_back(qtbot: QtBot) -> None:
    page, engine = make_page(qtbot, sample())
    page.view.setFocus()
    page.view.setCurrentIndex(page.view.model().index(0, 0))
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert engine.commands == [("make_call", MISSED_PEER, "+33100000000@example.org")]


def test_double_click_calls_back(qtbot: QtBot) -> None:
    page, engine = make_page(qtbot, sample())
    rect = page.view.visualRect(page.view.model().index(1, 0))
    # A real double click starts with a press; QTest's mouseDClick alone sends none.
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert engine.commands == [("make_call", "sip:alice@example.org", "+33100000000@example.org")]


def test_empty_history_shows_the_empty_state(qtbot: QtBot) -> None:
    history = FakeHistory([])
    page, _ = make_page(qtbot, history)
    assert not page.view.isVisible()
    history.entries.append(entry(1, MISSED_PEER))
    page.model.refresh()
    assert page.view.isVisible()


def test_missed_only_filters_and_clear_asks_first(qtbot: QtBot) -> None:
    history = sample()
    page, _engine = make_page(qtbot, history)
    assert page.model.rowCount() == 3
    qtbot.mouseClick(page.missed_only, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data(HistoryRole.MISSED) is True
    qtbot.mouseClick(page.missed_only, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 3
    questions: list[str] = []

    def answer(question: str) -> bool:
        questions.append(question)
        return len(questions) > 1  # no, then yes

    page.confirm = answer
    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 3 and history.entries
    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 0 and history.entries == []
    assert questions == ["Delete every call from the history?"] * 2
    assert not page.clear_button.isEnabled()
