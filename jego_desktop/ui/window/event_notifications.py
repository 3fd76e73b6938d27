"""Which events become desktop notifications, and what a click on one does."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal, SignalInstance, Slot

from jego_desktop.domain.calls import CallDirection, CallState
from jego_desktop.domain.groups import is_group_peer
from jego_desktop.domain.messages import Message, MessageDirection, MessageState
from jego_desktop.models.chats.group_events import event_sentence, is_group_event
from jego_desktop.models.chats.group_texts import MemberNames, fill, own_uri_of
from jego_desktop.models.chats.unreadable import is_unreadable, unreadable_text
from jego_desktop.models.contacts.peer_text import display_number

if TYPE_CHECKING:
    from jego_desktop.domain.conversations import Conversation
    from jego_desktop.domain.engine_events import CallChanged

PREVIEW_CHARACTERS = 160
CALL_PREFIX = "call:"
CHAT_PREFIX = "chat:"


class Notifier(Protocol):
    """What `platform.notifications.DesktopNotifier` offers."""

    @property
    def activated(self) -> SignalInstance: ...
    def notify(
        self,
        key: str,
        title: str,
        body: str,
        actions: Sequence[tuple[str, str]] = ...,
        *,
        category: str = "",
    ) -> bool: ...
    def withdraw(self, key: str) -> None: ...


class EventNotifications(QObject):
    """Incoming calls (with Answer and Decline) and messages that arrive while the
    window is not in front. A click on a message opens its conversation.

    Signals:
        answer_requested(str), decline_requested(str): a call's button was pressed.
        call_shown(str): the call notification itself was clicked (show its window).
        conversation_requested(str, str): open the chat (engine account key, peer URI).
    """

    answer_requested = Signal(str)
    decline_requested = Signal(str)
    call_shown = Signal(str)
    conversation_requested = Signal(str, str)

    def __init__(
        self,
        notifier: Notifier,
        conversation_of: Callable[[int], Conversation | None],
        *,
        window_in_front: Callable[[], bool],
        names: Callable[[str], str] = lambda _uri: "",
        home_region: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._notifier = notifier
        self._conversation_of = conversation_of
        self._in_front = window_in_front
        self._names = names
        self._home_region = home_region
        self._ringing: set[str] = set()
        self._chats: dict[str, tuple[str, str]] = {}  # key -> (engine account key, peer)
        notifier.activated.connect(self._on_activated)

    def set_names(self, names: Callable[[str], str]) -> None:
        self._names = names

    @Slot(object)
    def on_call_changed(self, event: CallChanged) -> None:
        key = CALL_PREFIX + event.call_id
        ringing = event.direction is CallDirection.INCOMING and event.state is CallState.RINGING_IN
        if ringing and event.call_id not in self._ringing:
            self._ringing.add(event.call_id)
            self._notifier.notify(
                key,
                self.tr("Incoming call"),
                self._who(event.peer, event.peer_name),
                [("answer", self.tr("Answer")), ("decline", self.tr("Decline"))],
                category="call.incoming",
            )
        elif not ringing and event.call_id in self._ringing:
            self._ringing.discard(event.call_id)
            self._notifier.withdraw(key)

    @Slot(object)
    def on_message_added(self, message: Message) -> None:
        if message.direction is not MessageDirection.INCOMING or self._in_front():
            return
        if message.state is MessageState.DISPLAYED:
            return
        conversation = self._conversation_of(message.conversation_id)
        if conversation is None:
            return
        key = f"{CHAT_PREFIX}{conversation.id}"
        self._chats[key] = (conversation.account_key, conversation.peer_uri)
        peer = conversation.peer_uri
        # a contact's name wins over the title the conversation got from the other side
        named = bool(self._names(peer))
        title = self._who(peer, "") if named else conversation.title or self._who(peer, "")
        preview = self._preview(message)
        if is_group_peer(peer):
            preview = self._group_preview(message, conversation.account_key, preview)
        self._notifier.notify(key, title, preview, category="im.received")

    def _group_preview(self, message: Message, account_key: str, preview: str) -> str:
        """A membership line in words, or the author before what they wrote."""
        names = MemberNames(self._names, own_uri_of(account_key), self._home_region)
        if is_group_event(message.content_type):
            return event_sentence(message.body, names)
        if message.author_uri:
            return fill(self.tr("%1: %2"), names.name_of(message.author_uri), preview)
        return preview

    def _preview(self, message: Message) -> str:
        if message.attachments:
            names = ", ".join(a.file_name for a in message.attachments)
            return self.tr("File: %s") % names
        body = unreadable_text(message.body) if is_unreadable(message) else message.body
        text = " ".join(body.split())
        if len(text) > PREVIEW_CHARACTERS:
            text = text[: PREVIEW_CHARACTERS - 1] + "…"
        return text

    def _who(self, peer: str, peer_name: str) -> str:
        number = display_number(peer, self._home_region)
        name = self._names(peer) or peer_name
        return f"{name} ({number})" if name and name != number else number

    def _on_activated(self, key: str, action: str) -> None:
        if key.startswith(CALL_PREFIX):
            call_id = key[len(CALL_PREFIX) :]
            if action == "answer":
                self.answer_requested.emit(call_id)
            elif action == "decline":
                self.decline_requested.emit(call_id)
            else:
                self.call_shown.emit(call_id)
        elif key in self._chats:
            account_key, peer = self._chats.pop(key)
            self.conversation_requested.emit(account_key, peer)
