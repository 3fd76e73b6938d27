"""The start every peer process shares (call_peer, video_peer, nat_peer, headless_peer):
a Qt core loop on the main thread, commands read from stdin, the engine started."""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from jego_desktop.engine.refcount_workaround import protect_singletons
from tests.integration.peer_stdio import read_commands


class Peer(Protocol):
    @property
    def command(self) -> Any: ...  # a Qt signal(str), handled on the main thread

    def start(self) -> None: ...


def run_peer(make_peer: Callable[[], Peer], *, engine_log: bool = True) -> int:
    """Make the peer inside a QCoreApplication, feed it stdin, start it, and run until it
    quits; `engine_log` writes every log line (pjsip's too) to stderr."""
    if engine_log:
        logging.basicConfig(level=logging.DEBUG, stream=sys.stderr, format="%(name)s: %(message)s")
    faulthandler.enable(sys.stderr)  # a crash in pjsip leaves every thread's stack in the log
    protect_singletons()  # as the app does: PySide6 and pjsua2 drop references to True/None
    app = QCoreApplication([])
    peer = make_peer()
    threading.Thread(target=read_commands, args=(peer,), daemon=True).start()
    peer.start()
    return app.exec()
