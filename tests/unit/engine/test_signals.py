"""One table of engine events: every event type has its signal, named after it, and the
real engine and the tests' fake engine share it."""

from __future__ import annotations

import dataclasses
import inspect
import re
from typing import Any

from PySide6.QtCore import Signal, SignalInstance

from jego_desktop.domain import engine_events
from jego_desktop.engine.signals import EngineSignals
from jego_desktop.engine.worker import CallEngine
from tests.ui.fake_engine import FakeEngine

# Values carried inside an event, not events themselves.
NOT_EVENTS = {engine_events.CodecInfo}

# Signal names that do not follow the event's name (EngineStarted -> started).
SHORT_NAMES = {"EngineStarted": "started", "EngineStopped": "stopped", "EngineError": "error"}


def event_types() -> list[type]:
    return [
        value
        for _name, value in inspect.getmembers(engine_events, inspect.isclass)
        if dataclasses.is_dataclass(value)
        and value.__module__ == engine_events.__name__
        and value not in NOT_EVENTS
    ]


def signal_name(event_type: type) -> str:
    name = event_type.__name__
    return SHORT_NAMES.get(name) or re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def sample(event_type: type) -> Any:
    """An instance with every field at a placeholder (the table looks only at the type)."""
    return object.__new__(event_type)


def declared_signals() -> set[str]:
    return {name for name, value in vars(EngineSignals).items() if isinstance(value, Signal)}


def test_the_signals_are_exactly_the_event_types_of_the_domain() -> None:
    """Derived from domain/engine_events.py: a new event with no signal fails here, and so
    does a signal left behind by an event that is gone."""
    types = event_types()
    assert engine_events.MessageReceived in types and engine_events.CodecInfo not in types
    assert {signal_name(t) for t in types} == declared_signals()


def test_every_event_type_is_published_on_its_own_signal(qapp: Any) -> None:
    signals = EngineSignals()
    types = event_types()
    received: list[tuple[str, object]] = []
    for event_type in types:
        name = signal_name(event_type)
        instance = getattr(signals, name)
        assert isinstance(instance, SignalInstance), name
        instance.connect(lambda event, name=name: received.append((name, event)))
    for event_type in types:
        received.clear()
        event = sample(event_type)
        signals.publish(event)
        assert received == [(signal_name(event_type), event)]


def test_the_engine_and_the_fake_share_one_table() -> None:
    assert issubclass(CallEngine, EngineSignals) and issubclass(FakeEngine, EngineSignals)
    for engine in (CallEngine, FakeEngine):
        own = {name for name, value in vars(engine).items() if type(value).__name__ == "Signal"}
        assert own == set(), f"{engine.__name__} declares signals of its own: {own}"
