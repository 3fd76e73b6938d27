"""A page made the first time it is shown or needed (issue #15: the first screen shows
one page of the main window, and no conversation; building the others at start cost
~30 ms and ~4 MB each, the chats' conversation pane ~25 ms)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QStackedWidget, QWidget

PageT = TypeVar("PageT", bound=QWidget)


class PageSlot(Generic[PageT]):
    """Holds a page's place in the stack with an empty widget until `page()` builds it;
    then `placed(page)` and each `when_built` callback run, in that order, once."""

    def __init__(
        self,
        stack: QStackedWidget,
        build: Callable[[], PageT],
        placed: Callable[[PageT], None],
    ) -> None:
        self._stack = stack
        self._build = build
        self._placed = placed
        self._page: PageT | None = None
        self._waiting: list[Callable[[PageT], object]] = []
        self._placeholder: QWidget | None = QWidget()
        self.index = stack.addWidget(self._placeholder)

    @property
    def built(self) -> bool:
        return self._page is not None

    def page(self) -> PageT:
        if self._page is not None:
            return self._page
        page = self._build()
        self._page = page
        shown = self._stack.currentIndex() == self.index
        self._stack.insertWidget(self.index, page)
        if self._placeholder is not None:
            self._stack.removeWidget(self._placeholder)
            self._placeholder.deleteLater()
            self._placeholder = None
        if shown:
            self._stack.setCurrentIndex(self.index)
        self._placed(page)
        waiting, self._waiting = self._waiting, []
        for callback in waiting:
            callback(page)
        return page

    def when_built(self, callback: Callable[[PageT], object]) -> None:
        """Run `callback(page)` now if the page is built, else right after it is."""
        if self._page is not None:
            callback(self._page)
        else:
            self._waiting.append(callback)
