"""Deleting messages and conversations for the user, with a few seconds to undo.

What the user deletes disappears at once (the views hide it); the store deletes it only
when the undo window has passed, or at once when another deletion starts or the app
stops (`commit`). Undo brings the rows back as they were: nothing was written yet.
Only this app's copy goes: the peer keeps what it received.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from jego_desktop.domain.conversations import Conversation
from jego_desktop.domain.errors import StoreError
from jego_desktop.domain.messages import Message

log = logging.getLogger(__name__)

UNDO_MS = 5_000


@dataclass(frozen=True)
class Deletion:
    """Messages of one conversation, or a whole conversation (`conversation` set)."""

    messages: tuple[Message, ...] = ()
    conversation: Conversation | None = None


class Deletions(QObject):
    """One deletion waits at a time.

    Signals:
        started(Deletion): hide these now; an undo is offered.
        undone(Deletion): show them again.
        done(Deletion): deleted for good (the undo is gone).
    """

    started = Signal(object)
    undone = Signal(object)
    done = Signal(object)

    def __init__(
        self,
        delete_messages: Callable[[list[int]], list[str]],
        delete_conversation: Callable[[int], list[str]],
        remove_files: Callable[[list[str]], None],
        *,
        undo_ms: int = UNDO_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._delete_messages = delete_messages
        self._delete_conversation = delete_conversation
        self._remove_files = remove_files
        self._waiting: Deletion | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(undo_ms)
        self._timer.timeout.connect(self.commit)

    @property
    def waiting(self) -> Deletion | None:
        return self._waiting

    def delete_messages(self, messages: list[Message]) -> None:
        self._start(Deletion(messages=tuple(messages)))

    def delete_conversation(self, conversation: Conversation) -> None:
        self._start(Deletion(conversation=conversation))

    def undo(self) -> None:
        deletion, self._waiting = self._waiting, None
        self._timer.stop()
        if deletion is not None:
            self.undone.emit(deletion)

    def commit(self) -> None:
        """Delete what waits now (the window passed, another deletion came, or the app stops)."""
        deletion, self._waiting = self._waiting, None
        self._timer.stop()
        if deletion is None:
            return
        try:
            if deletion.conversation is not None:
                paths = self._delete_conversation(deletion.conversation.id)
            else:
                paths = self._delete_messages([message.id for message in deletion.messages])
        except StoreError:
            log.exception("the deletion could not be stored")
            self.undone.emit(deletion)  # nothing was deleted: show it again
            return
        self._remove_files(paths)
        self.done.emit(deletion)

    def _start(self, deletion: Deletion) -> None:
        self.commit()
        self._waiting = deletion
        self.started.emit(deletion)
        self._timer.start()
