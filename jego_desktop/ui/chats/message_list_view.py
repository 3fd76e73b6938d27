"""The scrolling list of bubbles: older pages load at the top, the view sticks to the end."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QEvent,
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    QTimer,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyleOptionViewItem, QWidget

from jego_desktop.domain.messages import Message
from jego_desktop.models.chats.conversation_messages import ConversationMessagesModel, MessageRole
from jego_desktop.ui.chats.message_delegate import MessageDelegate

FETCH_MARGIN_PX = 300  # start loading older messages this close to the top
PREPARE_CHUNK = 20  # rows laid out ahead of time per turn of the event loop
# The frame that inserts rows is busy enough: start preparing the next ones a frame later.
PREPARE_PAUSE_MS = 20
# Older rows inserted at once when none were laid out ahead (the user drags to the top
# faster than they can be prepared): laying out a whole page would take several frames.
UNPREPARED_ROWS = 20


class _NoAutomaticFetch(QIdentityProxyModel):
    """Qt fetches more when a view's last row shows; here the last row is the newest
    message, always in view, so the view itself asks for older pages at the top."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.rows: ConversationMessagesModel | None = None  # the source model

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        return False

    def row_entry(self, row: int) -> tuple[Message, bool] | None:
        """The source's `row_entry` (rows are the same): what the delegate asks."""
        return self.rows.row_entry(row) if self.rows is not None else None


class MessageListView(QListView):
    """A QListView over a ConversationMessagesModel, newest at the bottom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageList")
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMouseTracking(True)
        self.setFrameShape(QListView.Shape.NoFrame)
        self._source: ConversationMessagesModel | None = None
        self._proxy = _NoAutomaticFetch(self)
        self._fetching = False
        # Timers owned by the view: nothing fires after it is gone.
        self._fetch_soon = _soon(self, self._maybe_fetch)
        self._load_soon = _soon(self, self._after_load)
        self._prepare_soon = _soon(self, self._prepare_step)
        # The older rows read ahead (oldest first) and how many of the newest of them
        # are laid out: those are the ones inserted next.
        self._ahead: list[tuple[Message, bool]] | None = None
        self._prepared = 0
        self._stick_to_end = True
        bar = self.verticalScrollBar()
        bar.valueChanged.connect(self._on_scrolled)
        bar.rangeChanged.connect(self._on_range_changed)

    def set_source(self, model: ConversationMessagesModel) -> None:
        self._source = model
        self._proxy.setSourceModel(model)
        self._proxy.rows = model
        self.setModel(self._proxy)
        model.loaded.connect(self._on_loaded)
        model.rowsInserted.connect(self._on_rows_inserted)
        # A state change can change a bubble's height ("retry" line, a picture arrived).
        model.dataChanged.connect(lambda *_args: self.scheduleDelayedItemsLayout())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        # A bubble's height depends on the width, but a top-to-bottom QListView lays
        # itself out again only when its height changes: when the width changes (the
        # scroll bar shows, the window is made narrower) ask for it, and prepare the
        # next older page at the new width.
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()
            self._prepare_older()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FontChange:
            delegate = self.itemDelegate()
            if isinstance(delegate, MessageDelegate):
                delegate.forget_layouts()
        super().changeEvent(event)

    def source_index(self, row: int) -> QModelIndex:
        return self._proxy.index(row, 0)

    def at_end(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - 4

    def scroll_to_end(self) -> None:
        self._stick_to_end = True
        self.scrollToBottom()

    def scroll_to_row(self, row: int) -> None:
        """Show `row` in the middle (after a jump to a search hit) and keep it there."""
        self._stick_to_end = False
        self.doItemsLayout()
        index = self._proxy.index(row, 0)
        self.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.setCurrentIndex(index)

    # ----- loading while scrolling ----------------------------------------------------

    def _on_loaded(self) -> None:
        self._stick_to_end = True
        self._load_soon.start()

    def _after_load(self) -> None:
        if self._stick_to_end:
            self.scrollToBottom()
        self._maybe_fetch()
        self._prepare_older()

    def _on_rows_inserted(self, _parent: QModelIndex, _first: int, _last: int) -> None:
        if self._fetching:
            return  # a page: the anchor keeps what the user looks at in place
        if self.at_end():
            self._stick_to_end = True

    def _on_scrolled(self, value: int) -> None:
        if not self._fetching:
            self._stick_to_end = self.at_end()
            if value <= FETCH_MARGIN_PX:
                self._maybe_fetch()  # now, before the top is painted once without it
            else:
                self._fetch_soon.start()

    def _on_range_changed(self, _minimum: int, maximum: int) -> None:
        if self._stick_to_end and not self._fetching:
            self.verticalScrollBar().setValue(maximum)

    def _maybe_fetch(self) -> None:
        source = self._source
        if source is None or self._fetching or not self.isVisible():
            return
        bar = self.verticalScrollBar()
        if bar.value() <= FETCH_MARGIN_PX and source.canFetchMore(QModelIndex()):
            limit = max(UNPREPARED_ROWS, self._prepared)
            self._fetch(lambda: source.fetch_older(limit))
        elif bar.value() >= bar.maximum() - FETCH_MARGIN_PX and source.has_newer():
            self._fetch(source.fetch_newer)

    def _fetch(self, load: Callable[[], None]) -> None:
        """Load a page, then scroll so the row at the top of the view stays put."""
        anchor = self.indexAt(QPoint(self.viewport().width() // 2, 1))
        message = anchor.data(MessageRole.MESSAGE) if anchor.isValid() else None
        offset = self.visualRect(anchor).top() if anchor.isValid() else 0
        self._fetching = True
        try:
            load()
            self.doItemsLayout()
            row = (
                self._source.row_of(message)
                if isinstance(message, Message) and self._source
                else -1
            )
            if row >= 0:
                moved = self.visualRect(self._proxy.index(row, 0)).top() - offset
                self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved)
        finally:
            self._fetching = False
        self._stick_to_end = self.at_end() and not (self._source and self._source.has_newer())
        self._prepare_older()

    # ----- the next older page, read and laid out while idle --------------------------

    def _prepare_older(self) -> None:
        """Read the next older rows and lay them out, newest first, in small steps
        while the user reads, so reaching the top costs only the insertion."""
        self._ahead = None
        self._prepared = 0
        self._prepare_soon.start(PREPARE_PAUSE_MS)

    def _prepare_step(self) -> None:
        source, delegate = self._source, self.itemDelegate()
        if source is None or not isinstance(delegate, MessageDelegate) or not self.isVisible():
            return
        if self._ahead is None:
            self._ahead = source.older_ahead()
        else:
            end = len(self._ahead) - self._prepared
            chunk = self._ahead[max(0, end - PREPARE_CHUNK) : end]
            option = QStyleOptionViewItem()
            self.initViewItemOption(option)
            delegate.prepare(option, chunk)
            self._prepared += len(chunk)
        if self._prepared < len(self._ahead):
            self._prepare_soon.start(0)


def _soon(parent: QWidget, action: Callable[[], None]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(action)
    return timer
