"""What a page built after the app started must catch up on: the last event of a signal
(the codecs the engine listed, the sound devices) and the calls under way."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, SignalInstance, Slot

from jego_desktop.domain.calls import CallState

if TYPE_CHECKING:
    from jego_desktop.domain.engine_events import CallChanged


class LatestEvent(QObject):
    """Keeps the last event `signal` carried (received in this object's thread)."""

    def __init__(self, signal: SignalInstance, parent: QObject) -> None:
        super().__init__(parent)
        # Not `self.event`: that would hide QObject.event, which Qt calls for every QEvent.
        self.last: Any = None
        signal.connect(self._keep)

    @Slot(object)
    def _keep(self, event: Any) -> None:
        self.last = event

    def replay(self, slot: Callable[[Any], None]) -> None:
        if self.last is not None:
            slot(self.last)


class CallsUnderWay(QObject):
    """The last `CallChanged` of each call not ended yet."""

    def __init__(self, call_changed: SignalInstance, parent: QObject) -> None:
        super().__init__(parent)
        self._calls: dict[str, CallChanged] = {}
        call_changed.connect(self._on_call_changed)

    @Slot(object)
    def _on_call_changed(self, event: CallChanged) -> None:
        if event.state is CallState.ENDED:
            self._calls.pop(event.call_id, None)
        else:
            self._calls[event.call_id] = event

    def replay(self, slot: Callable[[CallChanged], None]) -> None:
        for event in list(self._calls.values()):
            slot(event)
