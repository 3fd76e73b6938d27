"""A page's content in a frameless area that scrolls up and down when the window is too low."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


def vertical_scroller(content: QWidget) -> QScrollArea:
    """`content` fills the area as long as it fits; below its minimum height it scrolls.

    Never sideways: the content's minimum width is the page's to respect.
    """
    area = QScrollArea()
    area.setObjectName("pageScroller")  # the window's style sheet gives it a thin bar
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.viewport().setAutoFillBackground(False)
    if not content.objectName():
        content.setObjectName("page")  # the page's background, from the window's style sheet
    area.setWidget(content)
    return area
