"""Instant messages through the engine against Kamailio, baresip and SIPp."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from jego_desktop.domain.engine_events import (
    EngineError,
    EngineStarted,
    MessageDelivered,
    MessageFailed,
    MessageReceived,
    MessageSent,
    TypingChanged,
)
from jego_desktop.domain.incoming_messages import (
    AcceptResult,
    IncomingRecall,
    IncomingText,
    RecallResult,
)
from jego_desktop.domain.message_formats import UNREADABLE
from tests.integration.engine_probe import EngineProbe
from tests.integration.test_engine_calls import alice, registered_baresip
from tests.peers.baresip import Baresip
from tests.peers.kamailio import Kamailio
from tests.peers.sipp import SCENARIO_DIR, Sipp, malformed_messages

pytestmark = pytest.mark.peers

TEXT = "你好 👋 Jego"
MULTILINE = "你好 👋 Jego\nsecond line"
IN_CALL_MESSAGE = SCENARIO_DIR / "in_call_message.xml"


class MemorySink:
    """Stores by (peer, message id), like the store does, counting every delivery."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.stored: dict[tuple[str, str], IncomingText] = {}
        self.offered = 0
        self.threads: set[str] = set()

    def accept(self, message: IncomingText) -> AcceptResult:
        with self.lock:
            self.offered += 1
            self.threads.add(threading.current_thread().name)
            key = (message.peer_uri, message.message_id)
            is_new = key not in self.stored
            self.stored.setdefault(key, message)
            return AcceptResult(is_new=is_new)

    def user_contacted(self, account_key: str, peer_uri: str) -> bool:
        return False  # only what the engine sends in the test counts

    def recall(self, recall: IncomingRecall) -> RecallResult | None:
        return None  # recalls are tested between two apps (test_two_instances.py)


def messaging_alice(
    engine_factory: Callable[..., EngineProbe], kamailio: Kamailio, sink: MemorySink
) -> tuple[EngineProbe, str]:
    probe = engine_factory()
    probe.engine.set_message_sink(sink)
    account = alice(kamailio)
    assert probe.register(account, "secret-a").code == 200
    return probe, account.key


def test_plain_text_both_ways_with_baresip(
    engine_factory, kamailio: Kamailio, baresip_factory
) -> None:
    bob: Baresip = registered_baresip(baresip_factory, kamailio, "bob", "secret-b", 1200.0)
    sink = MemorySink()
    probe, key = messaging_alice(engine_factory, kamailio, sink)

    probe.engine.send_message(key, kamailio.aor("bob"), "m-1", TEXT, imdn=False)
    sent = probe.wait_for(MessageSent, lambda e: e.message_id == "m-1")
    assert sent.sip_call_id
    peer, text = bob.wait_message(TEXT)
    assert text == TEXT and "alice" in peer
    # baresip prints a multi-line text ambiguously: read this one from its SIP trace
    probe.engine.send_message(key, kamailio.aor("bob"), "m-2", MULTILINE, imdn=False)
    probe.wait_for(MessageSent, lambda e: e.message_id == "m-2")

    def multiline_arrived() -> bool:
        bodies = [p.text.split("\r\n\r\n", 1)[-1] for p in bob.received_requests("MESSAGE")]
        return MULTILINE in bodies

    bob.wait_for(multiline_arrived, 5, "the multi-line MESSAGE in the SIP trace")

    since = probe.mark()
    bob.send_message(kamailio.aor("alice"), MULTILINE)
    received = probe.wait_for(MessageReceived, since=since)
    assert received.body == MULTILINE
    assert received.peer_uri == "sip:bob@127.0.0.1" and received.content_type == "text/plain"
    assert sink.threads == {"jego-engine"}


def test_message_to_an_offline_user_is_kept_and_to_an_unknown_user_fails_clearly(
    engine_factory, kamailio: Kamailio
) -> None:
    probe, key = messaging_alice(engine_factory, kamailio, MemorySink())
    probe.engine.send_message(key, kamailio.aor("carol"), "m-offline", "are you there?")
    probe.wait_for(MessageSent, lambda e: e.message_id == "m-offline")  # 202: kept for her
    assert len(kamailio.stored_messages("carol")) == 1
    probe.engine.send_message(key, "sip:nobody@127.0.0.1", "m-unknown", "hello?")
    unknown = probe.wait_for(MessageFailed, lambda e: e.message_id == "m-unknown")
    assert (unknown.code, unknown.reason) == (404, "unknown user")


def test_typing_reaches_the_engine(engine_factory, kamailio: Kamailio) -> None:
    """pjsua's own typing indication, looped through Kamailio to our own address."""
    probe, key = messaging_alice(engine_factory, kamailio, MemorySink())
    probe.engine.send_message(key, kamailio.aor("alice"), "m-self", "me", imdn=False)
    probe.wait_for(MessageSent, lambda e: e.message_id == "m-self")
    probe.engine.send_typing(key, kamailio.aor("alice"), True)
    typing = probe.wait_for(TypingChanged)
    assert typing.active and typing.peer_uri == "sip:alice@127.0.0.1"


def test_cpim_message_to_ourselves_round_trips_with_a_delivery_receipt(
    engine_factory, kamailio: Kamailio
) -> None:
    """Alice writes to herself: the CPIM envelope, the id and the receipt all make the trip."""
    sink = MemorySink()
    probe, key = messaging_alice(engine_factory, kamailio, sink)
    probe.engine.send_message(key, kamailio.aor("alice"), "cpim-1", MULTILINE, imdn=True)
    received = probe.wait_for(MessageReceived, lambda e: e.message_id == "cpim-1")
    assert received.body == MULTILINE and received.sent_at is not None
    probe.wait_for(MessageSent, lambda e: e.message_id == "cpim-1")
    probe.wait_for(MessageDelivered, lambda e: e.message_id == "cpim-1")
    assert sink.offered == 1  # the receipt itself is not stored


def test_malformed_messages_do_not_break_the_engine(
    engine_factory, kamailio: Kamailio, tmp_path: Path
) -> None:
    sink = MemorySink()
    probe = engine_factory()
    probe.engine.set_message_sink(sink)
    port = probe.wait_for(EngineStarted).sip_ports["udp"]
    result = malformed_messages(port, tmp_path)
    assert result.successful == 1, result.summary()
    probe.wait_for(MessageReceived, lambda e: e.body.startswith("still there?"))
    by_call = {m.sip_call_id or "": m for m in sink.stored.values()}
    garbled = next(m for cid, m in by_call.items() if cid.endswith("-invalid-utf8"))
    assert garbled.content_type == UNREADABLE and "not valid UTF-8" in garbled.body
    binary = next(m for cid, m in by_call.items() if cid.endswith("-binary-body"))
    assert binary.content_type == UNREADABLE and "application/x-jego-unknown" in binary.body
    assert not [e for e in probe.events if isinstance(e, EngineError)]


def test_a_message_inside_a_call_is_not_lost(engine_factory, tmp_path: Path) -> None:
    sink = MemorySink()
    probe = engine_factory()
    probe.engine.set_message_sink(sink)
    port = probe.wait_for(EngineStarted).sip_ports["udp"]
    sipp = Sipp(
        IN_CALL_MESSAGE,
        tmp_path,
        target=f"127.0.0.1:{port}",
        count=1,
        rate=1,
        timeout=20,
        service="jego",
        keys={"from_user": "dave", "domain": "127.0.0.1"},
    )
    sipp.start()
    ringing = probe.wait_incoming()
    probe.engine.answer(ringing.call_id)
    received = probe.wait_for(MessageReceived)
    assert received.body.strip() == "in the call 1" and received.peer_uri == "sip:dave@127.0.0.1"
    result = sipp.wait()
    assert result.successful == 1, result.summary()
    assert len(sink.stored) == 1
