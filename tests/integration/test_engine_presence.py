"""Presence through Kamailio's presence server: our engine and baresip watch each other."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jego_desktop.domain.accounts import (
    DIRECT_ACCOUNT_KEY,
    AccountConfig,
    RegistrationState,
    Transport,
)
from jego_desktop.domain.calls import CallDirection, CallState
from jego_desktop.domain.engine_events import CallChanged, PresenceChanged
from jego_desktop.domain.my_status import MISSED_WHILE_BUSY, MyStatus
from tests.integration.engine_probe import EngineProbe, pump
from tests.peers.baresip import Baresip
from tests.peers.kamailio import Kamailio

pytestmark = pytest.mark.peers


def _alice(kamailio: Kamailio) -> AccountConfig:
    return AccountConfig(
        number="alice", server=f"127.0.0.1:{kamailio.port('udp')}", transport=Transport.UDP
    )


def _bob(factory: Callable[..., Baresip], kamailio: Kamailio, watches: list[str]) -> Baresip:
    agent = factory("bob", presence=True, contacts=watches)
    agent.add_account(
        kamailio.aor("bob"),
        password="secret-b",
        registrar=kamailio.uri("udp"),
        extra_params="pubint=60",
    )
    agent.start()
    return agent


def _state_of(probe: EngineProbe, uri: str, since: int) -> Callable[[str], PresenceChanged]:
    def wait(state: str) -> PresenceChanged:
        return probe.wait_for(
            PresenceChanged, lambda e: e.uri == uri and e.state == state, 15.0, since
        )

    return wait


def _first_news(probe: EngineProbe, uri: str, since: int) -> PresenceChanged:
    def about(event: PresenceChanged) -> bool:
        return event.uri == uri

    return probe.wait_for(PresenceChanged, about, 10.0, since)


def test_engine_sees_baresip_come_online_and_go_offline(
    engine_factory: Callable[..., EngineProbe],
    kamailio: Kamailio,
    baresip_factory: Callable[..., Baresip],
) -> None:
    probe = engine_factory()
    account = _alice(kamailio)
    assert probe.register(account, "secret-a").state is RegistrationState.REGISTERED
    bob_uri = kamailio.aor("bob")
    since = probe.mark()
    probe.engine.watch_presence(account.key, [bob_uri])
    # bob has never published: the server knows nothing of him yet
    first = _first_news(probe, bob_uri, since)
    assert first.account_key == account.key
    assert first.state in ("offline", "unknown")

    since = probe.mark()
    bob = _bob(baresip_factory, kamailio, [])
    _state_of(probe, bob_uri, since)("online")

    since = probe.mark()
    bob.stop()  # baresip withdraws its publication on the way out
    _state_of(probe, bob_uri, since)("offline")


def test_baresip_sees_our_engine_online(
    engine_factory: Callable[..., EngineProbe],
    kamailio: Kamailio,
    baresip_factory: Callable[..., Baresip],
) -> None:
    alice_uri = kamailio.aor("alice")
    bob = _bob(baresip_factory, kamailio, [alice_uri])
    probe = engine_factory()
    account = _alice(kamailio)
    assert probe.register(account, "secret-a").state is RegistrationState.REGISTERED

    def bob_sees(word: str) -> bool:
        listing = str(bob.command("contacts").get("data", ""))
        return any(alice_uri in line and word in line for line in listing.splitlines())

    bob.wait_for(lambda: bob_sees("Online"), 15.0, "alice online at bob")
    probe.engine.remove_account(account.key)  # unregisters and withdraws the publication
    bob.wait_for(lambda: bob_sees("Offline") or bob_sees("Unknown"), 15.0, "alice offline at bob")
    pump(0.05)


def test_watch_presence_refuses_what_is_not_a_sip_uri(
    engine_factory: Callable[..., EngineProbe],
) -> None:
    probe = engine_factory()
    with pytest.raises(ValueError, match="not a SIP URI"):
        probe.engine.watch_presence(DIRECT_ACCOUNT_KEY, ["alice@example.org"])


def test_a_contact_no_longer_watched_reports_nothing(
    engine_factory: Callable[..., EngineProbe],
    kamailio: Kamailio,
    baresip_factory: Callable[..., Baresip],
) -> None:
    probe = engine_factory()
    account = _alice(kamailio)
    assert probe.register(account, "secret-a").state is RegistrationState.REGISTERED
    bob_uri, carol_uri = kamailio.aor("bob"), kamailio.aor("carol")
    since = probe.mark()
    probe.engine.watch_presence(account.key, [bob_uri, carol_uri])
    for uri in (bob_uri, carol_uri):  # both subscriptions answered
        _first_news(probe, uri, since)
    probe.engine.watch_presence(account.key, [carol_uri])  # replaces the set: bob dropped
    pump(0.5)
    since = probe.mark()
    _bob(baresip_factory, kamailio, [])
    pump(3.0)
    news = [e for e in probe.events[since:] if isinstance(e, PresenceChanged)]
    assert [e for e in news if e.uri == bob_uri] == []


def _carol(kamailio: Kamailio) -> AccountConfig:
    return AccountConfig(
        number="carol", server=f"127.0.0.1:{kamailio.port('udp')}", transport=Transport.UDP
    )


def _contact_line(bob: Baresip, uri: str) -> str:
    """What baresip's `contacts` command prints for `uri` (its status word and the URI)."""
    listing = str(bob.command("contacts").get("data", ""))
    return next((line for line in listing.splitlines() if f"<{uri}>" in line), "")


def _last_pidf(bob: Baresip, uri: str) -> str:
    """The body of the newest presence NOTIFY about `uri` that baresip received."""
    notifies = [p.text for p in bob.received_requests("NOTIFY") if f'entity="{uri}"' in p.text]
    return notifies[-1] if notifies else ""


def test_baresip_sees_our_status_on_every_account(
    engine_factory: Callable[..., EngineProbe],
    kamailio: Kamailio,
    baresip_factory: Callable[..., Baresip],
) -> None:
    """Away, Busy, Invisible and Online reach baresip through Kamailio's presence server
    from both our accounts (alice and carol), as PIDF with RPID activities.

    baresip 1.0.0 shows <rpid:busy/> as "Busy", closed as "Offline", open as "Online",
    and <rpid:away/> as "Offline" too (its presence module maps away to closed): Away is
    told apart by the PIDF it received.
    """
    alice_uri, carol_uri = kamailio.aor("alice"), kamailio.aor("carol")
    bob = _bob(baresip_factory, kamailio, [alice_uri, carol_uri])
    probe = engine_factory()
    probe.engine.set_my_status(MyStatus.AWAY)  # before the accounts: they publish it at once
    for account, password in ((_alice(kamailio), "secret-a"), (_carol(kamailio), "secret-c")):
        assert probe.register(account, password).state is RegistrationState.REGISTERED
    ours = (alice_uri, carol_uri)

    def bob_gets(words: tuple[str, ...], shown: str) -> Callable[[], bool]:
        def check() -> bool:
            bodies = [_last_pidf(bob, uri) for uri in ours]
            lines = [_contact_line(bob, uri) for uri in ours]
            return all(all(w in body for w in words) for body in bodies) and all(
                shown in line for line in lines
            )

        return check

    away = ("<basic>open</basic>", "<rpid:away/>", "<note>Away</note>")
    bob.wait_for(bob_gets(away, "Offline"), 15.0, "alice and carol away at bob")
    probe.engine.set_my_status(MyStatus.BUSY)
    busy = ("<basic>open</basic>", "<rpid:busy/>", "<note>Busy</note>")
    bob.wait_for(bob_gets(busy, "Busy"), 15.0, "alice and carol busy at bob")
    probe.engine.set_my_status(MyStatus.INVISIBLE)
    bob.wait_for(bob_gets(("<basic>closed</basic>",), "Offline"), 15.0, "both invisible")
    probe.engine.set_my_status(MyStatus.ONLINE)
    online = ("<basic>open</basic>",)
    bob.wait_for(bob_gets(online, "Online"), 15.0, "alice and carol online at bob")
    assert all("<rpid:busy/>" not in _last_pidf(bob, uri) for uri in ours)


def test_busy_declines_a_call_with_486_and_says_missed_while_busy(
    engine_factory: Callable[..., EngineProbe],
    kamailio: Kamailio,
    baresip_factory: Callable[..., Baresip],
) -> None:
    bob = _bob(baresip_factory, kamailio, [])
    probe = engine_factory()
    account = _alice(kamailio)
    assert probe.register(account, "secret-a").state is RegistrationState.REGISTERED
    probe.engine.set_my_status(MyStatus.BUSY)
    pump(0.3)
    since, bob_since = probe.mark(), bob.mark()
    bob.dial(kamailio.aor("alice"))
    ended = probe.wait_for(CallChanged, lambda e: e.state is CallState.ENDED, 10.0, since)
    assert ended.direction is CallDirection.INCOMING
    assert ended.reason == MISSED_WHILE_BUSY
    assert ended.answered_at is None
    ringing = [e for e in probe.events[since:] if isinstance(e, CallChanged)]
    assert [e.state for e in ringing] == [CallState.ENDED], ringing  # it never rang here
    closed = bob.wait_call_closed(10.0, since=bob_since)
    assert "486" in str(closed.get("param", "")), closed

    since = probe.mark()
    probe.engine.set_my_status(MyStatus.AWAY)  # Away only publishes: calls ring again
    pump(0.3)
    bob.dial(kamailio.aor("alice"))
    assert probe.wait_incoming(10.0, since).direction is CallDirection.INCOMING
    bob.hangup()
    probe.wait_for(CallChanged, lambda e: e.state is CallState.ENDED, 10.0, since)


def test_set_my_status_refuses_what_is_not_a_status(
    engine_factory: Callable[..., EngineProbe],
) -> None:
    probe = engine_factory()
    with pytest.raises(TypeError, match="not a MyStatus: 'busy'"):
        probe.engine.set_my_status("busy")  # type: ignore[arg-type]
