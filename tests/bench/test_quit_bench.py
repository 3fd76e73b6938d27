"""How long stopping the engine takes with one registered account: with the server
answering its un-PUBLISH and un-REGISTER, and with the server gone (a laptop gone
offline, or a test whose Kamailio stopped first). libDestroy waits for those answers
within the bounds set in engine/core.py (_bound_waits_at_quit).

Run: .venv/bin/pytest tests/bench/test_quit_bench.py -s
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import pytest

from jego_desktop.domain.accounts import AccountConfig, RegistrationState
from tests.integration.engine_probe import EngineProbe
from tests.peers.kamailio import Kamailio

pytestmark = [pytest.mark.bench, pytest.mark.peers]

SAMPLES = 3


def registered_engine(
    engine_factory: Callable[..., EngineProbe], kamailio: Kamailio
) -> EngineProbe:
    probe = engine_factory(transports=("udp",))
    account = AccountConfig(number="alice", server=f"127.0.0.1:{kamailio.udp_port}")
    registered = probe.register(account, "secret-a")
    assert registered.state is RegistrationState.REGISTERED, registered
    return probe


def stop_seconds(probe: EngineProbe) -> float:
    started = time.perf_counter()
    probe.engine.stop()
    return time.perf_counter() - started


def test_quit_time_with_the_server_answering_and_gone(
    engine_factory: Callable[..., EngineProbe], kamailio: Kamailio
) -> None:
    answering = [stop_seconds(registered_engine(engine_factory, kamailio)) for _ in range(SAMPLES)]
    gone = []
    for _ in range(SAMPLES):
        if not kamailio.is_running():
            kamailio.start()
        probe = registered_engine(engine_factory, kamailio)
        kamailio.stop()
        gone.append(stop_seconds(probe))
    print(
        f"\nengine stop, one registered account: {statistics.median(answering):.2f} s with "
        f"the server answering, {statistics.median(gone):.2f} s with the server gone "
        f"(medians of {SAMPLES}; pjsua sleeps ~1 s in libDestroy either way)"
    )
