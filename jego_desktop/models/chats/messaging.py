"""Chat on the GUI thread: store first, then the engine; engine reports back into the store."""

from __future__ import annotations

import collections
import logging
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from jego_desktop.domain.accounts import DIRECT_ACCOUNT_KEY, RegistrationState
from jego_desktop.domain.chat_headers import (
    RECALL_FALLBACK_TEXT,
    RECALL_ID,
    REPLY_TO_ID,
    ChatHeaders,
)
from jego_desktop.domain.forwarding import forwarded_attachments, links_still_valid
from jego_desktop.domain.groups import is_group_peer
from jego_desktop.domain.messages import (
    Attachment,
    AttachmentState,
    Message,
    MessageDirection,
    MessageState,
)
from jego_desktop.domain.outgoing_messages import new_message_id
from jego_desktop.domain.peer_formats import FORMAT_REFUSED
from jego_desktop.domain.recall_rules import RecallRefusal, recall_refusal
from jego_desktop.domain.reply_quotes import author_of, quoted_for_plain_text
from jego_desktop.store.errors import StoreError
from jego_desktop.store.message_sink import StoreMessageSink
from jego_desktop.store.peer_formats import PeerFormats

if TYPE_CHECKING:
    from jego_desktop.domain.conversations import Conversation
    from jego_desktop.domain.engine_events import (
        MessageDelivered,
        MessageDisplayed,
        MessageFailed,
        MessageRecalled,
        MessageReceived,
        MessageSent,
        RegistrationChanged,
        TypingChanged,
    )
    from jego_desktop.engine.signals import EngineSignals
    from jego_desktop.models.chats.deletions import Deletion
    from jego_desktop.models.chats.group_sender import GroupReport, GroupSender
    from jego_desktop.store.calls import CallHistory
    from jego_desktop.store.conversations import ConversationStore
    from jego_desktop.store.messages import MessageStore

log = logging.getLogger(__name__)

PeerKey = tuple[str, str]  # (engine account key, peer URI)
DEFAULT_TYPING_REFRESH_S = 120  # RFC 3994: "active" lapses after this without a refresh
# Failures that say nothing about the recipient (no network, proxy down, timeout): such
# a message is shown failed, and tried again by itself at the next registration.
TEMPORARY_FAILURES = frozenset({0, 408, 500, 502, 503, 504})
MAX_AUTOMATIC_RETRIES = 3


class MessageCommands(Protocol):
    """The part of `CallEngine` this service drives (a fake in tests)."""

    def send_message(
        self,
        account_key: str,
        peer_uri: str,
        message_id: str,
        body: str,
        content_type: str = "text/plain",
        imdn: bool = True,
        chat_headers: ChatHeaders = (),
    ) -> None: ...
    def send_display_receipts(
        self, account_key: str, peer_uri: str, message_ids: list[str]
    ) -> None: ...
    def send_typing(self, account_key: str, peer_uri: str, active: bool) -> None: ...


class MessagingService(QObject):
    """Sending, receiving and receipts for every account, over the store and the engine.

    Wire the engine's signals to the slots (`connect_engine` does it for a
    `CallEngine`) and pass `sink` to `CallEngine.set_message_sink` before adding
    accounts. Messages are written to the store before the engine sees them; they go
    out when their account is registered, in the order written, each once. To one
    peer, a message leaves only after the previous one was answered: independent
    MESSAGE transactions may overtake each other in a multi-process proxy. A message
    that failed for a temporary reason (TEMPORARY_FAILURES) is retried at the next
    REGISTERED report, at most MAX_AUTOMATIC_RETRIES times.

    A peer is sent CPIM (ids, receipts) only when it is known to read it
    (domain/peer_formats.py); anyone else gets plain text, which every SIP phone
    reads. A CPIM message refused for its format (415/488/606) goes again at once as
    plain text, and the peer is remembered as plain. What each peer reads is kept in
    the store (`PeerFormats`), so it holds across restarts; `cpim_by_default` is for
    peers nothing was learned about (tests set it).

    Signals:
        message_added(Message): a message was stored (written here, or received).
        message_changed(Message): a stored message changed state (sent, failed...).
        messages_read(int, float): every unread incoming message of this conversation
            became DISPLAYED at this time (one signal for any number of messages).
        typing_changed(TypingChanged): a peer started or stopped typing (an "active"
            not refreshed in time is followed by an inactive one, as RFC 3994 says).
        upload_wanted(Message): a failed file message was retried; its file must be
            uploaded again before it can go out (the attachment service does it).
        recall_failed(Message): the recall of this message did not reach the peer.
        recall_not_saved(Message): the peer has the recall of this message, but the
            store could not take it back here (the user may take it back again).
        attachments_dropped(tuple[Attachment, ...]): a message was taken back (by the
            peer or the user): the store no longer lists these; their files are to go.

    A reply names its original by id (`jego.Reply-To-Id`, domain/chat_headers.py) to a
    CPIM peer, and quotes its first line as text to anyone else. A recall goes beside
    the outbox (it never waits behind other messages) and takes the message back in
    the store only once the peer's server has it.
    """

    message_added = Signal(object)
    message_changed = Signal(object)
    messages_read = Signal(int, float)
    typing_changed = Signal(object)
    upload_wanted = Signal(object)
    recall_failed = Signal(object)
    recall_not_saved = Signal(object)
    attachments_dropped = Signal(object)

    def __init__(
        self,
        engine: MessageCommands,
        conversations: ConversationStore,
        messages: MessageStore,
        *,
        cpim_by_default: bool = False,
        calls: CallHistory | None = None,
        formats: PeerFormats | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._conversations = conversations
        self._messages = messages
        self._cpim_by_default = cpim_by_default
        self.sink = StoreMessageSink(conversations, messages, calls)
        # Account keys that can send now; the direct one (no registrar) always can.
        self._registered: set[str] = {DIRECT_ACCOUNT_KEY}
        self._in_flight: set[str] = set()  # message ids queued or sent, not yet answered
        self._queues: dict[PeerKey, collections.deque[Message]] = {}
        self._sending: dict[PeerKey, str] = {}  # the one message on its way to each peer
        self._peer_of: dict[str, PeerKey] = {}
        self._receipts: dict[tuple[str, str], list[str]] = {}  # waiting for registration
        self._formats = formats if formats is not None else PeerFormats(conversations.database)
        self._on_its_way: dict[str, tuple[Message, bool]] = {}  # id -> (message, sent as CPIM)
        self._typing_timers: dict[PeerKey, QTimer] = {}
        self._retry_later: dict[str, list[str]] = {}  # account key -> message ids
        self._retries: dict[str, int] = {}  # message id -> automatic retries made
        self._recalls: dict[str, Message] = {}  # recall's id -> the message taken back
        self._groups: GroupSender | None = None
        # Deleted by the user, the undo still open (models/chats/deletions.py): never sent.
        self._withheld: set[str] = set()
        self._withheld_conversations: set[int] = set()

    @property
    def commands(self) -> MessageCommands:
        """The engine this service drives (the group fan-out sends through it too)."""
        return self._engine

    def set_group_sender(self, groups: GroupSender | None) -> None:
        """Group conversations ('group:<id>') go through `groups` instead of the outbox."""
        self._groups = groups

    def can_send(self, account_key: str) -> bool:
        return account_key in self._registered

    def connect_engine(self, engine: EngineSignals) -> None:
        """Connect a `CallEngine`'s (or a fake's) signals to this service's slots."""
        engine.registration_changed.connect(self.on_registration_changed)
        engine.message_sent.connect(self.on_message_sent)
        engine.message_failed.connect(self.on_message_failed)
        engine.message_received.connect(self.on_message_received)
        engine.message_delivered.connect(self.on_message_delivered)
        engine.message_displayed.connect(self.on_message_displayed)
        engine.typing_changed.connect(self.on_typing_changed)
        engine.message_recalled.connect(self.on_message_recalled)

    # ----- the user's actions ---------------------------------------------------------

    def send(
        self,
        account_key: str,
        peer_uri: str,
        body: str,
        content_type: str = "text/plain",
        *,
        reply_to: Message | None = None,
    ) -> Message:
        """Store a new message PENDING and send it now if the account is registered.

        `reply_to`: the message of this conversation it answers. Raises ValueError (bad
        peer, empty body) or a StoreError (too large...) before anything is stored or sent.
        """
        if not body:
            raise ValueError("an empty message is not sent")
        self._check_group(account_key, peer_uri)
        conversation = self._conversations.get_or_create(account_key, peer_uri)
        message = self._messages.insert_outgoing(
            conversation.id,
            body,
            content_type=content_type,
            message_id=new_message_id(),
            wants_display_report=True,
            reply_to=reply_to.message_id if reply_to is not None else "",
        )
        self.message_added.emit(message)
        if conversation.account_key in self._registered:
            self._hand_over(conversation, message)
        return message

    def forward(self, message: Message, account_key: str, peer_uri: str) -> Message | None:
        """Send `message` again to another peer: its text, or its files by their links
        while the file server still keeps them (domain/forwarding.py). None when a file
        must be uploaded again (the attachment service does it from the local copy).
        """
        if message.recalled:
            raise ValueError("a message taken back cannot be forwarded")
        if message.attachments and not links_still_valid(message, self._messages.now()):
            return None
        self._check_group(account_key, peer_uri)
        conversation = self._conversations.get_or_create(account_key, peer_uri)
        forwarded = self._messages.insert_outgoing(
            conversation.id,
            message.body,
            content_type=message.content_type,
            message_id=new_message_id(),
            wants_display_report=True,
            attachments=forwarded_attachments(message),
        )
        self.message_added.emit(forwarded)
        if conversation.account_key in self._registered:
            self._hand_over(conversation, forwarded)
        return forwarded

    def drop_queued(self, message_ids: list[str]) -> None:
        """Deleted messages still waiting in the outbox are not sent (one already on its
        way gets its answer, which then finds nothing to change)."""
        wanted = set(message_ids)
        for key, queue in list(self._queues.items()):
            kept = collections.deque(m for m in queue if m.message_id not in wanted)
            if len(kept) == len(queue):
                continue
            for message in queue:
                if message.message_id in wanted:
                    self._in_flight.discard(message.message_id)
                    self._peer_of.pop(message.message_id, None)
            if kept:
                self._queues[key] = kept
            else:
                del self._queues[key]

    def withhold(self, deletion: Deletion) -> None:
        """The user deleted these: while the undo is open none of it goes out, even when
        the account registers (a message already on its way gets its answer)."""
        conversation = deletion.conversation
        if conversation is None:
            ids = [message.message_id for message in deletion.messages]
            self._withheld.update(ids)
        else:
            self._withheld_conversations.add(conversation.id)
            ids = [
                message.message_id
                for queue in self._queues.values()
                for message in queue
                if message.conversation_id == conversation.id
            ]
        self.drop_queued(ids)

    def give_back(self, deletion: Deletion) -> None:
        """Undone: what was withheld waits in the outbox again and goes out when it can."""
        self.forget_withheld(deletion)
        for account_key in list(self._registered):
            self._flush(account_key)

    def forget_withheld(self, deletion: Deletion) -> None:
        """Deleted for good (no row is left to send) or given back."""
        self._withheld.difference_update(message.message_id for message in deletion.messages)
        if deletion.conversation is not None:
            self._withheld_conversations.discard(deletion.conversation.id)

    def is_withheld(self, message: Message) -> bool:
        """Deleted by the user, the undo still open: it must not leave (nor a group's
        copies, which the group fan-out sends)."""
        return (
            message.message_id in self._withheld
            or message.conversation_id in self._withheld_conversations
        )

    def recall_refusal(self, message: Message, now: float | None = None) -> RecallRefusal | None:
        """Why `message` cannot be taken back now (None: it can)."""
        conversation = self._conversations.get(message.conversation_id)
        if conversation is None:
            return RecallRefusal.NOT_OURS
        now = self._messages.now() if now is None else now
        if is_group_peer(conversation.peer_uri):
            if self._groups is None:
                return RecallRefusal.PLAIN_PEER
            connected = conversation.account_key in self._registered
            return self._groups.take_back_refusal(message, now=now, connected=connected)
        key = (conversation.account_key, conversation.peer_uri)
        return recall_refusal(
            message,
            now=now,
            peer_reads_cpim=self._speaks_cpim(key),
            connected=key[0] in self._registered,
        )

    def recall(self, message: Message) -> RecallRefusal | None:
        """Ask the peer to take `message` back; it changes here once the peer's server
        has the recall (message_changed), or recall_failed follows."""
        refusal = self.recall_refusal(message)
        conversation = self._conversations.get(message.conversation_id)
        if refusal is not None or conversation is None:
            return refusal or RecallRefusal.NOT_OURS
        if is_group_peer(conversation.peer_uri):  # to every member who got it as CPIM
            assert self._groups is not None  # recall_refusal says PLAIN_PEER without groups
            return None if self._groups.take_back(message) else RecallRefusal.PLAIN_PEER
        recall_id = new_message_id()
        self._recalls[recall_id] = message
        self._engine.send_message(
            conversation.account_key,
            conversation.peer_uri,
            recall_id,
            RECALL_FALLBACK_TEXT,
            "text/plain",
            True,
            ((RECALL_ID, message.message_id),),
        )
        return None

    def add_held(
        self,
        account_key: str,
        peer_uri: str,
        content_type: str,
        attachments: tuple[Attachment, ...],
    ) -> Message:
        """Store an outgoing file message whose body comes later (`release` sends it)."""
        self._check_group(account_key, peer_uri)
        conversation = self._conversations.get_or_create(account_key, peer_uri)
        message = self._messages.insert_outgoing(
            conversation.id,
            "",
            content_type=content_type,
            message_id=new_message_id(),
            wants_display_report=True,
            attachments=attachments,
        )
        self.message_added.emit(message)
        return message

    def release(self, message_pk: int) -> Message | None:
        """A held message is complete: announce it and send it if the account can."""
        message = self.publish_changed(message_pk)
        if message is None:
            return None
        conversation = self._conversations.get(message.conversation_id)
        if conversation is not None and conversation.account_key in self._registered:
            self._hand_over(conversation, message)
        return message

    def publish_changed(self, message_pk: int) -> Message | None:
        """Announce a stored message that changed outside this service (its attachment)."""
        message = self._messages.get(message_pk)
        if message is not None:
            self.message_changed.emit(message)
        return message

    def retry(self, message_id: str) -> Message | None:
        """Put a failed message back in the outbox; it goes out at once if possible."""
        message = self._messages.retry(message_id)
        if message is None:
            return None
        self.message_changed.emit(message)
        if not _ready(message):
            self.upload_wanted.emit(message)
            return message
        conversation = self._conversations.get(message.conversation_id)
        if conversation is not None and conversation.account_key in self._registered:
            self._hand_over(conversation, message)
        return message

    def mark_read(self, conversation_id: int) -> None:
        """The user has seen the conversation: clear it and send the display receipts."""
        at = self._messages.now()
        wanted = self._messages.mark_read(conversation_id, at=at)
        self.messages_read.emit(conversation_id, at)
        conversation = self._conversations.get(conversation_id)
        if not wanted or conversation is None:
            return
        if is_group_peer(conversation.peer_uri):
            if self._groups is not None:
                self._groups.send_display_receipts(conversation, wanted)
            return
        key = (conversation.account_key, conversation.peer_uri)
        self._receipts.setdefault(key, []).extend(wanted)
        if key[0] in self._registered:
            self._send_receipts(key)

    def set_typing(self, account_key: str, peer_uri: str, active: bool) -> None:
        if account_key in self._registered and not is_group_peer(peer_uri):
            self._engine.send_typing(account_key, peer_uri, active)

    # ----- engine events (GUI thread) -------------------------------------------------

    @Slot(object)
    def on_registration_changed(self, event: RegistrationChanged) -> None:
        if event.state is not RegistrationState.REGISTERED:
            # Queued messages wait; the one already sent gets its answer (or a timeout).
            self._registered.discard(event.account_key)
            return
        self._registered.add(event.account_key)  # refreshes come here too: flush is idempotent
        self._flush(event.account_key)
        for message_id in self._retry_later.pop(event.account_key, []):
            self._retries[message_id] = self._retries.get(message_id, 0) + 1
            self.retry(message_id)
        if self._groups is not None:
            self._groups.on_registered(event.account_key)

    @Slot(object)
    def on_message_recalled(self, event: MessageRecalled) -> None:
        self.message_changed.emit(event.stored)
        if event.dropped:
            self.attachments_dropped.emit(event.dropped)

    def _recall_answered(self, recall_id: str, sent: bool) -> bool:
        """A recall's outcome (False: `recall_id` is no recall of ours)."""
        original = self._recalls.pop(recall_id, None)
        if original is None:
            return False
        if not sent:
            self.recall_failed.emit(original)
            return True
        try:
            result = self._messages.recall_outgoing(original.message_id)
        except StoreError:
            log.exception("could not take back message %s", original.message_id)
            self.recall_not_saved.emit(original)
            return True
        if result is not None:
            self.message_changed.emit(result.stored)
            if result.dropped:
                self.attachments_dropped.emit(result.dropped)
        return True

    @Slot(object)
    def on_message_sent(self, event: MessageSent) -> None:
        if self._for_groups(event) or self._recall_answered(event.message_id, sent=True):
            return
        self._on_its_way.pop(event.message_id, None)
        self._apply(event.message_id, MessageState.SENT, sip_call_id=event.sip_call_id)
        self._answered(event.message_id)

    @Slot(object)
    def on_message_failed(self, event: MessageFailed) -> None:
        if self._for_groups(event) or self._recall_answered(event.message_id, sent=False):
            return
        if self._resent_as_plain_text(event):
            return
        self._apply(event.message_id, MessageState.FAILED, reason=event.reason)
        self._answered(event.message_id)
        if (
            event.code in TEMPORARY_FAILURES
            and self._retries.get(event.message_id, 0) < MAX_AUTOMATIC_RETRIES
        ):
            self._retry_later.setdefault(event.account_key, []).append(event.message_id)

    @Slot(object)
    def on_message_delivered(self, event: MessageDelivered) -> None:
        if self._for_groups(event):
            return
        self._learn_format((event.account_key, event.peer_uri), True)  # receipts are CPIM
        peer = (event.account_key, event.peer_uri)
        self._apply(event.message_id, MessageState.DELIVERED, receipt_from=peer)

    @Slot(object)
    def on_message_displayed(self, event: MessageDisplayed) -> None:
        if self._for_groups(event):
            return
        peer = (event.account_key, event.peer_uri)
        self._apply(event.message_id, MessageState.DISPLAYED, receipt_from=peer)

    @Slot(object)
    def on_message_received(self, event: MessageReceived) -> None:
        key = (event.account_key, event.peer_uri)
        self._learn_format(key, event.uses_cpim)
        typing = self._typing_timers.get(key)
        if typing is not None and typing.isActive():  # RFC 3994 3.3: a message ends composing
            self._typing_lapsed(key)
        if event.stored is not None:  # stored by the sink on the engine thread, as it is
            self.message_added.emit(event.stored)
        elif self._groups is not None:
            self._groups.on_unstored(event)

    @Slot(object)
    def on_typing_changed(self, event: TypingChanged) -> None:
        key = (event.account_key, event.peer_uri)
        timer = self._typing_timers.get(key)
        if timer is None:  # one timer per peer, kept: typing comes and goes all the time
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda: self._typing_lapsed(key))
            self._typing_timers[key] = timer
        timer.stop()
        if event.active:
            timer.setInterval(1000 * (event.refresh_s or DEFAULT_TYPING_REFRESH_S))
            timer.start()
        self.typing_changed.emit(event)

    def _typing_lapsed(self, key: PeerKey) -> None:
        from jego_desktop.domain.engine_events import TypingChanged

        self.on_typing_changed(TypingChanged(key[0], key[1], False))

    # ----- internals ------------------------------------------------------------------

    def _flush(self, account_key: str) -> None:
        """Send the account's outbox, oldest first, skipping what is already on its way."""
        conversations: dict[int, Conversation | None] = {}
        for message in self._messages.outbox(account_key):
            if message.message_id in self._in_flight:
                continue
            if message.conversation_id not in conversations:
                conversations[message.conversation_id] = self._conversations.get(
                    message.conversation_id
                )
            conversation = conversations[message.conversation_id]
            if conversation is not None:
                self._hand_over(conversation, message)
        for key in [key for key in self._queues if key[0] == account_key]:
            self._send_next(key)
        for key in [key for key in self._receipts if key[0] == account_key]:
            self._send_receipts(key)

    def _hand_over(self, conversation: Conversation, message: Message) -> None:
        if self.is_withheld(message):
            log.info("message %s not sent: the user deleted it", message.message_id)
            return
        if is_group_peer(conversation.peer_uri):
            if self._groups is not None and _ready(message):
                self._groups.hand_over(conversation, message)
            return
        if message.message_id in self._in_flight or not _ready(message):
            return
        self._in_flight.add(message.message_id)
        key = (conversation.account_key, conversation.peer_uri)
        self._peer_of[message.message_id] = key
        self._queues.setdefault(key, collections.deque()).append(message)
        self._send_next(key)

    def _send_next(self, key: PeerKey) -> None:
        queue = self._queues.get(key)
        if key in self._sending or not queue or key[0] not in self._registered:
            return
        message = queue.popleft()
        if not queue:
            del self._queues[key]
        self._sending[key] = message.message_id
        use_cpim = self._speaks_cpim(key)
        self._on_its_way[message.message_id] = (message, use_cpim)
        self._engine_send(key, message, use_cpim)

    def _engine_send(self, key: PeerKey, message: Message, use_cpim: bool) -> None:
        """A reply names its original in CPIM, or quotes it in plain text."""
        body = message.body
        headers: ChatHeaders = ()
        if message.reply_to and use_cpim:
            headers = ((REPLY_TO_ID, message.reply_to),)
        elif message.quote is not None and message.content_type.startswith("text/"):
            quote = message.quote
            author = author_of(
                key[1] if quote.direction is MessageDirection.INCOMING else f"sip:{key[0]}"
            )
            body = quoted_for_plain_text(author, quote.first_line or quote.file_name, body)
        self._engine.send_message(
            key[0], key[1], message.message_id, body, message.content_type, use_cpim, headers
        )

    def _resent_as_plain_text(self, event: MessageFailed) -> bool:
        """A CPIM message refused for its format goes again, once, as plain text."""
        message, as_cpim = self._on_its_way.pop(event.message_id, (None, False))
        key = self._peer_of.get(event.message_id)
        if (
            message is None
            or self.is_withheld(message)
            or not as_cpim
            or event.code not in FORMAT_REFUSED
            or key is None
            or self._sending.get(key) != event.message_id
        ):
            return False
        log.info("%s refused CPIM (%d): sent again as plain text", key[1], event.code)
        self._learn_format(key, False)
        self._on_its_way[message.message_id] = (message, False)
        self._engine_send(key, message, False)
        return True

    def _check_group(self, account_key: str, peer_uri: str) -> None:
        if is_group_peer(peer_uri):
            if self._groups is None:
                raise ValueError("group chats are not available")
            self._groups.check_sendable(account_key, peer_uri)

    def _for_groups(self, event: GroupReport) -> bool:
        return self._groups is not None and self._groups.on_report(event)

    def speaks_cpim(self, key: PeerKey) -> bool | None:
        """What the store knows of the peer's format (None: nothing yet)."""
        try:
            return self._formats.speaks_cpim(key[0], key[1])
        except StoreError:
            log.exception("could not read what %s reads", key[1])
            return None

    def learn_format(self, key: PeerKey, speaks_cpim: bool) -> None:
        self._learn_format(key, speaks_cpim)

    def _speaks_cpim(self, key: PeerKey) -> bool:
        try:
            known = self._formats.speaks_cpim(key[0], key[1])
        except StoreError:
            log.exception("could not read what %s reads", key[1])
            known = None
        return self._cpim_by_default if known is None else known

    def _learn_format(self, key: PeerKey, speaks_cpim: bool) -> None:
        try:
            self._formats.remember(key[0], key[1], speaks_cpim)
        except StoreError:
            log.exception("could not remember what %s reads", key[1])

    def _answered(self, message_id: str) -> None:
        self._in_flight.discard(message_id)
        key = self._peer_of.pop(message_id, None)
        if key is not None and self._sending.get(key) == message_id:
            del self._sending[key]
            self._send_next(key)

    def _send_receipts(self, key: tuple[str, str]) -> None:
        ids = self._receipts.pop(key, [])
        if ids:
            self._engine.send_display_receipts(key[0], key[1], ids)

    def _apply(
        self,
        message_id: str,
        state: MessageState,
        *,
        reason: str = "",
        sip_call_id: str | None = None,
        receipt_from: tuple[str, str] | None = None,
    ) -> None:
        try:
            update = self._messages.update_outgoing_state(
                message_id, state, reason=reason, sip_call_id=sip_call_id, receipt_from=receipt_from
            )
        except StoreError:
            log.exception("could not record %s for message %s", state.value, message_id)
            return
        if update is not None and update.changed:
            self.message_changed.emit(update.message)


def _ready(message: Message) -> bool:
    """False while a file of the message is not on the file server."""
    return all(a.state is AttachmentState.AVAILABLE and a.download_url for a in message.attachments)
