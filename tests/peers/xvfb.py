"""A private X server (Xvfb) for screenshots of real windows."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.peers.process import ManagedProcess


def _free_display() -> int:
    for number in range(90, 400):
        if (
            not Path(f"/tmp/.X11-unix/X{number}").exists()
            and not Path(f"/tmp/.X{number}-lock").exists()
        ):
            return number
    raise RuntimeError("no free X display number")


class Xvfb:
    """Xvfb on a free display number, listening on no TCP port."""

    def __init__(self, workdir: Path, width: int = 960, height: int = 640) -> None:
        self.number = _free_display()
        self.display = f":{self.number}"
        self.width = width
        self.height = height
        self._process = ManagedProcess(
            "xvfb",
            ["Xvfb", self.display, "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
            workdir / f"xvfb{self.number}.log",
        )

    def start(self, timeout: float = 10.0) -> None:
        self._process.start()
        socket = Path(f"/tmp/.X11-unix/X{self.number}")
        self._process.wait_until(socket.exists, timeout, "X11 socket")

    def stop(self) -> None:
        self._process.stop()

    def env(self) -> dict[str, str]:
        return dict(os.environ, DISPLAY=self.display, QT_QPA_PLATFORM="xcb")

    def screenshot(self, target: Path) -> Path:
        """Grab the whole screen through X11 into a PNG file."""
        code = (
            "import sys\n"
            "from PySide6.QtGui import QGuiApplication\n"
            "app = QGuiApplication(sys.argv)\n"
            "ok = app.primaryScreen().grabWindow(0).save(sys.argv[1])\n"
            "sys.exit(0 if ok else 1)\n"
        )
        subprocess.run(
            [sys.executable, "-c", code, str(target)], env=self.env(), check=True, timeout=30
        )
        return target


@pytest.fixture
def xvfb(tmp_path: Path) -> Iterator[Xvfb]:
    server = Xvfb(tmp_path)
    server.start()
    yield server
    server.stop()
