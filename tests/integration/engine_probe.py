"""Drive a real CallEngine from a test and watch its events the way the GUI would.

Events arrive through queued connections into a QObject on the test's thread; waiting
pumps the Qt event loop.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot

from jego_desktop.domain.accounts import AccountConfig, RegistrationState
from jego_desktop.domain.calls import CallState
from jego_desktop.domain.engine_events import (
    CallChanged,
    EngineStarted,
    EngineStopped,
    RegistrationChanged,
)
from jego_desktop.engine.config import EngineConfig
from jego_desktop.engine.worker import CallEngine
from jego_desktop.media.synthetic import ToneAudio

E = TypeVar("E")


class EngineProbe(QObject):
    """A CallEngine plus the list of every event it published, in order."""

    def __init__(self, config: EngineConfig, audio: Any) -> None:
        super().__init__()
        self.audio = audio
        self.engine = CallEngine(config, audio)
        self.events: list[object] = []
        for signal in (
            self.engine.started,
            self.engine.stopped,
            self.engine.error,
            self.engine.registration_changed,
            self.engine.call_changed,
            self.engine.call_stats,
            self.engine.dtmf_received,
            self.engine.dtmf_failed,
            self.engine.transfer_progress,
            self.engine.audio_problem,
            self.engine.message_sent,
            self.engine.message_failed,
            self.engine.message_received,
            self.engine.message_delivered,
            self.engine.message_displayed,
            self.engine.typing_changed,
            self.engine.call_info_received,
            self.engine.call_info_failed,
            self.engine.registration_tested,
            self.engine.codecs_listed,
            self.engine.presence_changed,
            self.engine.voicemail_changed,
        ):
            signal.connect(self._collect, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _collect(self, event: object) -> None:
        self.events.append(event)

    def start(self) -> EngineStarted:
        self.engine.start()
        return self.wait_for(EngineStarted, timeout=10)

    def stop(self) -> None:
        self.engine.stop()
        pump(0.05)

    def mark(self) -> int:
        return len(self.events)

    def wait_for(
        self,
        kind: type[E],
        predicate: Callable[[E], bool] = lambda _: True,
        timeout: float = 10.0,
        since: int = 0,
    ) -> E:
        deadline = time.monotonic() + timeout
        while True:
            for event in self.events[since:]:
                if isinstance(event, kind) and predicate(event):
                    return event
            if time.monotonic() > deadline:
                seen = "\n".join(repr(e) for e in self.events[since:][-15:])
                raise AssertionError(
                    f"no matching {kind.__name__} within {timeout} s; last:\n{seen}"
                )
            pump(0.01)

    def wait_call(
        self, call_id: str, state: CallState, timeout: float = 10.0, since: int = 0
    ) -> CallChanged:
        return self.wait_for(
            CallChanged, lambda e: e.call_id == call_id and e.state is state, timeout, since
        )

    def wait_incoming(self, timeout: float = 10.0, since: int = 0) -> CallChanged:
        return self.wait_for(CallChanged, lambda e: e.state is CallState.RINGING_IN, timeout, since)

    def register(
        self, account: AccountConfig, password: str, timeout: float = 10.0
    ) -> RegistrationChanged:
        since = self.mark()
        self.engine.add_account(account, lambda: password)
        return self.wait_for(
            RegistrationChanged,
            lambda e: (
                e.account_key == account.key
                and e.state in (RegistrationState.REGISTERED, RegistrationState.FAILED)
            ),
            timeout,
            since,
        )

    def stopped(self) -> bool:
        return any(isinstance(e, EngineStopped) for e in self.events)


def pump(seconds: float) -> None:
    app = QCoreApplication.instance()
    assert app is not None
    end = time.monotonic() + seconds
    while True:
        app.processEvents()
        if time.monotonic() >= end:
            return
        time.sleep(0.005)


@pytest.fixture
def engine_factory(qapp: Any) -> Iterator[Callable[..., EngineProbe]]:
    """Start engines on 127.0.0.1 (one at a time: pjsua2 is one library per process)."""
    made: list[EngineProbe] = []

    def make(tone_hz: float | None = 700.0, audio: Any = None, **config: Any) -> EngineProbe:
        config.setdefault("bind_address", "127.0.0.1")
        # not pjsua's 4000: other user agents on this machine use it, and their stray RTP
        # reached our calls
        config.setdefault("rtp_port", random.randrange(20_000, 50_000, 2))
        probe = EngineProbe(EngineConfig(**config), audio or ToneAudio(tone_hz))
        made.append(probe)
        probe.start()
        return probe

    yield make
    for probe in made:
        probe.stop()
