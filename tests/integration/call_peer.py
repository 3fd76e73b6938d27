"""A bare CallEngine (tone for a microphone) in a process of its own.

pjsua2 asserts abort the whole process: a test that may hit one runs the engine here, so
an abort fails the test (exit status, stderr) instead of killing pytest.

    python -m tests.integration.call_peer --number alice --password X --server HOST:PORT

Commands on stdin, one JSON object a line: {"cmd": "dial", "uri": URI},
{"cmd": "hangup"}, {"cmd": "quit"} (stops the engine and exits 0). Events on stdout, one
JSON object a line: started, registration, call (call_id, state, code, reason), stopped,
error. The engine's log goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from jego_desktop.domain.accounts import AccountConfig
from jego_desktop.domain.engine_events import CallChanged, EngineError, RegistrationChanged
from jego_desktop.engine.config import EngineConfig
from jego_desktop.engine.worker import CallEngine
from jego_desktop.media.synthetic import ToneAudio
from tests.integration.peer_main import run_peer
from tests.integration.peer_stdio import emit


class CallPeer(QObject):
    command = Signal(str)  # from the stdin reader thread, handled on the main thread

    def __init__(self, options: argparse.Namespace) -> None:
        super().__init__()
        self._app = QCoreApplication.instance()
        self.engine = CallEngine(
            EngineConfig(bind_address="127.0.0.1", transports=("udp",)), ToneAudio(700.0)
        )
        self.account = AccountConfig(number=options.number, server=options.server)
        self._password = options.password
        self._call_id = ""
        self._stopped = False
        self.engine.started.connect(lambda e: emit("started", ports=e.sip_ports))
        self.engine.registration_changed.connect(self._on_registration)
        self.engine.call_changed.connect(self._on_call)
        self.engine.error.connect(self._on_error)
        self.command.connect(self._on_command)

    def start(self) -> None:
        self.engine.start()
        password = self._password
        self.engine.add_account(self.account, lambda: password)

    @Slot(object)
    def _on_registration(self, event: RegistrationChanged) -> None:
        emit("registration", state=event.state.value, code=event.code)

    @Slot(object)
    def _on_call(self, event: CallChanged) -> None:
        emit(
            "call",
            call_id=event.call_id,
            state=event.state.value,
            code=event.code,
            reason=event.reason,
        )

    @Slot(object)
    def _on_error(self, event: EngineError) -> None:
        emit("error", command=event.command, message=event.message)

    @Slot(str)
    def _on_command(self, line: str) -> None:
        try:
            request = json.loads(line)
            name = request["cmd"]
            if name == "dial":
                self._call_id = self.engine.make_call(request["uri"], self.account.key)
            elif name == "hangup":
                self.engine.hangup(self._call_id)
            elif name == "quit":
                self.shutdown()
        except Exception as error:
            emit("error", command=line[:100], message=repr(error))

    def shutdown(self) -> None:
        if self._stopped:
            return
        self._stopped = True
        self.engine.stop()
        QCoreApplication.processEvents()  # what the engine published while stopping
        emit("stopped")
        if self._app is not None:
            self._app.quit()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--number", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--server", required=True)
    options = parser.parse_args()
    return run_peer(lambda: CallPeer(options))


if __name__ == "__main__":
    sys.exit(main())
