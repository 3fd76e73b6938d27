"""Jego's engine against Linphone's own engine (Debian's linphonec), both registered at Kamailio.

What linphonec can do is tested for real; what it cannot do is skipped with the reason
(tests/peers/linphonec.py lists what was measured). Typing in Linphone is not tested here:
linphonec 5.1 has no command that sends is-composing (its `chat` sends at once); another
Jego engine's notices are (test_engine_messages.py).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from ipaddress import ip_address, ip_network
from pathlib import Path

import pytest

from jego_desktop.domain.calls import CallState
from jego_desktop.domain.engine_events import (
    CallStats,
    MessageDelivered,
    MessageDisplayed,
    MessageReceived,
    MessageSent,
)
from jego_desktop.domain.messages import MessageState
from jego_desktop.store.database import Database
from jego_desktop.store.messages import MessageStore
from tests.integration.engine_probe import EngineProbe, pump
from tests.integration.test_engine_calls import alice
from tests.integration.test_engine_messages import MemorySink
from tests.integration.test_messaging_service import messaging
from tests.peers.kamailio import Kamailio
from tests.peers.linphonec import Linphonec, LoopbackBindError
from tests.peers.tones import assert_tone, dominant_frequency, write_tone_wav

pytestmark = [pytest.mark.peers, pytest.mark.timeout(90)]

Factory = Callable[..., Linphonec]
ENGINE_TONE = 700.0
LINPHONE_TONE = 1200.0
TEXT = "你好 👋 Jego"
LOOPBACK_NET = ip_network("127.0.0.0/8")


def registered_linphonec(factory: Factory, kamailio: Kamailio, user: str = "bob") -> Linphonec:
    agent = factory(user)
    agent.register_at(
        user,
        kamailio.users[user],
        domain=kamailio.domain,
        registrar_host=kamailio.host,
        registrar_port=kamailio.port("udp"),
    )
    try:
        agent.start()
    except LoopbackBindError as error:
        pytest.skip(f"linphonec must stay on loopback: {error}")
    return agent


def registered_jego(
    engine_factory: Callable[..., EngineProbe],
    kamailio: Kamailio,
    sink: MemorySink,
    **kwargs: object,
) -> tuple[EngineProbe, str]:
    probe = engine_factory(**kwargs)
    probe.engine.set_message_sink(sink)
    account = alice(kamailio)
    assert probe.register(account, kamailio.users["alice"]).code == 200
    return probe, account.key


def test_message_each_way_arrives_intact(
    engine_factory, kamailio: Kamailio, linphonec_factory: Factory
) -> None:
    lina = registered_linphonec(linphonec_factory, kamailio)
    sink = MemorySink()
    probe, key = registered_jego(engine_factory, kamailio, sink)

    probe.engine.send_message(key, kamailio.aor("bob"), "to-lina-1", TEXT)  # CPIM
    probe.wait_for(MessageSent, lambda e: e.message_id == "to-lina-1")
    assert lina.wait_message(TEXT) == (kamailio.aor("alice"), TEXT)
    probe.engine.send_message(key, kamailio.aor("bob"), "to-lina-2", f"{TEXT} plain", imdn=False)
    assert lina.wait_message(f"{TEXT} plain") == (kamailio.aor("alice"), f"{TEXT} plain")

    lina.send_message(kamailio.aor("alice"), f"{TEXT} back")
    received = probe.wait_for(MessageReceived, lambda e: e.body == f"{TEXT} back")
    assert received.peer_uri == kamailio.aor("bob")
    assert received.content_type == "text/plain"
    assert [m.body for m in sink.stored.values()] == [f"{TEXT} back"]


def test_message_to_linphone_comes_back_delivered(
    engine_factory, kamailio: Kamailio, linphonec_factory: Factory
) -> None:
    lina = registered_linphonec(linphonec_factory, kamailio)
    sink = MemorySink()
    probe, key = registered_jego(engine_factory, kamailio, sink)

    probe.engine.send_message(key, kamailio.aor("bob"), "imdn-1", TEXT, imdn=True)
    lina.wait_message(TEXT)
    delivered = probe.wait_for(MessageDelivered, lambda e: e.message_id == "imdn-1")
    assert delivered.peer_uri == kamailio.aor("bob")
    notifications = [m for m in lina.sent_requests("MESSAGE") if "message/imdn+xml" in m]
    assert notifications and all("<delivered/>" in m for m in notifications)
    assert all("<message-id>imdn-1</message-id>" in m for m in notifications)


def test_linphones_deflated_receipt_for_a_plain_message_is_a_receipt_not_a_text(
    engine_factory, kamailio: Kamailio, linphonec_factory: Factory
) -> None:
    """liblinphone answers even a plain-text MESSAGE with a delivery IMDN, not CPIM-wrapped,
    deflated (Content-Encoding: deflate), naming the message by its SIP Call-ID."""
    lina = registered_linphonec(linphonec_factory, kamailio)
    sink = MemorySink()
    probe, key = registered_jego(engine_factory, kamailio, sink)

    probe.engine.send_message(key, kamailio.aor("bob"), "plain-1", TEXT, imdn=False)
    sent = probe.wait_for(MessageSent, lambda e: e.message_id == "plain-1")
    lina.wait_message(TEXT)
    lina.wait_for(
        lambda: any("Content-Encoding: deflate" in m for m in lina.sent_requests("MESSAGE")),
        10,
        "its deflated receipt",
    )
    assert sent.sip_call_id
    probe.wait_for(MessageDelivered, lambda e: e.message_id == sent.sip_call_id)
    assert sink.offered == 0  # nothing shown in the chat


def test_a_plain_message_to_linphone_shows_delivered_in_the_chat(
    engine_factory, kamailio: Kamailio, linphonec_factory: Factory, db: Database
) -> None:
    """A fresh profile writes plain text to a peer it knows nothing of; liblinphone's
    receipt names that MESSAGE by its SIP Call-ID (each MESSAGE has its own: measured),
    and the stored message shows delivered."""
    lina = registered_linphonec(linphonec_factory, kamailio)
    probe, service = messaging(engine_factory, db, cpim_by_default=False)
    account = alice(kamailio)
    probe.register(account, kamailio.users["alice"])
    first = service.send(account.key, kamailio.aor("bob"), f"{TEXT} 1")
    second = service.send(account.key, kamailio.aor("bob"), f"{TEXT} 2")
    stored = MessageStore(db)

    def states() -> list[MessageState]:
        return [m.state for m in stored.page(first.conversation_id)]

    deadline = time.monotonic() + 10
    while states() != [MessageState.DELIVERED] * 2 and time.monotonic() < deadline:
        pump(0.1)
    assert [text for _peer, text in lina.received_messages()] == [f"{TEXT} 1", f"{TEXT} 2"]
    assert "Content-Type: text/plain" in lina.received_requests("MESSAGE")[0]
    assert states() == [MessageState.DELIVERED] * 2
    calls = {m.sip_call_id for m in stored.page(first.conversation_id)}
    assert len(calls) == 2 and second.message_id != first.message_id


def test_message_read_in_linphone_comes_back_displayed(
    engine_factory, kamailio: Kamailio, linphonec_factory: Factory
) -> None:
    lina = registered_linphonec(linphonec_factory, kamailio)
    probe, key = registered_jego(engine_factory, kamailio, MemorySink())

    probe.engine.send_message(key, kamailio.aor("bob"), "imdn-2", TEXT, imdn=True)
    lina.wait_message(TEXT)
    probe.wait_for(MessageDelivered, lambda e: e.message_id == "imdn-2")
    pump(3.0)
    if not any("<displayed/>" in m for m in lina.sent_requests("MESSAGE")):
        pytest.skip(
            "linphonec sent 'delivered' but no 'displayed' IMDN within 3 s: it has no "
            "command that marks a conversation read, which is what makes liblinphone send it"
        )
    probe.wait_for(MessageDisplayed, lambda e: e.message_id == "imdn-2")


def test_typing_in_jego_reaches_linphone(
    engine_factory, kamailio: Kamailio, linphonec_factory: Factory
) -> None:
    lina = registered_linphonec(linphonec_factory, kamailio)
    sink = MemorySink()
    probe, key = registered_jego(engine_factory, kamailio, sink)
    # typing goes only to peers the user wrote to (engine/contacted_peers.py)
    probe.engine.send_message(key, kamailio.aor("bob"), "first", TEXT, imdn=True)
    lina.wait_message(TEXT)

    probe.engine.send_typing(key, kamailio.aor("bob"), True)
    composing: list[str] = []

    def arrived() -> bool:
        composing[:] = [m for m in lina.received_requests("MESSAGE") if _IS_COMPOSING in m]
        return bool(composing)

    lina.wait_for(arrived, 10, "an is-composing MESSAGE")
    assert "<state>active</state>" in composing[0]
    call_id = _header(composing[0], "Call-ID")
    # liblinphone takes it as a typing notice: 200, and not shown as a text message
    lina.wait_for(
        lambda: any(
            r.startswith("SIP/2.0 200") and _header(r, "Call-ID") == call_id
            for r in lina.sent_responses()
        ),
        5,
        "200 to the is-composing MESSAGE",
    )
    assert [text for _, text in lina.received_messages()] == [TEXT]


def test_call_to_linphone_is_answered_and_audio_flows_both_ways(
    engine_factory, kamailio: Kamailio, linphonec_factory: Factory, tmp_path: Path
) -> None:
    lina = registered_linphonec(linphonec_factory, kamailio)
    probe, key = registered_jego(engine_factory, kamailio, MemorySink(), tone_hz=ENGINE_TONE)
    heard_by_lina = tmp_path / "lina-heard.wav"
    lina.use_files(write_tone_wav(tmp_path / "lina-tone.wav", LINPHONE_TONE, 20.0), heard_by_lina)

    call_id = probe.engine.make_call(kamailio.aor("bob"), key)
    lina.wait_output(r"Receiving new incoming call from .*alice")
    answered_at = time.monotonic()
    lina.answer()
    probe.wait_call(call_id, CallState.ACTIVE)
    answer_to_active_ms = (time.monotonic() - answered_at) * 1000
    lina.wait_output(r"Media streams established with .*alice")
    stats = probe.wait_for(CallStats, lambda s: s.call_id == call_id, timeout=8)
    probe.audio.clear()
    pump(3.0)
    later = probe.wait_for(
        CallStats, lambda s: s.call_id == call_id and s.rx_packets > stats.rx_packets + 50
    )
    probe.engine.hangup(call_id)
    probe.wait_call(call_id, CallState.ENDED)
    lina.wait_output(r"Call \d+ with .*alice.* ended")

    heard = probe.audio.heard()
    print(
        f"\nJego -> linphonec call: codec {later.codec}/{later.clock_rate}, "
        f"rx {later.rx_packets} tx {later.tx_packets} packets; Jego heard "
        f"{dominant_frequency(heard, 16000):.0f} Hz, linphonec heard "
        f"{dominant_frequency(heard_by_lina):.0f} Hz; `answer` -> active "
        f"{answer_to_active_ms:.0f} ms (polled); advertised {sorted(lina.advertised_addresses())}"
    )
    assert later.tx_packets > 50
    advertised = lina.advertised_addresses()
    assert advertised and all(_on_loopback(host) for host in advertised), advertised
    assert_tone(heard, LINPHONE_TONE, rate=16000, min_seconds=2.0)
    assert_tone(heard_by_lina, ENGINE_TONE, start_s=0.5, min_seconds=1.5)


def _on_loopback(host: str) -> bool:
    try:
        return ip_address(host) in LOOPBACK_NET
    except ValueError:
        return False  # a host name, not an address


_IS_COMPOSING = "Content-Type: application/im-iscomposing+xml"


def _header(message: str, name: str) -> str:
    for line in message.splitlines():
        key, _, value = line.partition(":")
        if key.strip().lower() == name.lower():
            return value.strip()
    return ""


def test_call_from_linphone_is_answered_in_jego_and_audio_flows_both_ways(
    engine_factory, kamailio: Kamailio, linphonec_factory: Factory, tmp_path: Path
) -> None:
    lina = registered_linphonec(linphonec_factory, kamailio)
    probe, _ = registered_jego(engine_factory, kamailio, MemorySink(), tone_hz=ENGINE_TONE)
    heard_by_lina = tmp_path / "lina-heard.wav"
    lina.use_files(write_tone_wav(tmp_path / "lina-tone.wav", LINPHONE_TONE, 20.0), heard_by_lina)

    lina.call(kamailio.aor("alice"))
    ringing = probe.wait_incoming()
    assert ringing.peer.startswith(kamailio.aor("bob"))
    probe.engine.answer(ringing.call_id)
    probe.wait_call(ringing.call_id, CallState.ACTIVE)
    lina.wait_output(r"Media streams established with .*alice")
    probe.audio.clear()
    pump(3.0)
    lina.terminate()
    probe.wait_call(ringing.call_id, CallState.ENDED)
    lina.wait_output(r"Call \d+ with .*alice.* ended")

    assert_tone(probe.audio.heard(), LINPHONE_TONE, rate=16000, min_seconds=2.0)
    assert_tone(heard_by_lina, ENGINE_TONE, start_s=0.5, min_seconds=1.5)
