"""A managed child process: started with a bounded wait, log captured, always stopped."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Callable, Sequence
from pathlib import Path


def _die_with_parent(death_signal: str) -> list[str]:
    """Prefix making the child get `death_signal` when the thread that started it exits.

    A test process that dies without teardown (a crash, a kill) would otherwise leave
    peers running (baresip's stdio then spins on its closed stdin at full CPU). So start
    peers from the test's main thread (fixtures and tests are). A program with worker
    processes of its own (Kamailio) needs TERM: killed outright, its main process leaves
    the workers running.
    """
    setpriv = shutil.which("setpriv")
    return [setpriv, "--pdeathsig", death_signal] if setpriv else []


# Every process started so far; a failing test shows the logs of those started during it
# and of those still running (module- or session-scoped peers).
all_started: list[ManagedProcess] = []


class PeerError(RuntimeError):
    """A peer did not start, did not answer, or exited unexpectedly."""


class ManagedProcess:
    """One child process whose stdout and stderr go to a log file.

    `stop()` is idempotent and escalates SIGTERM -> SIGKILL; the log stays on disk
    for the test report.
    """

    def __init__(
        self,
        name: str,
        argv: Sequence[str],
        log_path: Path,
        env: dict[str, str] | None = None,
        cwd: Path | None = None,
        stdin_pipe: bool = False,
        death_signal: str = "KILL",
    ) -> None:
        self.name = name
        self._death_signal = death_signal
        self.argv = list(argv)
        self.log_path = log_path
        self._env = env
        self._cwd = cwd
        self._stdin_pipe = stdin_pipe
        self._proc: subprocess.Popen[bytes] | None = None
        self._log_file: object | None = None

    @property
    def pid(self) -> int:
        assert self._proc is not None
        return self._proc.pid

    def start(self) -> None:
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        log = open(self.log_path, "ab")  # noqa: SIM115 - closed in stop()
        self._log_file = log
        log.write(f"$ {' '.join(self.argv)}\n".encode())
        log.flush()
        self._proc = subprocess.Popen(
            _die_with_parent(self._death_signal) + self.argv,
            stdout=log,
            stderr=subprocess.STDOUT,
            # A pipe that is never closed: some programs (baresip's stdio) exit on EOF.
            stdin=subprocess.PIPE if self._stdin_pipe else subprocess.DEVNULL,
            env=self._env,
            cwd=self._cwd,
            start_new_session=True,
        )
        all_started.append(self)

    def is_running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def wait_until(self, ready: Callable[[], bool], timeout: float, what: str) -> None:
        """Poll `ready` until true; fail with the log tail if the process dies or times out."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.is_running():
                raise PeerError(f"{self.name} exited while waiting for {what}:\n{self.log_tail()}")
            if ready():
                return
            time.sleep(0.05)
        raise PeerError(f"{self.name}: no {what} within {timeout} s:\n{self.log_tail()}")

    def write_stdin(self, data: bytes) -> None:
        """Write to the child's stdin (started with `stdin_pipe=True`); OSError when closed."""
        if self._proc is None or self._proc.stdin is None:
            raise OSError(f"{self.name} has no stdin pipe")
        self._proc.stdin.write(data)
        self._proc.stdin.flush()

    def signal(self, sig: int) -> None:
        if self._proc is not None and self._proc.poll() is None:
            os.killpg(self._proc.pid, sig)

    def stop(self, grace: float = 3.0) -> int | None:
        proc = self._proc
        if proc is None:
            return None
        if proc.poll() is None:
            try:
                os.killpg(proc.pid, signal.SIGTERM)
                proc.wait(timeout=grace)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(timeout=grace)
        if proc.stdin is not None:
            proc.stdin.close()
        if self._log_file is not None:
            self._log_file.close()  # type: ignore[attr-defined]
            self._log_file = None
        return proc.returncode

    def log_tail(self, lines: int = 60) -> str:
        try:
            text = self.log_path.read_text(errors="replace")
        except OSError:
            return "(no log)"
        return "\n".join(text.splitlines()[-lines:])
