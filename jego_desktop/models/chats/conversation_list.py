"""The conversation list: newest activity first, with preview, time, unread and typing."""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QModelIndex,
    QObject,
    Qt,
    Signal,
    SignalInstance,
    Slot,
)

from jego_desktop.domain.conversations import Conversation, ConversationSummary, MessagePreview
from jego_desktop.domain.groups import is_group_peer
from jego_desktop.domain.messages import Message, MessageDirection, MessageState
from jego_desktop.domain.peers import normalise_peer_uri
from jego_desktop.models.chats.group_events import event_sentence, is_group_event
from jego_desktop.models.chats.group_texts import MemberNames, own_uri_of
from jego_desktop.models.contacts.peer_text import display_number
from jego_desktop.models.role_names import role_names

if TYPE_CHECKING:
    from jego_desktop.domain.engine_events import TypingChanged
    from jego_desktop.models.model_index import Index

NameLookup = Callable[[str], str]  # peer URI -> contact name ("" when unknown)


class ConversationRole(enum.IntEnum):
    CONVERSATION = Qt.ItemDataRole.UserRole + 1  # the Conversation
    PREVIEW = enum.auto()  # MessagePreview | None
    TIME = enum.auto()  # last activity, epoch seconds
    UNREAD = enum.auto()  # int
    TYPING = enum.auto()  # bool: the peer is writing
    PEER_URI = enum.auto()
    ACCOUNT_KEY = enum.auto()  # the account key (DIRECT_ACCOUNT_KEY for direct IP)
    NOT_SENT = enum.auto()  # bool: the newest message is mine and was not sent
    GROUP = enum.auto()  # bool: a group's conversation
    GROUP_AUTHOR = enum.auto()  # a group's newest message: who wrote it ('' the user)
    GROUP_EVENT = enum.auto()  # a group's newest message as a sentence, when an event


class Summaries(Protocol):
    def summaries(
        self, *, account_key: str | None = None, limit: int = -1
    ) -> list[ConversationSummary]: ...

    def summary(self, conversation_id: int) -> ConversationSummary | None: ...


class MessagingSignals(Protocol):
    """What the list follows of a MessagingService."""

    @property
    def message_added(self) -> SignalInstance: ...

    @property
    def message_changed(self) -> SignalInstance: ...

    @property
    def messages_read(self) -> SignalInstance: ...

    @property
    def typing_changed(self) -> SignalInstance: ...


class ConversationListModel(QAbstractListModel):
    """Rows from `ConversationStore.summaries()`, refreshed when messages come and go.

    Signals:
        unread_changed(int): the total of unread messages changed (for badges).
    """

    unread_changed = Signal(int)

    def __init__(
        self,
        store: Summaries | None = None,
        *,
        names: NameLookup = lambda _uri: "",
        home_region: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._hidden: set[int] = set()  # conversations being deleted (undo)
        self._store = store
        self._names = names
        self._home_region = home_region
        self._rows: list[ConversationSummary] = []
        self._typing: set[tuple[str, str]] = set()  # (store account key, normalised peer)
        self._unread = 0
        # A group conversation's newest message, whole: its author and a membership event's
        # body are not in the preview. The page answers from the store; asked again only
        # when the preview changes.
        self.last_message: Callable[[Conversation], Message | None] = lambda _conversation: None
        self._group_lines: dict[int, tuple[MessagePreview, str, str]] = {}
        self.refresh()

    # ----- sources --------------------------------------------------------------------

    def set_store(self, store: Summaries | None) -> None:
        self._store = store
        self.refresh()

    def set_names(self, names: NameLookup) -> None:
        self._names = names
        self._group_lines.clear()
        self._all_changed()

    def set_home_region(self, region: str) -> None:
        self._home_region = region
        self._group_lines.clear()
        self._all_changed()

    def connect_messaging(self, messaging: MessagingSignals) -> None:
        """Follow a MessagingService: a new or changed message updates its row only."""
        messaging.message_added.connect(self.on_message)
        messaging.message_changed.connect(self.on_message)
        messaging.messages_read.connect(self.on_messages_read)
        messaging.typing_changed.connect(self.on_typing_changed)

    @property
    def unread_total(self) -> int:
        return self._unread

    # ----- reading --------------------------------------------------------------------

    def conversation(self, row: int) -> Conversation | None:
        return self._rows[row].conversation if 0 <= row < len(self._rows) else None

    def row_of(self, conversation_id: int) -> int:
        for row, summary in enumerate(self._rows):
            if summary.conversation.id == conversation_id:
                return row
        return -1

    def title_of(self, conversation: Conversation) -> str:
        return (
            self._names(conversation.peer_uri)
            or conversation.title
            or display_number(conversation.peer_uri, self._home_region)
        )

    # ----- updates --------------------------------------------------------------------

    def hide(self, conversation_id: int) -> None:
        """Leave this conversation out (it is being deleted, and may come back on undo)."""
        self._hidden.add(conversation_id)
        row = self.row_of(conversation_id)
        if row >= 0:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self._count_unread()

    def unhide(self, conversation_id: int) -> None:
        self._hidden.discard(conversation_id)
        self.refresh()

    @Slot()
    @Slot(object)
    def refresh(self, _message: object = None) -> None:
        """Read the list again; rows keep their identity (selection survives)."""
        fresh = [] if self._store is None else self._store.summaries()
        fresh = [summary for summary in fresh if summary.conversation.id not in self._hidden]
        if not self._rows or not fresh:
            self.beginResetModel()
            self._rows = fresh
            self.endResetModel()
        else:
            self._merge(fresh)
        self._count_unread()

    @Slot(object)
    def on_message(self, message: Message) -> None:
        """A message was added or changed: read that one conversation's row again and
        move it to where its activity puts it (a new conversation is inserted)."""
        if self._store is None or message.conversation_id in self._hidden:
            return
        fresh = self._store.summary(message.conversation_id)
        if fresh is None:
            return
        row = self.row_of(message.conversation_id)
        if row >= 0:
            if fresh == self._rows[row]:
                return
            self._rows[row] = fresh
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)
        else:
            row = len(self._rows)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.append(fresh)
            self.endInsertRows()
        self._move_into_place(row)
        self._count_unread()

    @Slot(int, float)
    def on_messages_read(self, conversation_id: int, _at: float = 0.0) -> None:
        """MessagingService.messages_read: that row's unread count is 0 now, as the store
        says; only that row changes (no reload), and the total follows for the badges."""
        row = self.row_of(conversation_id)
        if row < 0:
            return
        summary = self._rows[row]
        preview = summary.last_message
        if summary.conversation.unread_count == 0 and not _unread(preview):
            return
        if preview is not None and _unread(preview):
            preview = replace(preview, state=MessageState.DISPLAYED)
        conversation = replace(summary.conversation, unread_count=0)
        self._rows[row] = ConversationSummary(conversation, preview)
        index = self.index(row, 0)
        roles = [int(ConversationRole.UNREAD), int(ConversationRole.PREVIEW)]
        self.dataChanged.emit(index, index, roles)
        self._count_unread()

    @Slot(object)
    def on_typing_changed(self, event: TypingChanged) -> None:
        key = (event.account_key, normalise_peer_uri(event.peer_uri))
        if event.active == (key in self._typing):
            return
        if event.active:
            self._typing.add(key)
        else:
            self._typing.discard(key)
        for row, summary in enumerate(self._rows):
            conversation = summary.conversation
            if (conversation.account_key, conversation.peer_uri) == key:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index, [int(ConversationRole.TYPING)])

    # ----- Qt model -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802 - Qt override
        return role_names(super().roleNames(), ConversationRole)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        conversation = summary.conversation
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.title_of(conversation)
        if role == ConversationRole.CONVERSATION:
            return conversation
        if role == ConversationRole.PREVIEW:
            return summary.last_message
        if role == ConversationRole.TIME:
            last = summary.last_message
            return last.created_at if last is not None else conversation.last_activity_at
        if role == ConversationRole.UNREAD:
            return conversation.unread_count
        if role == ConversationRole.TYPING:
            return (conversation.account_key, conversation.peer_uri) in self._typing
        if role == ConversationRole.PEER_URI:
            return conversation.peer_uri
        if role == ConversationRole.ACCOUNT_KEY:
            return conversation.account_key
        if role == ConversationRole.NOT_SENT:
            return _not_sent(summary.last_message)
        if role == ConversationRole.GROUP:
            return is_group_peer(conversation.peer_uri)
        if role == ConversationRole.GROUP_AUTHOR:
            return self._group_author(summary)
        if role == ConversationRole.GROUP_EVENT:
            return self._group_event(summary)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and _not_sent(summary.last_message):
            return QCoreApplication.translate("ConversationList", "Last message not sent")
        return None

    # ----- groups ---------------------------------------------------------------------

    def _member_names(self, conversation: Conversation) -> MemberNames:
        return MemberNames(self._names, own_uri_of(conversation.account_key), self._home_region)

    def _group_author(self, summary: ConversationSummary) -> str:
        return self._group_line(summary)[0]

    def _group_event(self, summary: ConversationSummary) -> str:
        return self._group_line(summary)[1]

    def _group_line(self, summary: ConversationSummary) -> tuple[str, str]:
        """(who wrote the newest message, '') or ('', the event it is), or ('', '')."""
        conversation, preview = summary.conversation, summary.last_message
        if preview is None or not is_group_peer(conversation.peer_uri):
            return ("", "")
        known = self._group_lines.get(conversation.id)
        if known is None or known[0] != preview:
            names = self._member_names(conversation)
            author = event = ""
            if is_group_event(preview.content_type):  # read whole: the preview is cut short
                message = self.last_message(conversation)
                event = event_sentence(message.body if message else preview.text, names)
            elif preview.author_uri and preview.direction is MessageDirection.INCOMING:
                author = names.name_of(preview.author_uri)
            known = (preview, author, event)
            self._group_lines[conversation.id] = known
        return known[1], known[2]

    # ----- internals ------------------------------------------------------------------

    def _merge(self, fresh: list[ConversationSummary]) -> None:
        wanted = {summary.conversation.id for summary in fresh}
        for row in reversed(range(len(self._rows))):
            if self._rows[row].conversation.id not in wanted:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        known = {summary.conversation.id for summary in self._rows}
        added = [summary for summary in fresh if summary.conversation.id not in known]
        if added:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(added) - 1)
            self._rows.extend(added)
            self.endInsertRows()
        order = [summary.conversation.id for summary in self._rows]
        if order != [summary.conversation.id for summary in fresh]:
            self.layoutAboutToBeChanged.emit()
            new_rows = {summary.conversation.id: row for row, summary in enumerate(fresh)}
            persistent = self.persistentIndexList()
            moved = [
                self.index(new_rows[order[index.row()]], 0)
                if index.row() < len(order)
                else QModelIndex()
                for index in persistent
            ]
            self._rows = fresh
            self.changePersistentIndexList(persistent, moved)
            self.layoutChanged.emit()
        else:
            self._rows = fresh
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def _move_into_place(self, row: int) -> None:
        """Move one row to where the store's order (newest activity first) puts it."""
        summary = self._rows[row]
        others = self._rows[:row] + self._rows[row + 1 :]
        target = next(
            (at for at, other in enumerate(others) if _sort_key(other) > _sort_key(summary)),
            len(others),
        )
        if target == row:
            return
        # Qt's destination row counts the moved row still in place when moving down.
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target + (target > row))
        self._rows = [*others[:target], summary, *others[target:]]
        self.endMoveRows()

    def _all_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def _count_unread(self) -> None:
        total = sum(summary.conversation.unread_count for summary in self._rows)
        if total != self._unread:
            self._unread = total
            self.unread_changed.emit(total)


def _sort_key(summary: ConversationSummary) -> tuple[float, int]:
    """Larger first in the list: ORDER BY last_activity_at DESC, id DESC (as a key that
    sorts ascending: the later, the smaller)."""
    conversation = summary.conversation
    return (-conversation.last_activity_at, -conversation.id)


def _unread(preview: MessagePreview | None) -> bool:
    """An incoming message not yet shown: mark_read makes it DISPLAYED in the store."""
    return (
        preview is not None
        and preview.direction is MessageDirection.INCOMING
        and preview.state is MessageState.RECEIVED
    )


def _not_sent(preview: MessagePreview | None) -> bool:
    return (
        preview is not None
        and preview.direction is MessageDirection.OUTGOING
        and preview.state is MessageState.FAILED
    )
