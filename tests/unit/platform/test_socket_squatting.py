"""Another local user cannot take the single-instance socket's place, nor talk to it.

The squatter is a small stdlib listener. Tests that need it to run as another user use
`setpriv` to drop to uid/gid 65534 (nobody), which needs root (as in CI).
"""

from __future__ import annotations

import getpass
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from jego_desktop.domain.commands import Reply
from jego_desktop.platform.single_instance import (
    InstanceServer,
    forward,
    server_name,
    stranger_reply,
)

NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
JEGO = [sys.executable, "-m", "jego_desktop"]
SECRET = "the secret text 秘密"

SQUATTER = textwrap.dedent(
    """
    import os, socket, sys
    path = sys.argv[1]
    server = socket.socket(socket.AF_UNIX)
    server.bind(path)
    os.chmod(path, 0o777)
    server.listen(4)
    server.settimeout(10)
    print("listening", flush=True)
    try:
        connection, _ = server.accept()
    except OSError:
        print("no connection", flush=True)
        sys.exit(0)
    connection.settimeout(3)
    data = b""
    try:
        while not data.endswith(b"\\n"):
            chunk = connection.recv(65536)
            if not chunk:
                break
            data += chunk
        connection.sendall(b'{"exit_code": 0, "output": "squatter", "error": ""}\\n')
    except OSError:
        pass
    print("received", repr(data), flush=True)
    """
)

CONNECTOR = textwrap.dedent(
    """
    import socket, sys
    client = socket.socket(socket.AF_UNIX)
    client.settimeout(5)
    client.connect(sys.argv[1])
    answer = b""
    try:
        client.sendall(sys.argv[2].encode() + b"\\n")
        while chunk := client.recv(65536):
            answer += chunk
    except OSError:
        pass
    print("answer", repr(answer), flush=True)
    """
)


def needs_root() -> None:
    if os.geteuid() != 0:
        pytest.skip("running a listener as another user (setpriv) needs root, as in CI")
    if shutil.which("setpriv") is None:
        pytest.skip("setpriv (util-linux) is not installed")


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder every user can write to, like /tmp (pytest's own tmp_path is 0700)."""
    folder = Path(tempfile.mkdtemp(prefix="jego-sq-"))
    folder.chmod(0o777)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def start_squatter(path: Path, as_nobody: bool) -> subprocess.Popen[str]:
    python = "/usr/bin/python3" if as_nobody else sys.executable
    command = [*(NOBODY if as_nobody else []), python, "-c", SQUATTER, str(path)]
    squatter = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 10
    while not path.exists():
        assert squatter.poll() is None and time.monotonic() < deadline, "squatter did not start"
        time.sleep(0.02)
    return squatter


def squatter_output(squatter: subprocess.Popen[str]) -> str:
    try:
        return squatter.communicate(timeout=15)[0]
    finally:
        squatter.kill()


def old_server_path(profile_root: Path) -> Path:
    """Where the socket used to be: a guessable name in the shared temporary folder."""
    digest = hashlib.sha256(f"{getpass.getuser()}\0{profile_root}".encode()).hexdigest()
    return Path(tempfile.gettempdir()) / f"jego-desktop-{digest[:20]}"


def test_the_socket_lives_in_the_runtime_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert Path(server_name(tmp_path / "profile")).parent == runtime


def test_without_a_private_runtime_folder_the_socket_lives_in_the_profile(
    monkeypatch: pytest.MonkeyPatch, shared_dir: Path
) -> None:
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared_dir))  # writable by all: not used
    profile = shared_dir / "p"
    assert Path(server_name(profile)).parent == profile
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    assert Path(server_name(profile)).parent == profile


def test_a_deep_profile_gets_a_private_folder_of_its_own(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    path = Path(server_name(tmp_path / ("deep" * 30)))
    assert len(os.fsencode(path)) <= 103
    info = path.parent.stat()
    assert info.st_uid == os.getuid() and info.st_mode & 0o077 == 0


def test_a_squatter_on_the_old_name_never_receives_the_command(
    qapp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    profile = tmp_path / "p"
    profile.mkdir(mode=0o700)
    old = old_server_path(profile)
    old.unlink(missing_ok=True)
    squatter = start_squatter(old, as_nobody=False)
    try:
        reply = forward(server_name(profile), ["message", "+8613800138000", SECRET])
    finally:
        squatter.kill()
        old.unlink(missing_ok=True)
    assert reply is None  # no instance of ours runs; the squatter was never asked
    assert "received" not in squatter_output(squatter)


def test_a_listener_of_another_user_never_receives_the_command(qapp, shared_dir: Path) -> None:
    needs_root()
    path = shared_dir / "instance"
    squatter = start_squatter(path, as_nobody=True)
    reply = forward(str(path), ["message", "+8613800138000", SECRET])
    output = squatter_output(squatter)
    assert reply == stranger_reply(str(path))
    assert "received b''" in output, output  # it heard nothing, not even the command name


def test_the_command_line_says_another_user_listens(shared_dir: Path) -> None:
    needs_root()
    profile = shared_dir / "p"
    profile.mkdir()
    profile.chmod(0o777)  # e.g. an old profile another user could write into
    env = {k: v for k, v in os.environ.items() if k != "XDG_RUNTIME_DIR"}
    env.pop("DISPLAY", None)
    squatter = start_squatter(Path(server_name(profile)), as_nobody=True)
    result = subprocess.run(
        [*JEGO, "--profile", str(profile), "message", "+8613800138000", SECRET],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    output = squatter_output(squatter)
    assert result.returncode == 1
    assert "another user's program is listening" in result.stderr
    assert "received b''" in output, output


def test_the_server_hangs_up_on_a_client_of_another_user(qtbot: QtBot, shared_dir: Path) -> None:
    needs_root()
    received: list[list[str]] = []

    def handler(argv: list[str]) -> Reply:
        received.append(argv)
        return Reply(0, output="done")

    path = shared_dir / "instance"
    server = InstanceServer(str(path), handler)
    assert server.listen()
    path.chmod(0o777)  # as if the file mode did not protect it (it does; this is the 2nd wall)
    try:
        request = '{"argv": ["message", "+8613800138000", "from nobody"]}'
        client = subprocess.Popen(
            [*NOBODY, "/usr/bin/python3", "-c", CONNECTOR, str(path), request],
            stdout=subprocess.PIPE,
            text=True,
        )
        qtbot.waitUntil(lambda: client.poll() is not None, timeout=10000)
        output = client.communicate()[0]
    finally:
        server.close()
    assert received == []
    assert "answer b''" in output, output
