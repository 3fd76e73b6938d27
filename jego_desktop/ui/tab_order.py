"""The Tab order of a widget's keyboard stops, made to follow its layouts as they are read."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QLayout,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QWidget,
)


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def _grid_place(grid: QGridLayout, index: int) -> tuple[int, int]:
    place: tuple[int, ...] = tuple(grid.getItemPosition(index))  # type: ignore[arg-type]
    return place[0], place[1]


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    """The widgets of `layout` and its nested layouts: top to bottom, left to right."""
    indexes = list(range(layout.count()))
    if isinstance(layout, QGridLayout):
        grid = layout
        indexes.sort(key=lambda index: _grid_place(grid, index))
    found: list[QWidget] = []
    for index in indexes:
        item = layout.itemAt(index)
        if item is None:
            continue
        widget, nested = item.widget(), item.layout()
        if widget is not None:
            found.append(widget)
        elif nested is not None:
            found.extend(_layout_widgets(nested))
    return found


def _children_in_order(widget: QWidget) -> list[QWidget]:
    if isinstance(widget, QStackedWidget | QSplitter):
        pages = [widget.widget(index) for index in range(widget.count())]
        return [page for page in pages if page is not None]
    if isinstance(widget, QScrollArea):
        content = widget.widget()
        return [content] if content is not None else []
    layout = widget.layout()
    if layout is not None:
        return _layout_widgets(layout)
    if type(widget).__module__.startswith("PySide6"):
        return []  # a Qt control (combo box, spin box...) orders its own insides
    # One of ours placing its children by hand (the keypad): in the order they were made.
    children = widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return [child for child in children if not child.isWindow()]


def stops_in_layout_order(root: QWidget) -> list[QWidget]:
    """Every widget under `root` that Tab can reach, in the order its layouts show them."""
    stops: list[QWidget] = []
    for child in _children_in_order(root):
        if _takes_tab(child):
            stops.append(child)
        stops.extend(stops_in_layout_order(child))
    return stops


def follow_layout(root: QWidget) -> None:
    """Tab goes through `root`'s stops as they are read, whatever order they were made in.

    Call it once `root` is laid out and in its window (Qt rebuilds the chain otherwise)."""
    stops = stops_in_layout_order(root)
    for before, after in pairwise(stops):
        QWidget.setTabOrder(before, after)
