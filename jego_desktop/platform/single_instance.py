"""One running instance per user and profile; later launches hand it their arguments.

The first instance listens on a QLocalServer named after the user and the profile
folder (so two profiles run side by side). A second launch connects, sends its command
line as one JSON line, prints the JSON reply's output and exits with its code.

The commands carry text (`message TARGET TEXT`), so no other local user may listen in
the instance's place or talk to it. On Unix the socket lives in a folder only this user
can write ($XDG_RUNTIME_DIR, else the profile folder, which is 0700), never under a
guessable name in the shared /tmp; and both ends ask the kernel which user the peer runs
as, and hang up on anyone else before a byte is exchanged. On Windows the pipe's ACL
names the user, and both ends check the user of the process at the other end.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Slot
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from jego_desktop.domain.commands import Reply
from jego_desktop.platform.peer_identity import is_same_user

log = logging.getLogger(__name__)

MAX_REQUEST_BYTES = 64 * 1024
CONNECT_TIMEOUT_MS = 1000
REPLY_TIMEOUT_MS = 15000
MAX_SOCKET_PATH = 103  # sun_path holds 104 bytes on macOS (108 on Linux), with the NUL


Handler = Callable[[list[str]], Reply]


def server_name(profile_root: Path) -> str:
    """The instance's socket path (Unix) or pipe name (Windows) for a profile."""
    digest = hashlib.sha256(f"{getpass.getuser()}\0{profile_root}".encode()).hexdigest()
    name = f"jego-desktop-{digest[:20]}"
    if sys.platform == "win32":
        return name
    return str(private_socket_folder(profile_root, name) / name)


def private_socket_folder(profile_root: Path, name: str) -> Path:
    """A folder no other user can create files in, short enough for a socket path."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and is_private_folder(Path(runtime)):
        return Path(runtime)
    if len(os.fsencode(profile_root / name)) <= MAX_SOCKET_PATH:
        return profile_root
    # A deep profile path: a folder of our own in the temporary folder instead.
    folder = Path(tempfile.gettempdir()) / f"jego-desktop-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError as error:
        log.warning("cannot create %s: %s", folder, error)
    if not is_private_folder(folder):
        # Still safe to use: both ends check the peer's user; another user can only
        # keep this instance from listening there.
        log.warning("%s is not a private folder of this user", folder)
    return folder


def is_private_folder(folder: Path) -> bool:
    """A real folder (not a link) owned by this user that nobody else can write to."""
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return (
        stat.S_ISDIR(info.st_mode)
        and info.st_uid == os.getuid()
        and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    )


def stranger_reply(name: str) -> Reply:
    return Reply(
        1,
        error=f"another user's program is listening on {name} in Jego Desktop's place; "
        "nothing was sent to it",
    )


def forward(name: str, argv: Sequence[str]) -> Reply | None:
    """Hand `argv` to the running instance; None when there is none.

    A listener that runs as another user gets nothing: the reply is `stranger_reply`.
    """
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return None
    if not is_same_user(int(socket.socketDescriptor()), peer_is_server=True):
        socket.abort()
        log.warning("a program of another user listens on %s; nothing sent", name)
        return stranger_reply(name)
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
        self._closed: list[QLocalSocket] = []

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
            if not is_same_user(int(socket.socketDescriptor()), peer_is_server=False):
                log.warning("refused a connection from another user's program")
                socket.abort()
                socket.deleteLater()
                continue
            self._buffers[socket] = b""
            # Slots, not lambdas holding the socket: PySide keeps a lambda (and the
            # socket's wrapper) after the socket is deleted, one per request.
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(self._forget)

    def _sending_socket(self) -> QLocalSocket | None:
        socket = self.sender()
        return socket if isinstance(socket, QLocalSocket) else None

    @Slot()
    def _forget(self) -> None:
        socket = self._sending_socket()
        if socket is None:
            return
        self._buffers.pop(socket, None)
        # The server's wrapper keeps every socket it handed out (PySide's parent link),
        # so deleteLater() left one wrapper per request. Unparented, the socket belongs
        # to Python and goes with its last reference, outside its own signal.
        socket.setParent(None)
        self._closed.append(socket)
        QTimer.singleShot(0, self._closed.clear)

    @Slot()
    def _on_ready_read(self) -> None:
        socket = self._sending_socket()
        if socket is None:
            return
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
