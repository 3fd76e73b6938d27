"""Keypad digits that did not reach the far end, as one line for the call window.

The engine reports each loss (domain/engine_events.py DtmfFailed): every method refused at
once, or a SIP INFO refused digit by digit. The lost digits of a call are gathered, so
"4" then "2" refused reads as one line about "42", until the call ends.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from jego_desktop.domain.calls import CallState

if TYPE_CHECKING:
    from jego_desktop.domain.engine_events import CallChanged, DtmfFailed


class DtmfFailures(QObject):
    """Connect `on_dtmf_failed` and `on_call_changed` to the engine's signals.

    Signals:
        problem(str, str): call id and the text to show in its call window.
    """

    problem = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lost: dict[str, DtmfFailed] = {}  # per call: the latest, with every digit lost

    @Slot(object)
    def on_dtmf_failed(self, event: DtmfFailed) -> None:
        from jego_desktop.domain.engine_events import DtmfFailed

        before = self._lost.get(event.call_id)
        digits = (before.digits if before else "") + event.digits
        lost = DtmfFailed(event.call_id, digits, event.code, event.reason)
        self._lost[event.call_id] = lost
        self.problem.emit(event.call_id, failure_text(lost))

    @Slot(object)
    def on_call_changed(self, event: CallChanged) -> None:
        if event.state is CallState.ENDED:
            self._lost.pop(event.call_id, None)

    def text(self, call_id: str) -> str:
        """The line for `call_id` in the current language, "" when nothing was lost."""
        lost = self._lost.get(call_id)
        return failure_text(lost) if lost is not None else ""


def failure_text(event: DtmfFailed) -> str:
    if event.code:
        answer = f"{event.code} {event.reason}".strip()
        text = QCoreApplication.translate(
            "DtmfFailures", "The other side refused the keypad tones “%1” (%2)."
        )
        return text.replace("%1", event.digits).replace("%2", answer)
    text = QCoreApplication.translate(
        "DtmfFailures", "The keypad tones “%1” could not be sent: this call carries none."
    )
    return text.replace("%1", event.digits)
