"""What waits for the user: unread messages and missed calls not yet looked at."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, QTimer, Signal, Slot


class MissedCalls(Protocol):
    """The part of `store.calls.CallHistory` used here."""

    def missed_count(self, *, account_key: str | None = None) -> int: ...
    def mark_missed_seen(self) -> int: ...


class UnreadMessages(Protocol):
    """The part of `store.conversations.ConversationStore` used here."""

    def unread_total(self) -> int: ...


class AttentionCounts(QObject):
    """Counts for the navigation badges and the tray. `refresh_soon` coalesces bursts
    (a hundred messages arriving at once read the store once).

    Signals:
        changed(int, int): unread messages, missed calls.
    """

    changed = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._calls: MissedCalls | None = None
        self._messages: UnreadMessages | None = None
        self.unread = 0
        self.missed = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)

    def set_sources(self, calls: MissedCalls | None, messages: UnreadMessages | None) -> None:
        self._calls = calls
        self._messages = messages
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        unread = self._messages.unread_total() if self._messages is not None else 0
        missed = self._calls.missed_count() if self._calls is not None else 0
        self._set(unread, missed)

    @Slot()
    def refresh_soon(self, *_: object) -> None:
        self._timer.start()

    @Slot(int)
    def set_unread(self, count: int) -> None:
        """From a model that already knows the total (the conversation list)."""
        self._set(count, self.missed)

    @Slot()
    def calls_viewed(self) -> None:
        """The user looked at the call history: missed calls are no longer new."""
        if self._calls is not None and self.missed:
            self._calls.mark_missed_seen()
            self.refresh()

    def _set(self, unread: int, missed: int) -> None:
        if (unread, missed) != (self.unread, self.missed):
            self.unread, self.missed = unread, missed
            self.changed.emit(unread, missed)
