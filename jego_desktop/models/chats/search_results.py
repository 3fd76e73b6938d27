"""Messages found by a search across all history, newest first, with their conversation."""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    Qt,
)

from jego_desktop.domain.conversations import Conversation
from jego_desktop.domain.messages import Message
from jego_desktop.models.model_index import Index
from jego_desktop.models.role_names import role_names

RESULT_LIMIT = 100


class ResultRole(enum.IntEnum):
    MESSAGE = Qt.ItemDataRole.UserRole + 1
    TITLE = enum.auto()  # the conversation's name
    TIME = enum.auto()


class Searcher(Protocol):
    def search(
        self, query: str, *, conversation_id: int | None = None, limit: int = 50
    ) -> list[Message]: ...


class ConversationLookup(Protocol):
    def get(self, conversation_id: int) -> Conversation | None: ...


class SearchResultsModel(QAbstractListModel):
    """Rows of `MessageSearch.search(query)`; DisplayRole is the message text."""

    def __init__(
        self,
        title_of: Callable[[Conversation], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._title_of = title_of
        self._searcher: Searcher | None = None
        self._conversations: ConversationLookup | None = None
        self._rows: list[tuple[Message, str]] = []
        self._query = ""

    def set_sources(self, searcher: Searcher, conversations: ConversationLookup) -> None:
        self._searcher = searcher
        self._conversations = conversations
        self.set_query(self._query)

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, query: str) -> None:
        self._query = query
        found = (
            self._searcher.search(query, limit=RESULT_LIMIT)
            if self._searcher is not None and query.strip()
            else []
        )
        titles: dict[int, str] = {}
        rows = []
        for message in found:
            if message.conversation_id not in titles:
                conversation = (
                    self._conversations.get(message.conversation_id)
                    if self._conversations is not None
                    else None
                )
                titles[message.conversation_id] = (
                    self._title_of(conversation) if conversation is not None else ""
                )
            rows.append((message, titles[message.conversation_id]))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def message(self, row: int) -> Message | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802 - Qt override
        return role_names(super().roleNames(), ResultRole)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        message, title = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return " ".join(message.body.split())
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{title}: {message.body}"
        if role == ResultRole.MESSAGE:
            return message
        if role == ResultRole.TITLE:
            return title
        if role == ResultRole.TIME:
            return message.created_at
        return None
