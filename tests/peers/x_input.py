"""Real keyboard input into real windows on an Xvfb display, through xdotool (XTEST)."""

from __future__ import annotations

import shutil
import subprocess
import time

from tests.peers.process import PeerError


class XInput:
    """Finds a process's windows by title and types into them as a user would."""

    def __init__(self, display: str) -> None:
        binary = shutil.which("xdotool")
        if binary is None:
            raise PeerError("xdotool is not installed (Debian package xdotool)")
        self._binary = binary
        self._env = {"DISPLAY": display, "PATH": "/usr/bin:/bin"}

    def _run(self, *args: str, timeout: float = 15) -> str:
        result = subprocess.run(
            [self._binary, *args],
            env=self._env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if result.returncode != 0 and result.stderr.strip():
            raise PeerError(f"xdotool {' '.join(args)} failed: {result.stderr.strip()}")
        return result.stdout

    def windows(self, pid: int, title: str) -> list[str]:
        """Visible windows of `pid` whose title matches the regular expression `title`."""
        output = self._run("search", "--onlyvisible", "--pid", str(pid), "--name", title)
        return output.split()

    def wait_window(self, pid: int, title: str, timeout: float = 15) -> str:
        deadline = time.monotonic() + timeout
        while True:
            found = self.windows(pid, title)
            if found:
                return found[-1]
            if time.monotonic() > deadline:
                raise AssertionError(f"no window titled {title!r} of process {pid}")
            time.sleep(0.2)

    def focus(self, window: str) -> None:
        # No window manager runs on the test display: give the focus directly.
        self._run("windowfocus", "--sync", window)
        time.sleep(0.2)

    def key(self, *keys: str) -> None:
        """Key combinations as xdotool names them, e.g. "ctrl+3", "Return"."""
        self._run("key", "--delay", "60", *keys)

    def type(self, text: str) -> None:
        self._run("type", "--delay", "30", text, timeout=60)
