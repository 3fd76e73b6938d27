"""PageSlot: a page (or the chats' conversation pane) built at its first use."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget
from pytestqt.qtbot import QtBot

from jego_desktop.ui.page_slot import PageSlot


def test_the_page_is_built_once_in_its_place_then_each_waiting_callback_runs_in_order(
    qtbot: QtBot,
) -> None:
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    first = QWidget()
    stack.addWidget(first)
    builds: list[QLabel] = []
    seen: list[tuple[str, QLabel]] = []

    def build() -> QLabel:
        builds.append(QLabel("page"))
        return builds[-1]

    slot = PageSlot(stack, build, lambda page: seen.append(("placed", page)))
    last = QWidget()
    stack.addWidget(last)
    slot.when_built(lambda page: seen.append(("first", page)))
    slot.when_built(lambda page: seen.append(("second", page)))
    built_before = slot.built
    assert not built_before and builds == [] and seen == [] and stack.count() == 3

    stack.setCurrentIndex(slot.index)  # shown while still empty
    page = slot.page()

    assert slot.page() is page and builds == [page] and slot.built
    assert seen == [("placed", page), ("first", page), ("second", page)]
    assert stack.count() == 3 and stack.indexOf(page) == slot.index == 1
    assert stack.currentWidget() is page  # the place it was shown in
    slot.when_built(lambda late: seen.append(("late", late)))
    assert seen[-1] == ("late", page)  # once built, at once
