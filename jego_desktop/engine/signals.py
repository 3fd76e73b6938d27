"""The engine's signals, one per event type: the only table of engine events.

`CallEngine` and the tests' `FakeEngine` both are `EngineSignals`; services connect to
one by its typed attributes. Imports no pjsua2, so models may name it in their types.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, SignalInstance


class EngineSignals(QObject):
    """Each signal carries one immutable event of domain/engine_events.py, named after it."""

    started = Signal(object)  # EngineStarted
    stopped = Signal(object)  # EngineStopped
    error = Signal(object)  # EngineError
    registration_changed = Signal(object)  # RegistrationChanged
    registration_tested = Signal(object)  # RegistrationTested
    codecs_listed = Signal(object)  # CodecsListed
    call_changed = Signal(object)  # CallChanged
    call_stats = Signal(object)  # CallStats
    dtmf_received = Signal(object)  # DtmfReceived
    dtmf_failed = Signal(object)  # DtmfFailed
    transfer_progress = Signal(object)  # TransferProgress
    audio_problem = Signal(object)  # AudioProblem
    call_info_received = Signal(object)  # CallInfoReceived
    call_info_failed = Signal(object)  # CallInfoFailed
    message_sent = Signal(object)  # MessageSent
    message_failed = Signal(object)  # MessageFailed
    message_received = Signal(object)  # MessageReceived
    message_delivered = Signal(object)  # MessageDelivered
    message_displayed = Signal(object)  # MessageDisplayed
    message_recalled = Signal(object)  # MessageRecalled
    typing_changed = Signal(object)  # TypingChanged
    presence_changed = Signal(object)  # PresenceChanged
    voicemail_changed = Signal(object)  # VoicemailChanged

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals: dict[type, SignalInstance] = {}

    def _signal_table(self) -> dict[type, SignalInstance]:
        # The event classes (~20 ms of dataclasses to import) load with the first event,
        # after the window's first paint.
        from jego_desktop.domain.engine_events import (
            AudioProblem,
            CallChanged,
            CallInfoFailed,
            CallInfoReceived,
            CallStats,
            CodecsListed,
            DtmfFailed,
            DtmfReceived,
            EngineError,
            EngineStarted,
            EngineStopped,
            MessageDelivered,
            MessageDisplayed,
            MessageFailed,
            MessageRecalled,
            MessageReceived,
            MessageSent,
            PresenceChanged,
            RegistrationChanged,
            RegistrationTested,
            TransferProgress,
            TypingChanged,
            VoicemailChanged,
        )

        return {
            EngineStarted: self.started,
            EngineStopped: self.stopped,
            EngineError: self.error,
            RegistrationChanged: self.registration_changed,
            RegistrationTested: self.registration_tested,
            CodecsListed: self.codecs_listed,
            CallChanged: self.call_changed,
            CallStats: self.call_stats,
            DtmfReceived: self.dtmf_received,
            DtmfFailed: self.dtmf_failed,
            TransferProgress: self.transfer_progress,
            AudioProblem: self.audio_problem,
            CallInfoReceived: self.call_info_received,
            CallInfoFailed: self.call_info_failed,
            MessageSent: self.message_sent,
            MessageFailed: self.message_failed,
            MessageReceived: self.message_received,
            MessageDelivered: self.message_delivered,
            MessageDisplayed: self.message_displayed,
            MessageRecalled: self.message_recalled,
            TypingChanged: self.typing_changed,
            PresenceChanged: self.presence_changed,
            VoicemailChanged: self.voicemail_changed,
        }

    def publish(self, event: object) -> None:
        """Emit the signal of the event's type (from any thread: receivers on the GUI
        thread get it through a queued connection)."""
        if not self._signals:
            self._signals = self._signal_table()
        self._signals[type(event)].emit(event)
