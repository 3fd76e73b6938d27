"""Widgets given to qtbot stay alive until qtbot closes them after the test.

pytest-qt keeps only a weak reference; a page in a reference cycle (CallsPage keeps its
own bound method in `confirm`) then lived on as garbage, still shown, and the collector
could delete it while pytest-qt's last processEvents painted it: `pytest tests/ui/calls`
crashed in history_delegate.paint ("Cannot destroy paint device that is being painted").
"""

from __future__ import annotations

import gc
import weakref

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


class CollectingWhilePainting(QWidget):
    """Collects garbage in its paint event, as any allocation in a delegate's paint may."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.painted = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        gc.collect()
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        painter.end()
        self.painted += 1


class Page(QWidget):
    """A top-level widget in a reference cycle, as CallsPage.confirm = self._confirm_dialog."""

    def __init__(self) -> None:
        super().__init__()
        self.itself = self
        self.canvas = CollectingWhilePainting(self)
        self.canvas.resize(120, 80)


def shown_and_forgotten(qtbot: QtBot) -> weakref.ref[Page]:
    page = Page()
    qtbot.addWidget(page)
    page.resize(120, 80)
    page.show()
    qtbot.waitExposed(page)
    return weakref.ref(page)


def test_a_widget_given_to_qtbot_outlives_its_last_reference(qtbot: QtBot) -> None:
    widget = shown_and_forgotten(qtbot)
    gc.collect()
    assert widget() is not None


def test_collecting_garbage_while_painting_spares_the_painted_page(qtbot: QtBot) -> None:
    page = shown_and_forgotten(qtbot)
    shown = page()
    assert shown is not None
    canvas = shown.canvas
    before = canvas.painted
    canvas.update()
    del shown
    QApplication.processEvents()  # before: the collector deleted the page mid-paint, a crash
    assert page() is not None and canvas.painted > before
