"""Presence through Kamailio's presence server: our engine and baresip watch each other."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from jego_desktop.domain.accounts import AccountConfig, RegistrationState, Transport
from jego_desktop.engine.events import PresenceChanged
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
        probe.engine.watch_presence("", ["alice@example.org"])


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
