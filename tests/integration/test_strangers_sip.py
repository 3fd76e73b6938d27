"""A stranger on another domain (127.0.0.2) gets no digest of the SIP password (issue #13).

Kamailio relays between its users and other domains, as an operator's proxy does. The
stranger writes a CPIM MESSAGE asking for a delivery receipt and challenges whatever
reaches it with a 401 in the registrar's own realm: the app must send it nothing by
itself, so no `Authorization` header can ever reach it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from jego_desktop.domain.engine_events import (
    CallChanged,
    MessageFailed,
    MessageReceived,
    MessageSent,
)
from jego_desktop.domain.outgoing_messages import encode_text
from tests.integration.engine_probe import EngineProbe, pump
from tests.integration.test_engine_calls import alice
from tests.integration.test_engine_messages import MemorySink
from tests.peers.kamailio import DEFAULT_USERS, Kamailio
from tests.peers.ports import free_port_block
from tests.peers.sip_stranger import SipStranger

pytestmark = pytest.mark.peers

QUIET_S = 2.0  # how long the stranger listens for anything the app might still send


@pytest.fixture
def operator_proxy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Kamailio]:
    certificates = tmp_path_factory.getbasetemp() / "kamailio-tls"
    server = Kamailio(
        tmp_path_factory.mktemp("kamailio"),
        DEFAULT_USERS,
        certificates=certificates,
        other_domains=True,
    )
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def stranger_factory() -> Iterator[Callable[..., SipStranger]]:
    made: list[SipStranger] = []

    def make(**kwargs: object) -> SipStranger:
        try:
            stranger = SipStranger(**kwargs).start()  # type: ignore[arg-type]
        except OSError as error:
            pytest.skip(f"the stranger cannot listen on 127.0.0.2:5060: {error}")
        made.append(stranger)
        return stranger

    yield make
    for stranger in made:
        stranger.stop()


def _registered_alice(
    engine_factory: Callable[..., EngineProbe], proxy: Kamailio, sink: MemorySink
) -> tuple[EngineProbe, str]:
    probe = engine_factory()
    probe.engine.set_message_sink(sink)
    account = alice(proxy)
    assert probe.register(account, "secret-a").code == 200
    return probe, account.key


def _write_with_receipt_request(
    stranger: SipStranger, proxy: Kamailio, probe: EngineProbe, message_id: str
) -> MessageReceived:
    payload = encode_text(
        message_id=message_id,
        body="hello from nowhere",
        content_type="text/plain",
        from_uri=stranger.uri,
        to_uri=proxy.aor("alice"),
        at=time.time(),
        use_cpim=True,
    )
    since = probe.mark()
    stranger.send_message(
        (proxy.host, proxy.port("udp")), proxy.aor("alice"), payload.content, payload.content_type
    )
    return probe.wait_for(MessageReceived, lambda e: e.message_id == message_id, since=since)


def test_a_strangers_receipt_request_gets_nothing_back(
    engine_factory, operator_proxy: Kamailio, stranger_factory, tmp_path: Path
) -> None:
    """Zero-click: a stranger asks for a receipt and challenges it with the registrar's
    realm. The message is stored; the stranger receives no request at all, and so no
    digest; typing and display receipts towards it are withheld as well."""
    stranger = stranger_factory(challenge_realm=operator_proxy.realm)
    sink = MemorySink()
    probe, key = _registered_alice(engine_factory, operator_proxy, sink)

    received = _write_with_receipt_request(stranger, operator_proxy, probe, "from-stranger-1")
    assert received.peer_uri == stranger.uri
    assert len(sink.stored) == 1
    probe.engine.send_typing(key, received.peer_uri, True)
    probe.engine.send_display_receipts(key, received.peer_uri, ["from-stranger-1"])
    pump(QUIET_S)

    assert stranger.credentials_seen() == []
    assert [r.first_line for r in stranger.requests()] == []


def test_after_the_user_replies_receipts_flow_and_foreign_realms_get_no_answer(
    engine_factory, operator_proxy: Kamailio, stranger_factory
) -> None:
    """Once the user has written to them, receipts go out again. A request the user
    starts towards another domain answers no challenge in a realm that is not the
    registrar's."""
    stranger = stranger_factory(challenge_realm="stranger.example")
    sink = MemorySink()
    probe, key = _registered_alice(engine_factory, operator_proxy, sink)
    received = _write_with_receipt_request(stranger, operator_proxy, probe, "from-stranger-2")

    probe.engine.send_message(key, received.peer_uri, "reply-1", "who are you?", imdn=False)
    failed = probe.wait_for(MessageFailed, lambda e: e.message_id == "reply-1")
    assert failed.code == 401
    assert stranger.credentials_seen() == []

    stranger.challenge_realm = None  # it now takes messages without a challenge
    probe.engine.send_message(key, received.peer_uri, "reply-2", "still there?", imdn=False)
    probe.wait_for(MessageSent, lambda e: e.message_id == "reply-2")
    _write_with_receipt_request(stranger, operator_proxy, probe, "from-stranger-3")
    assert stranger.wait_for(
        lambda: any("from-stranger-3" in r.body for r in stranger.requests("MESSAGE")),
        5.0,
        lambda: pump(0.02),
    ), "no delivery receipt reached the stranger the user wrote to"
    assert stranger.credentials_seen() == []


def test_the_registrars_realm_is_learned_when_it_is_not_the_domain(
    engine_factory, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The password answers one realm: the domain's at first, the registrar's own once
    its challenge names another; registering and messaging work as before."""
    certificates = tmp_path_factory.getbasetemp() / "kamailio-tls"
    proxy = Kamailio(
        tmp_path_factory.mktemp("kamailio"),
        DEFAULT_USERS,
        certificates=certificates,
        realm="jego.test",
    )
    proxy.start()
    try:
        probe = engine_factory()
        probe.engine.set_message_sink(MemorySink())
        account = alice(proxy)
        assert probe.register(account, "secret-a").code == 200
        probe.engine.send_message(account.key, proxy.aor("alice"), "self-1", "me", imdn=False)
        probe.wait_for(MessageSent, lambda e: e.message_id == "self-1")
    finally:
        proxy.stop()


def test_a_display_name_with_angle_brackets_is_stored(
    engine_factory, operator_proxy: Kamailio, stranger_factory
) -> None:
    """Issue #13 item 10: pjsua says 200 OK first; the message must not be dropped after."""
    stranger = stranger_factory()
    sink = MemorySink()
    probe, _ = _registered_alice(engine_factory, operator_proxy, sink)
    since = probe.mark()
    stranger.send_message(
        (operator_proxy.host, operator_proxy.port("udp")),
        operator_proxy.aor("alice"),
        "angles",
        "text/plain",
        display_name="<img src=x> a<b",
    )
    received = probe.wait_for(MessageReceived, since=since)
    assert (received.peer_uri, received.body) == (stranger.uri, "angles")
    assert len(sink.stored) == 1


def test_no_call_from_a_stranger_is_ever_named_after_a_group(
    engine_factory: Callable[..., EngineProbe],
    operator_proxy: Kamailio,
    stranger_factory: Callable[..., SipStranger],
) -> None:
    """ "group:<id>" names a group's conversation in the app: a call named so would put
    itself, and its "Message" button, into that group. Kamailio refuses such a From, so
    the stranger writes to the app's own port, as anyone can."""
    port = free_port_block()
    probe = engine_factory(sip_port=port)
    assert probe.register(alice(operator_proxy), "secret-a").code == 200
    stranger = stranger_factory()
    app = ("127.0.0.1", port)
    to = f"sip:alice@127.0.0.1:{port}"
    group = "group:" + "ab" * 16

    since = probe.mark()
    forged = stranger.send_invite(app, to, from_uri=group, contact=group)
    assert stranger.wait_for(lambda: stranger.final_response(forged) is not None, 5, _pump)
    response = stranger.final_response(forged)
    assert response is not None and int(response.first_line.split()[1]) >= 400
    pump(QUIET_S)
    assert not [e for e in probe.events[since:] if isinstance(e, CallChanged)]

    # With a SIP Contact the call rings, named after the Contact, never the group.
    named = stranger.send_invite(app, to, from_uri=group, contact=stranger.uri)
    ringing = probe.wait_incoming(since=since)
    assert ringing.peer.startswith(stranger.uri)
    assert not [
        e for e in probe.events[since:] if isinstance(e, CallChanged) and "group:" in e.peer
    ]
    probe.engine.hangup(ringing.call_id)
    assert stranger.wait_for(lambda: stranger.final_response(named) is not None, 5, _pump)


def _pump() -> None:
    pump(0.05)
