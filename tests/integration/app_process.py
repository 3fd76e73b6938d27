"""The real app as a separate process (one pjsua2 per process), driven by its command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.peers.process import ManagedProcess

ROOT = Path(__file__).resolve().parents[2]


class AppProcess:
    """`python -m jego_desktop --profile DIR`, offscreen, on 127.0.0.1, with a file keyring."""

    def __init__(
        self,
        profile: Path,
        keyring_file: Path,
        settings: str = "",
        home: Path | None = None,
        display: str = "",
        verbose: bool = True,
        command: tuple[str, ...] = (),
    ) -> None:
        self.profile = profile
        # Each app gets a HOME of its own: desktop entries and mimeapps.list go there.
        home = home or profile.parent / f"{profile.name}-home"
        self.env = dict(
            os.environ,
            HOME=str(home),
            XDG_DATA_HOME=str(home / ".local" / "share"),
            XDG_CONFIG_HOME=str(home / ".config"),
            # On a display (Xvfb) for tests that drive the real windows with X input events.
            QT_QPA_PLATFORM="xcb" if display else "offscreen",
            PYTHON_KEYRING_BACKEND="tests.support.file_keyring.FileKeyring",
            JEGO_TEST_KEYRING_FILE=str(keyring_file),
            PYTHONPATH=str(ROOT),
        )
        if display:
            self.env["DISPLAY"] = display
        profile.mkdir(parents=True, exist_ok=True)
        (profile / "settings.ini").write_text("[network]\nbind_address=127.0.0.1\n" + settings)
        self._process = ManagedProcess(
            f"jego {profile.name}",
            [sys.executable, "-m", "jego_desktop", "--profile", str(profile)]
            + (["-v"] if verbose else [])
            + list(command),  # e.g. ("call", uri): what a launch with nothing running starts
            self.output_path,
            env=self.env,
        )

    @property
    def output_path(self) -> Path:
        """Where the app's stdout and stderr go."""
        return self.profile / "app-stdout.log"

    def start(self, timeout: float = 30.0) -> None:
        self._process.start()
        log = self.profile / "logs" / "jego.log"

        def shown() -> bool:
            return log.exists() and "main window shown" in log.read_text(encoding="utf-8")

        self._process.wait_until(shown, timeout, "the main window")

    @property
    def pid(self) -> int:
        return self._process.pid

    def stop(self) -> int | None:
        """SIGTERM, SIGKILL after 10 s; the exit status (None if never started)."""
        return self._process.stop(grace=10)

    def kill(self) -> None:
        self._process.signal(9)
        self._process.stop()

    def cli(self, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "jego_desktop", "--profile", str(self.profile), *args],
            input=stdin,
            capture_output=True,
            text=True,
            timeout=30,
            env=self.env,
        )

    def status(self) -> dict[str, Any]:
        result = self.cli("status", "--json")
        assert result.returncode == 0, result.stderr
        status: dict[str, Any] = json.loads(result.stdout)
        return status

    def wait_status(
        self, predicate: Callable[[dict[str, Any]], bool], timeout: float = 15
    ) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            status = self.status()
            if predicate(status):
                return status
            if time.monotonic() > deadline:
                raise AssertionError(f"status never matched: {status}")
            time.sleep(0.2)


@pytest.fixture
def app_factory(tmp_path: Path) -> Iterator[Callable[[str], AppProcess]]:
    made: list[AppProcess] = []

    def make(name: str) -> AppProcess:
        app = AppProcess(tmp_path / name, tmp_path / "keyring.json")
        made.append(app)
        return app

    yield make
    for app in made:
        app.stop()
