"""One running instance per user and profile; later launches hand it their arguments.

The first instance listens on a QLocalServer named after the user and the profile
folder (so two profiles run side by side). A second launch connects, sends its command
line as one JSON line, prints the JSON reply's output and exits with its code.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from jego_desktop.domain.commands import Reply

log = logging.getLogger(__name__)

MAX_REQUEST_BYTES = 64 * 1024
CONNECT_TIMEOUT_MS = 1000
REPLY_TIMEOUT_MS = 15000


Handler = Callable[[list[str]], Reply]


def server_name(profile_root: Path) -> str:
    digest = hashlib.sha256(f"{getpass.getuser()}\0{profile_root}".encode()).hexdigest()
    return f"jego-desktop-{digest[:20]}"


def forward(name: str, argv: Sequence[str]) -> Reply | None:
    """Hand `argv` to the running instance; None when there is none."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return None
    socket.write(json.dumps({"argv": list(argv)}).encode() + b"\n")
    socket.flush()
    data = b""
    while not data.endswith(b"\n"):
        if not socket.waitForReadyRead(REPLY_TIMEOUT_MS):
            return Reply(1, error="the running Jego Desktop did not answer")
        data += bytes(socket.readAll().data())
    socket.disconnectFromServer()
    try:
        message = json.loads(data)
        return Reply(int(message["exit_code"]), str(message["output"]), str(message["error"]))
    except (ValueError, KeyError, TypeError):
        return Reply(1, error="the running Jego Desktop sent a garbled answer")


class InstanceServer(QObject):
    """Listens for later launches and runs their command lines through `handler`."""

    def __init__(self, name: str, handler: Handler, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._handler = handler
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)
        self._buffers: dict[QLocalSocket, bytes] = {}

    def listen(self) -> bool:
        if self._server.listen(self._name):
            return True
        # A crashed instance leaves its socket file behind; nobody answers on it.
        QLocalServer.removeServer(self._name)
        ok = self._server.listen(self._name)
        if not ok:
            log.error("single-instance server: %s", self._server.errorString())
        return ok

    def close(self) -> None:
        self._server.close()

    def _on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))

    def _forget(self, socket: QLocalSocket) -> None:
        self._buffers.pop(socket, None)
        socket.deleteLater()

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        data = self._buffers.get(socket, b"") + bytes(socket.readAll().data())
        if len(data) > MAX_REQUEST_BYTES:
            self._answer(socket, Reply(2, error="the request is too large"))
            return
        self._buffers[socket] = data
        if not data.endswith(b"\n"):
            return
        try:
            argv = json.loads(data)["argv"]
            if not isinstance(argv, list) or not all(isinstance(a, str) for a in argv):
                raise TypeError("argv must be a list of strings")
        except (ValueError, KeyError, TypeError) as error:
            self._answer(socket, Reply(2, error=f"bad request: {error}"))
            return
        try:
            reply = self._handler(argv)
        except Exception as error:  # a command's failure must not take the server down
            log.exception("forwarded command %s failed", argv[:1])
            reply = Reply(1, error=str(error))
        self._answer(socket, reply)

    def _answer(self, socket: QLocalSocket, reply: Reply) -> None:
        message = {"exit_code": reply.exit_code, "output": reply.output, "error": reply.error}
        socket.write(json.dumps(message, ensure_ascii=False).encode() + b"\n")
        socket.flush()
        socket.disconnectFromServer()
