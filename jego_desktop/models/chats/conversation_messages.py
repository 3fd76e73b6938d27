"""The messages of one conversation, loaded a page at a time around what is on screen.

Rows are oldest first. The model starts with the newest page; `fetchMore` adds older
pages at the top, `fetch_newer` adds newer ones at the bottom after a jump into the
past (`load_around`). Messages arriving live are appended only while the newest
message is loaded, so a 100,000-message conversation costs one page to open.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime
import enum
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    Qt,
    Signal,
    Slot,
)

from jego_desktop.domain.messages import (
    Message,
    MessageCursor,
    MessageDirection,
    MessageState,
)
from jego_desktop.models.chats.unreadable import is_unreadable, unreadable_text
from jego_desktop.models.model_index import Index

PAGE_SIZE = 100
# At most this many rows are loaded: paging one way drops rows at the other end, so
# memory and the view's layout work stay the same however far the user scrolls. A view
# lays out every loaded row again after each insertion: a few screens' worth is enough.
MAX_ROWS = 200


class MessageRole(enum.IntEnum):
    MESSAGE = Qt.ItemDataRole.UserRole + 1  # the Message
    DAY = enum.auto()  # datetime.date of the message when it starts a new day, else None
    MESSAGE_ID = enum.auto()
    ROW = enum.auto()  # (MESSAGE, DAY) in one call: views ask for both at every layout


class OlderPages(Protocol):
    def page(
        self, conversation_id: int, *, limit: int = 50, before: MessageCursor | None = None
    ) -> list[Message]: ...


class NewerPages(Protocol):
    def page(
        self, conversation_id: int, after: MessageCursor, *, limit: int = 50
    ) -> list[Message]: ...


def local_day(timestamp: float) -> datetime.date:
    return datetime.datetime.fromtimestamp(timestamp).date()


class ConversationMessagesModel(QAbstractListModel):
    """One conversation's messages; see the module docstring.

    Signals:
        loaded(): the rows were replaced (another conversation, or a jump).
    """

    loaded = Signal()

    def __init__(
        self,
        older: OlderPages,
        newer: NewerPages,
        *,
        page_size: int = PAGE_SIZE,
        max_rows: int = MAX_ROWS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._older = older
        self._newer = newer
        self._page_size = page_size
        self._max_rows = max(max_rows, 2 * page_size)
        self._conversation_id: int | None = None
        self._rows: list[Message] = []
        self._keys: list[MessageCursor] = []  # parallel to _rows, for bisect
        self._has_older = False
        self._has_newer = False
        self._days: dict[int, datetime.date] = {}
        # The older rows read ahead of time, oldest first, for the first row's cursor.
        self._ahead: _Ahead | None = None
        # More a screen reader says of a row (a group message's receipts; '' for none).
        self.status_of: Callable[[Message], str] = lambda _message: ""

    # ----- what is shown --------------------------------------------------------------

    @property
    def conversation_id(self) -> int | None:
        return self._conversation_id

    def set_conversation(self, conversation_id: int | None) -> None:
        """Show the newest page of this conversation (None: nothing)."""
        self.beginResetModel()
        self._conversation_id = conversation_id
        rows = (
            []
            if conversation_id is None
            else self._older.page(conversation_id, limit=self._page_size)
        )
        self._replace(rows, has_older=len(rows) == self._page_size, has_newer=False)
        self.endResetModel()
        self.loaded.emit()

    def load_around(self, message: Message) -> int:
        """Show a page of history around `message` (a search hit); returns its row."""
        self.beginResetModel()
        self._conversation_id = message.conversation_id
        half = self._page_size // 2
        before = self._older.page(message.conversation_id, limit=half, before=message.cursor)
        after = self._newer.page(message.conversation_id, message.cursor, limit=half)
        self._replace(
            [*before, message, *after], has_older=len(before) == half, has_newer=len(after) == half
        )
        self.endResetModel()
        self.loaded.emit()
        return len(before)

    def has_newer(self) -> bool:
        """Newer messages exist than the last row (after `load_around`)."""
        return self._has_newer

    def message(self, row: int) -> Message | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_entry(self, row: int) -> tuple[Message, bool] | None:
        """(message, starts a day) of a row: what a view lays out, without `data()`'s
        round trip through Qt, asked for every row at every layout of a long history."""
        rows = self._rows
        if not 0 <= row < len(rows):
            return None
        message = rows[row]
        day = self._local_day(message)
        return message, row == 0 or self._local_day(rows[row - 1]) != day

    def row_of(self, message: Message) -> int:
        """The row of a message (found by its place in time), or -1."""
        row = bisect.bisect_left(self._keys, message.cursor)
        if row < len(self._rows) and self._rows[row].id == message.id:
            return row
        return -1

    # ----- paging ---------------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and self._has_older

    def older_ahead(self) -> list[tuple[Message, bool]]:
        """Read the rows `fetchMore` inserts next (a page, or what is left of one),
        without inserting them yet.

        Returns them oldest first as they will be: (message, starts a day), so a view
        can lay them out while idle. `fetchMore` and `fetch_older` use the rows read here.
        """
        ahead = self._read_ahead()
        if ahead is None:
            return []
        rows = ahead.rows
        days = [local_day(message.created_at) for message in rows]
        return [(message, n == 0 or days[n] != days[n - 1]) for n, message in enumerate(rows)]

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802
        """Load up to a page of older messages at the top."""
        if not parent.isValid():
            self.fetch_older(self._page_size)

    def fetch_older(self, limit: int) -> None:
        """Insert at most `limit` older rows at the top: the newest of those read ahead.

        A view inserts fewer rows than a page when it had no time to lay them out
        ahead: each insertion then costs a frame, not several.
        """
        ahead = self._read_ahead()
        self._ahead = None
        if ahead is None:
            return
        rows = ahead.rows[-limit:] if limit > 0 else []
        left = ahead.rows[: len(ahead.rows) - len(rows)]
        self._has_older = bool(left) or ahead.more
        if not rows:
            return
        if left:
            self._ahead = _Ahead(rows[0].cursor, left, ahead.more)
        self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
        self._rows[:0] = rows
        self._keys[:0] = [message.cursor for message in rows]
        self.endInsertRows()
        # The old first row may no longer start a day.
        self._day_changed(len(rows))
        excess = len(self._rows) - self._max_rows
        if excess > 0:
            self._drop(len(self._rows) - excess, len(self._rows))
            self._has_newer = True

    def fetch_newer(self) -> None:
        """Load the page after the last row (after a jump, or after dropping rows)."""
        if not self._has_newer or self._conversation_id is None or not self._rows:
            return
        rows = self._newer.page(self._conversation_id, self._keys[-1], limit=self._page_size)
        self._has_newer = len(rows) == self._page_size
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self._keys.extend(message.cursor for message in rows)
        self.endInsertRows()
        excess = len(self._rows) - self._max_rows
        if excess > 0:
            self._drop(0, excess)
            self._has_older = True
            self._day_changed(0)

    def _drop(self, first: int, end: int) -> None:
        self.beginRemoveRows(QModelIndex(), first, end - 1)
        for message in self._rows[first:end]:
            self._days.pop(message.id, None)
        del self._rows[first:end]
        del self._keys[first:end]
        self.endRemoveRows()

    # ----- live updates ---------------------------------------------------------------

    @Slot(object)
    def on_message_added(self, message: Message) -> None:
        if message.conversation_id != self._conversation_id or self.row_of(message) >= 0:
            return
        row = bisect.bisect_left(self._keys, message.cursor)
        if row == len(self._rows) and self._has_newer:
            return  # it comes with the newer pages
        if row == 0 and self._has_older and self._rows:
            self._ahead = None  # read again with it
            return  # older than what is loaded: it comes with the older pages
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, message)
        self._keys.insert(row, message.cursor)
        self.endInsertRows()
        self._day_changed(row + 1)

    @Slot(object)
    def on_message_changed(self, message: Message) -> None:
        if message.conversation_id != self._conversation_id:
            return
        row = self.row_of(message)
        if row < 0 and self._rows and message.cursor < self._keys[0]:
            self._ahead = None  # it may be in the page read ahead
        if row >= 0:
            self._rows[row] = message
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)

    def remove(self, message: Message) -> None:
        """Take a loaded message out (deleted, or hidden while its deletion can be undone);
        `on_message_added` puts it back."""
        row = self.row_of(message)
        if row < 0:
            return
        self._ahead = None
        self._drop(row, row + 1)
        self._day_changed(row)

    @Slot(int, float)
    def on_messages_read(self, conversation_id: int, at: float) -> None:
        """Apply MessagingService.messages_read to the loaded rows, with one dataChanged."""
        if conversation_id != self._conversation_id:
            return
        self._ahead = None  # its unread rows are stale too
        changed = [row for row, message in enumerate(self._rows) if _unread(message)]
        for row in changed:
            self._rows[row] = dataclasses.replace(
                self._rows[row], state=MessageState.DISPLAYED, displayed_at=at
            )
        if changed:
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], 0))

    # ----- Qt model -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802 - Qt override
        names = super().roleNames()
        for role in MessageRole:
            names[int(role)] = QByteArray(role.name.lower().encode())
        return names

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        message = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return message.body if message.content_type.startswith("text/") else ""
        if role == Qt.ItemDataRole.AccessibleTextRole:
            files = ", ".join(attachment.file_name for attachment in message.attachments)
            if is_unreadable(message):
                return unreadable_text(message.body)
            status = self.status_of(message)
            return (files or message.body) + (" (" + status + ")" if status else "")
        if role == MessageRole.ROW:
            return message, self._day_of(index.row())
        if role == MessageRole.MESSAGE:
            return message
        if role == MessageRole.MESSAGE_ID:
            return message.message_id
        if role == MessageRole.DAY:
            return self._day_of(index.row())
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # ----- internals ------------------------------------------------------------------

    def _read_ahead(self) -> _Ahead | None:
        """The rows before the first row, read once (None: there are none to read)."""
        if not self._has_older or self._conversation_id is None or not self._rows:
            return None
        first = self._keys[0]
        if self._ahead is None or self._ahead.before != first:
            limit = self._page_size
            page = self._older.page(self._conversation_id, limit=limit, before=first)
            self._ahead = _Ahead(first, page, more=len(page) == limit)
        return self._ahead

    def _replace(self, rows: list[Message], *, has_older: bool, has_newer: bool) -> None:
        self._days.clear()
        self._ahead = None
        self._rows = rows
        self._keys = [message.cursor for message in rows]
        self._has_older = has_older
        self._has_newer = has_newer

    def _day_of(self, row: int) -> datetime.date | None:
        day = self._local_day(self._rows[row])
        if row == 0:
            return day  # the first loaded row always says its day
        return day if self._local_day(self._rows[row - 1]) != day else None

    def _local_day(self, message: Message) -> datetime.date:
        # Asked for every row at each layout of a long history: worth remembering.
        day = self._days.get(message.id)
        if day is None:
            day = self._days[message.id] = local_day(message.created_at)
        return day

    def _day_changed(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            index = self.index(row, 0)
            self.dataChanged.emit(index, index, [int(MessageRole.DAY)])


@dataclasses.dataclass(frozen=True)
class _Ahead:
    """Older rows read ahead: those just before `before`, oldest first."""

    before: MessageCursor
    rows: list[Message]
    more: bool  # older messages exist than these


def _unread(message: Message) -> bool:
    return message.direction is MessageDirection.INCOMING and message.state is MessageState.RECEIVED
