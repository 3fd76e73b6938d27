"""Instant messages on the engine thread: sending through buddies, receiving, receipts.

pjsua2 sends a MESSAGE outside a call through a `Buddy` of an account, and reports
its fate in `Account.onInstantMessageStatus` with the destination URI and the body
it sent (the wheel cannot carry `userData` from Python). Outgoing messages are matched
to their reports by (account, URI, body): a CPIM body holds the message's own id, and
two identical plain texts in flight to one peer are interchangeable.

pjsua has already answered 200 OK when an incoming MESSAGE reaches us, so the text is
handed to the injected sink, which stores it durably, before anything else happens:
only then is it announced and, when asked for, the delivery receipt sent.

Receipts and typing notices go only to peers the user wrote to or called
(engine/contacted_peers.py): sent by the app alone, they must not hand a stranger a
digest of the password.
"""

from __future__ import annotations

import collections
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pjsua2 as pj

from jego_desktop.domain.engine_events import (
    EngineError,
    MessageDelivered,
    MessageDisplayed,
    MessageFailed,
    MessageRecalled,
    MessageReceived,
    MessageSent,
    TypingChanged,
)
from jego_desktop.domain.imdn import Notification, NotificationKind, NotificationStatus
from jego_desktop.domain.incoming_messages import (
    AcceptResult,
    Ignored,
    IncomingMessageSink,
    IncomingRecall,
    IncomingReport,
    IncomingText,
    IncomingTyping,
    RawMessage,
    RecallResult,
    interpret,
)
from jego_desktop.domain.outgoing_messages import (
    WirePayload,
    encode_notification,
    encode_text,
    new_message_id,
)
from jego_desktop.domain.peer_formats import agent_speaks_cpim
from jego_desktop.domain.peers import sender_peer_uri
from jego_desktop.domain.reasons import reason
from jego_desktop.domain.sip_headers import sip_header
from jego_desktop.domain.sip_reasons import message_failure_reason
from jego_desktop.engine.contacted_peers import ContactedPeers
from jego_desktop.engine.guard import log_failure

if TYPE_CHECKING:
    from jego_desktop.domain.chat_headers import ChatHeaders

log = logging.getLogger(__name__)

Publish = Callable[[object], None]
# pjsua allows PJSUA_MAX_BUDDIES (256) buddies in all; the least recently used go first.
MAX_BUDDIES = 128


class _AcceptEverything:
    """The sink until the app injects one: nothing is stored, every message is new."""

    def accept(self, message: IncomingText) -> AcceptResult:
        return AcceptResult(is_new=True)

    def user_contacted(self, account_key: str, peer_uri: str) -> bool:
        return False

    def recall(self, recall: IncomingRecall) -> RecallResult | None:
        return None


@dataclass(frozen=True)
class _InFlight:
    message_id: str
    peer_uri: str
    is_receipt: bool  # receipts are ours to send; nobody waits for their outcome


class MessageCenter:
    """Owns the buddies; publishes MessageSent/Failed/Received/Delivered/Displayed and
    TypingChanged (domain/engine_events.py). Engine thread only."""

    def __init__(self, publish: Publish) -> None:
        self._publish = publish
        self._sink: IncomingMessageSink = _AcceptEverything()
        self._buddies: collections.OrderedDict[tuple[str, str], pj.Buddy] = (
            collections.OrderedDict()
        )
        self._in_flight: dict[tuple[str, str, str], collections.deque[_InFlight]] = {}
        # pjsua account id -> MESSAGE transactions still waiting for their final answer:
        # pjsua aborts should one end after its account was deleted (engine/core.py).
        self._open: collections.Counter[int] = collections.Counter()
        self.contacted = ContactedPeers(lambda key, peer: self._sink.user_contacted(key, peer))
        self._closed = False  # after shutdown(): nothing more is sent

    def set_sink(self, sink: IncomingMessageSink | None) -> None:
        self._sink = sink if sink is not None else _AcceptEverything()

    # ----- sending --------------------------------------------------------------------

    def send_message(
        self,
        account: pj.Account,
        account_key: str,
        own_uri: str,
        peer_uri: str,
        message_id: str,
        body: str,
        content_type: str,
        use_cpim: bool,
        chat_headers: ChatHeaders = (),
    ) -> None:
        try:
            payload = encode_text(
                message_id=message_id,
                body=body,
                content_type=content_type,
                from_uri=own_uri,
                to_uri=peer_uri,
                at=time.time(),
                use_cpim=use_cpim,
                chat_headers=chat_headers,
            )
        except ValueError as error:
            self._publish(MessageFailed(account_key, peer_uri, message_id, 0, str(error)))
            return
        self.contacted.remember(account_key, peer_uri)
        self._send(account, account_key, peer_uri, payload, _InFlight(message_id, peer_uri, False))

    def send_receipts(
        self,
        account: pj.Account,
        account_key: str,
        own_uri: str,
        peer_uri: str,
        message_ids: list[str],
        kind: NotificationKind,
    ) -> None:
        if not self.contacted.may_notify(account_key, peer_uri):
            log.info("no %s to %s: the user never wrote to them", kind.value, peer_uri)
            return
        self._send_receipts(account, account_key, own_uri, peer_uri, message_ids, kind)

    def _send_receipts(
        self,
        account: pj.Account,
        account_key: str,
        own_uri: str,
        peer_uri: str,
        message_ids: list[str],
        kind: NotificationKind,
    ) -> None:
        status = (
            NotificationStatus.DISPLAYED
            if kind is NotificationKind.DISPLAY
            else NotificationStatus.DELIVERED
        )
        for message_id in message_ids:
            notification = Notification(
                message_id=message_id,
                kind=kind,
                status=status,
                datetime=time.time(),
                recipient_uri=own_uri,
                original_recipient_uri=own_uri,
            )
            payload = encode_notification(
                report_id=new_message_id(),
                notification=notification,
                from_uri=own_uri,
                to_uri=peer_uri,
                at=time.time(),
            )
            self._send(
                account, account_key, peer_uri, payload, _InFlight(message_id, peer_uri, True)
            )

    def send_typing(
        self, account: pj.Account, account_key: str, peer_uri: str, active: bool
    ) -> None:
        if not self.contacted.may_notify(account_key, peer_uri):
            log.info("no typing notice to %s: the user never wrote to them", peer_uri)
            return
        prm = pj.SendTypingIndicationParam()
        prm.isTyping = active
        try:
            self._buddy(account, account_key, peer_uri).sendTypingIndication(prm)
        except pj.Error as error:
            log.info("typing indication to %s failed: %s", peer_uri, error.reason)

    def _send(
        self,
        account: pj.Account,
        account_key: str,
        peer_uri: str,
        payload: WirePayload,
        item: _InFlight,
    ) -> None:
        if self._closed:  # a message arriving while pjsua shuts down: stored, not answered
            log.info("nothing more sent to %s: the engine is stopping", peer_uri)
            return
        prm = pj.SendInstantMessageParam()
        prm.content = payload.content
        prm.contentType = payload.content_type
        try:
            self._buddy(account, account_key, peer_uri).sendInstantMessage(prm)
        except pj.Error as error:
            if not item.is_receipt:
                failure = reason("could not be sent: %1", error.reason)
                self._publish(MessageFailed(account_key, peer_uri, item.message_id, 0, failure))
            else:
                log.warning("receipt to %s not sent: %s", peer_uri, error.reason)
            return
        key = (account_key, peer_uri, payload.content)
        self._in_flight.setdefault(key, collections.deque()).append(item)
        self._open[account.getId()] += 1

    def open_transactions(self, account: pj.Account) -> int:
        """MESSAGEs this account sent that have no final answer yet."""
        return self._open[account.getId()]

    def transaction_ended(self, account: pj.Account) -> None:
        """A MESSAGE of this account got its final answer (any, matched or not)."""
        account_id = account.getId()
        if self._open[account_id] > 0:
            self._open[account_id] -= 1
        if not self._open[account_id]:
            del self._open[account_id]

    def _buddy(self, account: pj.Account, account_key: str, peer_uri: str) -> pj.Buddy:
        key = (account_key, peer_uri)
        buddy = self._buddies.get(key)
        if buddy is not None:
            self._buddies.move_to_end(key)
            return buddy
        while len(self._buddies) >= MAX_BUDDIES:
            self._buddies.popitem(last=False)  # frees the pjsua buddy, not its messages
        config = pj.BuddyConfig()
        config.uri = peer_uri
        config.subscribe = False
        buddy = pj.Buddy()
        buddy.create(account, config)
        self._buddies[key] = buddy
        return buddy

    # AccountListener, through EngineCore
    def on_status(
        self, account_key: str, to_uri: str, body: str, code: int, reason: str, response: str
    ) -> None:
        queue = self._in_flight.get((account_key, to_uri, body))
        if not queue:
            log.debug("a MESSAGE status %d for %s matches nothing sent", code, to_uri)
            return
        item = queue.popleft()
        if not queue:
            del self._in_flight[(account_key, to_uri, body)]
        if item.is_receipt:
            if not 200 <= code < 300:
                log.info("receipt for %s to %s: %d %s", item.message_id, to_uri, code, reason)
            return
        if 200 <= code < 300:
            call_id = sip_header(response, "Call-ID", "i") or None
            self._publish(MessageSent(account_key, item.peer_uri, item.message_id, call_id))
        else:
            failure = message_failure_reason(code, reason)
            self._publish(MessageFailed(account_key, item.peer_uri, item.message_id, code, failure))

    # ----- receiving ------------------------------------------------------------------

    def on_incoming(
        self, account: pj.Account | None, raw: RawMessage, reply_uri: str, own_uri: str
    ) -> None:
        """`reply_uri`: where receipts go; `own_uri`: our address in them; no `account`:
        stored and announced, but nothing is sent back (the account is going)."""
        found = interpret(raw)
        if isinstance(found, Ignored):
            log.warning("incoming MESSAGE from %s ignored: %s", raw.from_uri[:100], found.reason)
        elif isinstance(found, IncomingTyping):
            composing = found.composing
            self._publish(
                TypingChanged(
                    found.account_key, found.peer_uri, composing.active, composing.refresh_s
                )
            )
        elif isinstance(found, IncomingReport):
            self._on_report(found)
        elif isinstance(found, IncomingRecall):
            self._on_recall(found)
        else:
            self._on_text(account, found, reply_uri, own_uri or found.own_uri)

    def on_typing(self, account_key: str, from_uri: str, active: bool) -> None:
        try:
            peer = sender_peer_uri(from_uri)
        except ValueError:
            return
        self._publish(TypingChanged(account_key, peer, active))

    def _on_text(
        self, account: pj.Account | None, text: IncomingText, reply_uri: str, own_uri: str
    ) -> None:
        try:
            accepted = self._sink.accept(text)
        except Exception as error:
            log_failure(log, "an incoming message from %s could not be stored", text.peer_uri)
            message = f"a message from {text.peer_uri} could not be stored: {error}"
            self._publish(EngineError("receive_message", message))
            return  # no receipt: the sender must not believe we have it
        if accepted.is_new:
            self._publish(
                MessageReceived(
                    account_key=text.account_key,
                    peer_uri=text.peer_uri,
                    message_id=text.message_id,
                    body=text.body,
                    content_type=text.content_type,
                    stored=accepted.stored,
                    sent_at=text.sent_at,
                    uses_cpim=text.uses_cpim or agent_speaks_cpim(text.sender_agent),
                )
            )
        if not text.wants_delivery_report or account is None:
            return
        if not self.contacted.may_notify(text.account_key, text.peer_uri):
            log.info("no delivery receipt to %s: the user never wrote to them", text.peer_uri)
            return
        self._send_receipts(  # again for a duplicate: the first may have been lost
            account,
            text.account_key,
            own_uri,
            reply_uri,
            [text.message_id],
            NotificationKind.DELIVERY,
        )

    def _on_recall(self, recall: IncomingRecall) -> None:
        try:
            recalled = self._sink.recall(recall)
        except Exception:
            log_failure(log, "a recall from %s could not be applied", recall.peer_uri)
            return
        if recalled is None:
            log.info("recall of %s by %s refused", recall.message_id[:80], recall.peer_uri)
            return
        self._publish(
            MessageRecalled(
                recall.account_key,
                recall.peer_uri,
                recall.message_id,
                recalled.stored,
                recalled.dropped,
            )
        )

    def _on_report(self, report: IncomingReport) -> None:
        notification = report.notification
        key, peer, message_id = report.account_key, report.peer_uri, notification.message_id
        if notification.status is NotificationStatus.DELIVERED:
            self._publish(MessageDelivered(key, peer, message_id))
        elif notification.status is NotificationStatus.DISPLAYED:
            self._publish(MessageDisplayed(key, peer, message_id))
        elif notification.kind is NotificationKind.DELIVERY and not notification.status.positive:
            failure = reason("the recipient could not take it (%1)", notification.status.value)
            self._publish(MessageFailed(key, peer, message_id, 0, failure))
        else:
            log.info("notification %s about %s ignored", notification.status.value, message_id)

    # ----- life cycle -----------------------------------------------------------------

    def drop_account(self, account_key: str, answers_awaited: bool = False) -> None:
        """Before the account itself goes: its buddies must die first (engine thread).
        `answers_awaited`: the account stays until its messages on their way have their
        answers, which then say what became of them."""
        self.contacted.forget_account(account_key)
        for buddy_key in [key for key in self._buddies if key[0] == account_key]:
            del self._buddies[buddy_key]
        if answers_awaited:
            return
        for flight_key in [key for key in self._in_flight if key[0] == account_key]:
            for item in self._in_flight.pop(flight_key):
                if not item.is_receipt:
                    failure = reason("the account was removed before the server answered")
                    self._publish(
                        MessageFailed(account_key, item.peer_uri, item.message_id, 0, failure)
                    )

    def shutdown(self) -> None:
        self._closed = True
        self._buddies.clear()
        self._in_flight.clear()
