"""Geometry checks on a shown window: what is cut off, what overlaps, what text does not fit.

Only visible widgets count. A scroll area's content may be larger than its viewport (that
is what scrolling is for), so the viewport's children are never "clipped".
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

BUTTON_MARGINS = 8  # at least 4 px of the button's own on each side of its text


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QAbstractButton | QLabel):
        text = f" {widget.text()!r}"
    return f"{type(widget).__name__}#{widget.objectName()}{text}"


def _path(widget: QWidget) -> str:
    names: list[str] = []
    current: QWidget | None = widget
    while current is not None and len(names) < 4:
        names.append(_name(current))
        current = current.parentWidget()
    return " < ".join(names)


def _is_scrolled_content(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    owner = parent.parentWidget() if parent is not None else None
    return isinstance(owner, QAbstractScrollArea) and owner.viewport() is parent


def _shown_children(widget: QWidget) -> list[QWidget]:
    return [
        child
        for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if child.isVisible() and not child.isWindow()
    ]


def _qt_internal(widget: QWidget) -> bool:
    return widget.objectName().startswith("qt_")


def layout_problems(root: QWidget) -> list[str]:
    """Every visible widget under `root` that sticks out of its parent, overlaps a visible
    sibling, or whose text is wider than it is."""
    problems: list[str] = []
    stack = [root]
    while stack:
        widget = stack.pop()
        children = _shown_children(widget)
        stack.extend(children)
        inside = widget.rect()
        for child in children:
            if _qt_internal(child) or _is_scrolled_content(child):
                continue
            if not inside.contains(child.geometry()):
                problems.append(
                    f"clipped: {_path(child)} {_rect(child.geometry())} in {_rect(inside)}"
                )
        laid_out = [child for child in children if not _qt_internal(child)]
        for number, first in enumerate(laid_out):
            for second in laid_out[number + 1 :]:
                shared = first.geometry().intersected(second.geometry())
                if shared.width() > 1 and shared.height() > 1:  # a shared border line is fine
                    problems.append(
                        f"overlap: {_path(first)} {_rect(first.geometry())} and "
                        f"{_name(second)} {_rect(second.geometry())}"
                    )
        problems.extend(_text_problems(widget))
        if isinstance(widget, QAbstractScrollArea) and widget.horizontalScrollBar().isVisible():
            problems.append(f"scrolls sideways: {_path(widget)}")
    return problems


def _text_problems(widget: QWidget) -> list[str]:
    if isinstance(widget, QPushButton | QToolButton) and widget.text():
        style = widget.toolButtonStyle() if isinstance(widget, QToolButton) else None
        if style == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return []
        needed = _widest_line(widget, widget.text().replace("&", "")) + BUTTON_MARGINS
        if isinstance(widget, QPushButton) and not widget.icon().isNull():
            needed += widget.iconSize().width()
        if needed > widget.width():
            return [f"text cut: {_path(widget)} needs {needed} px, has {widget.width()}"]
    if (
        isinstance(widget, QLabel)
        and widget.text()
        and not widget.wordWrap()
        and widget.textFormat() != Qt.TextFormat.RichText
        and not widget.text().lstrip().startswith("<")
    ):
        needed = _widest_line(widget, widget.text())
        if needed > widget.contentsRect().width() + 1:
            return [
                f"text cut: {_path(widget)} needs {needed} px, has {widget.contentsRect().width()}"
            ]
    return []


def _widest_line(widget: QWidget, text: str) -> int:
    """A text broken into lines needs its widest line's width."""
    return max(widget.fontMetrics().horizontalAdvance(line) for line in text.split("\n"))


def _rect(rect: QRect) -> str:
    return f"({rect.x()},{rect.y()} {rect.width()}x{rect.height()})"
