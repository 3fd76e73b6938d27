"""Walking a window's Tab order as a keyboard user does, and what each stop looks like."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

ROW_TOLERANCE = 6  # px: widgets whose tops differ by less sit on one row


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def tab_stops(first: QWidget, limit: int = 40) -> list[QWidget]:
    """The widgets that take the focus, Tab after Tab from `first`, until it comes back."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    stops = [first]
    for _ in range(limit):
        current = QApplication.focusWidget()
        assert current is not None, f"the focus vanished after {describe(stops[-1])}"
        QTest.keyClick(current, Qt.Key.Key_Tab)
        settle()
        reached = QApplication.focusWidget()
        if reached is None or reached in stops:
            break
        stops.append(reached)
    return stops


def describe(widget: QWidget) -> str:
    name = widget.accessibleName() or getattr(widget, "text", lambda: "")() or ""
    return f"{type(widget).__name__}#{widget.objectName()} {name!r}"


def _picture(widget: QWidget) -> QImage:
    settle()
    return widget.grab().toImage()


def shows_focus(widget: QWidget) -> bool:
    """Whether `widget` looks different with the keyboard focus than without it."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    focused = _picture(widget)
    widget.clearFocus()
    plain = _picture(widget)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    settle()
    return focused != plain


def place(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())


def out_of_order(stops: list[QWidget], window: QWidget) -> list[str]:
    """Each step that goes against reading order: within a column, top to bottom and left to
    right along a row; a step up is fine only into a column further right."""
    problems = []
    for before, after in pairwise(stops):
        a, b = place(before, window), place(after, window)
        same_row = abs(a.top() - b.top()) < ROW_TOLERANCE or (
            a.top() < b.center().y() < a.bottom() or b.top() < a.center().y() < b.bottom()
        )
        along_the_row = b.left() >= a.left()
        down_or_next_column = b.top() > a.top() or b.left() >= a.right()
        fine = along_the_row if same_row else down_or_next_column
        if not fine:
            problems.append(f"{describe(before)} {a.getRect()} -> {describe(after)} {b.getRect()}")
    return problems


def unseen_focus(stops: list[QWidget]) -> list[str]:
    return [describe(stop) for stop in stops if not shows_focus(stop)]
