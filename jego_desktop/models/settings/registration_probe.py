"""Trying an account's settings with the engine before they are saved ("Test registration")."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal, SignalInstance, Slot

from jego_desktop.domain.accounts import AccountConfig
from jego_desktop.models.window.engine_texts import engine_text

# The engine gives up on its own (REGISTER timeouts are 32 s in SIP); this only guards
# against a test whose answer never comes back, e.g. an engine that stopped.
ANSWER_TIMEOUT_MS = 45_000


class RegistrationTester(Protocol):
    """The part of CallEngine the probe uses."""

    registration_tested: SignalInstance

    def test_registration(self, config: AccountConfig, password: str) -> int: ...


class RegistrationProbe(QObject):
    """One test at a time; a newer test replaces the older one.

    Signals:
        finished(bool, str): the test ended: registered or not, and the reason for people.
    """

    finished = Signal(bool, str)

    def __init__(self, engine: RegistrationTester, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._engine = engine
        self._request: int | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        engine.registration_tested.connect(self._on_tested)

    @property
    def running(self) -> bool:
        return self._request is not None

    def start(
        self, config: AccountConfig, password: str, timeout_ms: int = ANSWER_TIMEOUT_MS
    ) -> None:
        self._request = self._engine.test_registration(config, password)
        self._timer.start(timeout_ms)

    def cancel(self) -> None:
        self._request = None
        self._timer.stop()

    @Slot(object)
    def _on_tested(self, event: Any) -> None:
        if self._request is None or event.request_id != self._request:
            return  # an older test, or someone else's
        self.cancel()
        self.finished.emit(bool(event.ok), engine_text(str(event.reason)))

    @Slot()
    def _on_timeout(self) -> None:
        if self._request is not None:
            self.cancel()
            self.finished.emit(False, self.tr("the server did not answer in time"))
