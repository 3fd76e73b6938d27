"""A later launch hands its arguments to the running instance of the same profile."""

from __future__ import annotations

import gc
import json
import socket
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from jego_desktop.domain.commands import Reply
from jego_desktop.platform.single_instance import InstanceServer, forward, server_name

CLIENT = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QCoreApplication
    from jego_desktop.platform.single_instance import forward
    app = QCoreApplication([])
    reply = forward(sys.argv[1], sys.argv[2:])
    print(json.dumps(None if reply is None else reply.__dict__))
    """
)


def run_client(name: str, *argv: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CLIENT, name, *argv], stdout=subprocess.PIPE, text=True
    )


def test_names_differ_per_profile(tmp_path: Path) -> None:
    assert server_name(tmp_path / "a") != server_name(tmp_path / "b")
    assert server_name(tmp_path / "a") == server_name(tmp_path / "a")


def test_no_running_instance_means_none(qapp, tmp_path: Path) -> None:
    assert forward(server_name(tmp_path / "nobody"), ["status"]) is None


def test_arguments_reach_the_running_instance_and_the_reply_comes_back(
    qtbot: QtBot, tmp_path: Path
) -> None:
    received: list[list[str]] = []

    def handler(argv: list[str]) -> Reply:
        received.append(argv)
        return Reply(0, output="拨打 " + argv[-1])

    name = server_name(tmp_path)
    server = InstanceServer(name, handler)
    assert server.listen()
    try:
        client = run_client(name, "call", "tel:+8613800138000")
        qtbot.waitUntil(lambda: client.poll() is not None, timeout=10000)
        output = client.communicate()[0]
    finally:
        server.close()
    assert received == [["call", "tel:+8613800138000"]]
    assert '"exit_code": 0' in output and "\\u62e8" in output  # the Chinese text came back


def test_a_stale_socket_is_replaced(qapp, tmp_path: Path) -> None:
    name = server_name(tmp_path)
    first = InstanceServer(name, lambda argv: Reply(0))
    assert first.listen()
    first.close()  # like a crash that left nothing listening
    second = InstanceServer(name, lambda argv: Reply(0))
    assert second.listen()
    second.close()


def ask_over_unix_socket(path: str, argv: list[str]) -> bytes:
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as client:
        client.settimeout(10)
        client.connect(path)
        client.sendall(json.dumps({"argv": argv}).encode() + b"\n")
        reply = b""
        while chunk := client.recv(4096):
            reply += chunk
        return reply


def test_answered_connections_are_freed(qtbot: QtBot, tmp_path: Path) -> None:
    """`status` polled a thousand times must not leave a thousand sockets behind (the load
    bench found one QLocalSocket kept per request)."""
    server = InstanceServer(server_name(tmp_path), lambda argv: Reply(0, output="ok"))
    assert server.listen()
    replies: list[bytes] = []
    try:
        path = server._server.fullServerName()
        worker = threading.Thread(
            target=lambda: replies.extend(ask_over_unix_socket(path, ["status"]) for _ in range(40))
        )
        worker.start()
        qtbot.waitUntil(lambda: not worker.is_alive(), timeout=20000)
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            QCoreApplication.processEvents()
        gc.collect()
        kept = [o for o in gc.get_objects() if isinstance(o, QLocalSocket)]
        alive = server._server.findChildren(QLocalSocket)
    finally:
        server.close()
    assert len(replies) == 40 and all(b'"ok"' in reply for reply in replies)
    assert len(kept) <= 1 and alive == []
