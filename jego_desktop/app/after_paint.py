"""Work the first screen does not need, run once the window has painted (issue #15)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)

# A window shown but never painted (minimised at once, covered) still gets the work.
FALLBACK_MS = 3000


class AfterFirstPaint(QObject):
    """Runs each `later(work)` once `window` has painted for the first time; at once
    (from the event loop) if the window is not shown when the event loop starts."""

    def __init__(self, window: QWidget, fallback_ms: int = FALLBACK_MS) -> None:
        super().__init__(window)
        self._window = window
        self._work: list[Callable[[], object]] = []
        self._done = False
        window.installEventFilter(self)
        # No Python filter may outlive the event loop (PySide's exit cleanup).
        QCoreApplication.instance().aboutToQuit.connect(self._unfilter)  # type: ignore[union-attr]
        QTimer.singleShot(0, self, self._run_if_hidden)
        QTimer.singleShot(fallback_ms, self, self._run)

    def later(self, work: Callable[[], object]) -> None:
        if self._done:
            QTimer.singleShot(0, self, work)
        else:
            self._work.append(work)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self._window and event.type() == QEvent.Type.Paint and not self._done:
            QTimer.singleShot(0, self, self._run)  # once this paint is on the screen
        return False

    def _run_if_hidden(self) -> None:
        if not self._window.isVisible():  # started hidden in the tray: nothing to wait for
            self._run()

    def _run(self) -> None:
        if self._done:
            return
        self._done = True
        self._unfilter()
        work, self._work = self._work, []
        for item in work:
            try:
                item()
            except Exception:  # the rest (links, the start command) must still run
                log.exception("work after the first paint failed")

    def _unfilter(self) -> None:
        self._window.removeEventFilter(self)
