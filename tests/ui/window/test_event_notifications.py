"""Which events notify, and what pressing a notification does (the D-Bus side is in
tests/unit/platform/test_notifications.py; here a recording notifier stands in)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from jego_desktop.domain.accounts import DIRECT_ACCOUNT_KEY
from jego_desktop.domain.calls import CallDirection, CallState
from jego_desktop.domain.conversations import Conversation
from jego_desktop.domain.messages import (
    Attachment,
    Message,
    MessageDirection,
    MessageState,
)
from jego_desktop.ui.window.event_notifications import EventNotifications
from tests.ui.fake_engine import FakeEngine

ACCOUNT = "+33100000000@example.org"
CAMILLE = "sip:+33612345678@example.org"


class RecordingNotifier(QObject):
    activated = Signal(str, str)

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[dict[str, Any]] = []
        self.withdrawn: list[str] = []

    def notify(
        self,
        key: str,
        title: str,
        body: str,
        actions: Sequence[tuple[str, str]] = (),
        *,
        category: str = "",
    ) -> bool:
        self.shown.append(
            {
                "key": key,
                "title": title,
                "body": body,
                "actions": list(actions),
                "category": category,
            }
        )
        return True

    def withdraw(self, key: str) -> None:
        self.withdrawn.append(key)


CONVERSATIONS = {
    7: Conversation(7, ACCOUNT, CAMILLE, "", 1, 0.0, 0.0),
    8: Conversation(8, DIRECT_ACCOUNT_KEY, "sip:bob@192.0.2.7", "Bob's desk", 1, 0.0, 0.0),
    9: Conversation(9, ACCOUNT, "group:" + "ab" * 16, "Family", 1, 0.0, 0.0),
}


def message(conversation_id: int, body: str, **changes: Any) -> Message:
    values: dict[str, Any] = {
        "id": 1,
        "conversation_id": conversation_id,
        "direction": MessageDirection.INCOMING,
        "message_id": "m1",
        "body": body,
        "content_type": "text/plain",
        "state": MessageState.RECEIVED,
        "created_at": 1_700_000_000.0,
    }
    values.update(changes)
    return Message(**values)


def make(in_front: bool = False) -> tuple[EventNotifications, RecordingNotifier, FakeEngine]:
    notifier = RecordingNotifier()
    engine = FakeEngine()
    events = EventNotifications(
        notifier,
        CONVERSATIONS.get,
        window_in_front=lambda: in_front,
        names=lambda uri: "Camille Martin" if uri == CAMILLE else "",
        home_region="FR",
    )
    engine.call_changed.connect(events.on_call_changed)
    events.answer_requested.connect(engine.answer)
    events.decline_requested.connect(engine.decline)
    return events, notifier, engine


def test_a_ringing_call_notifies_with_answer_and_decline(qtbot: QtBot) -> None:
    events, notifier, engine = make()
    ringing = engine.call_event("c1", CallState.RINGING_IN, CallDirection.INCOMING, peer=CAMILLE)
    engine.publish(ringing)
    engine.publish(ringing)  # a repeated report shows nothing new

    assert notifier.shown == [
        {
            "key": "call:c1",
            "title": "Incoming call",
            "body": "Camille Martin (06 12 34 56 78)",
            "actions": [("answer", "Answer"), ("decline", "Decline")],
            "category": "call.incoming",
        }
    ]
    notifier.activated.emit("call:c1", "answer")
    assert engine.last("answer") == ("answer", "c1")
    notifier.activated.emit("call:c1", "decline")
    assert engine.last("decline") == ("decline", "c1", False)
    with qtbot.waitSignal(events.call_shown) as shown:
        notifier.activated.emit("call:c1", "default")
    assert shown.args == ["c1"]

    engine.publish(engine.call_event("c1", CallState.ACTIVE, CallDirection.INCOMING, peer=CAMILLE))
    assert notifier.withdrawn == ["call:c1"]


def test_outgoing_calls_do_not_notify() -> None:
    _events, notifier, engine = make()
    engine.publish(engine.call_event("c2", CallState.RINGING_OUT))
    assert notifier.shown == [] and notifier.withdrawn == []


def test_a_message_notifies_and_a_click_opens_its_conversation(qtbot: QtBot) -> None:
    events, notifier, _engine = make()
    events.on_message_added(message(7, "Hello\n  there, see you at 18:00"))
    events.on_message_added(message(8, "x" * 400))

    assert [(n["key"], n["title"], n["category"]) for n in notifier.shown] == [
        ("chat:7", "Camille Martin (06 12 34 56 78)", "im.received"),
        ("chat:8", "Bob's desk", "im.received"),
    ]
    assert notifier.shown[0]["body"] == "Hello there, see you at 18:00"
    assert len(notifier.shown[1]["body"]) == 160 and notifier.shown[1]["body"].endswith("…")

    with qtbot.waitSignal(events.conversation_requested) as opened:
        notifier.activated.emit("chat:7", "default")
    assert opened.args == [ACCOUNT, CAMILLE]
    with qtbot.waitSignal(events.conversation_requested) as opened:
        notifier.activated.emit("chat:8", "default")
    assert opened.args == [DIRECT_ACCOUNT_KEY, "sip:bob@192.0.2.7"]  # one key everywhere


def test_no_message_notification_while_the_window_is_in_front_or_for_our_own() -> None:
    events, notifier, _engine = make(in_front=True)
    events.on_message_added(message(7, "seen already"))
    quiet, quiet_notifier, _ = make()
    quiet.on_message_added(message(7, "mine", direction=MessageDirection.OUTGOING))
    assert notifier.shown == [] and quiet_notifier.shown == []


def test_a_file_is_named() -> None:
    events, notifier, _engine = make()
    picture = Attachment(file_name="photo.jpg", content_type="image/jpeg")
    events.on_message_added(message(7, "", attachments=(picture,)))
    assert notifier.shown[0]["body"] == "File: photo.jpg"


def test_a_group_message_names_its_author_and_a_membership_change_is_words() -> None:
    events, notifier, _engine = make()
    events.on_message_added(message(9, "see you at 8", author_uri=CAMILLE))
    event = json.dumps({"event": "renamed", "by": CAMILLE, "name": "Famille"})
    events.on_message_added(
        message(9, event, content_type="application/vnd.jego.group-event", author_uri=CAMILLE)
    )
    assert [(n["title"], n["body"]) for n in notifier.shown] == [
        ("Family", "Camille Martin: see you at 8"),
        ("Family", "Camille Martin renamed the group to “Famille”"),
    ]
