"""Quit cleanly on SIGTERM and SIGINT (session logout, `kill`, Ctrl+C in a terminal).

Without this Python dies on SIGTERM at once: calls are not hung up and accounts not
unregistered. Python runs signal handlers only between bytecodes, and Qt's event loop
waits in C, so the signal also wakes Qt through a socket it watches.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
from types import FrameType

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier

log = logging.getLogger(__name__)

SIGNALS = (signal.SIGTERM, signal.SIGINT)


class QuitOnSignals(QObject):
    """Installed once for the life of the app; `app.quit()` follows either signal."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._received: list[int] = []
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._wake)
        signal.set_wakeup_fd(self._writer.fileno())
        for number in SIGNALS:
            signal.signal(number, self._on_signal)

    def _on_signal(self, number: int, _frame: FrameType | None) -> None:
        self._received.append(number)

    def _wake(self) -> None:
        with contextlib.suppress(BlockingIOError):
            self._reader.recv(64)
        if self._received:
            log.info("%s received; quitting", signal.Signals(self._received[-1]).name)
            self._received.clear()
            self._app.quit()
