"""Start and drive a headless_peer process from a test."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

Event = dict[str, Any]
ROOT = Path(__file__).resolve().parents[2]


class HeadlessClient:
    """One headless_peer process: `command(...)` in, `events` out."""

    def __init__(
        self, name: str, db: Path, number: str, password: str, server: str, *extra: str
    ) -> None:
        self.name = name
        self.db = db
        self.argv = [
            sys.executable, "-m", "tests.integration.headless_peer", "--db", str(db),
            "--number", number, "--password", password, "--server", server, *extra,
        ]  # fmt: skip
        self.stderr_path = db.with_suffix(f".{name}.log")
        self._proc: subprocess.Popen[bytes] | None = None
        self._events: list[Event] = []
        self._changed = threading.Condition()
        self._reader: threading.Thread | None = None

    def start(self, register: bool = True, timeout: float = 15.0) -> None:
        argv = self.argv + ([] if register else ["--no-register"])
        with open(self.stderr_path, "ab") as stderr:
            self._proc = subprocess.Popen(
                argv, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr,
                env={**os.environ, "PYTHONUNBUFFERED": "1"},
            )  # fmt: skip
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        self.wait("started", timeout=timeout)
        if register:
            self.wait("registration", lambda e: e["state"] == "registered", timeout)

    def _read(self) -> None:
        assert self._proc is not None and self._proc.stdout is not None
        for line in self._proc.stdout:
            try:
                event = json.loads(line)
            except ValueError:
                continue
            with self._changed:
                self._events.append(event)
                self._changed.notify_all()

    def command(self, cmd: str, **fields: Any) -> None:
        assert self._proc is not None and self._proc.stdin is not None
        self._proc.stdin.write((json.dumps({"cmd": cmd, **fields}) + "\n").encode())
        self._proc.stdin.flush()

    def command_lines(self, lines: list[str]) -> None:
        """Several JSON command lines in one write (they arrive back to back)."""
        assert self._proc is not None and self._proc.stdin is not None
        self._proc.stdin.write("".join(line + "\n" for line in lines).encode())
        self._proc.stdin.flush()

    def wait_exit(self, timeout: float = 15.0) -> int:
        """The exit status once the process has ended by itself."""
        assert self._proc is not None
        code = self._proc.wait(timeout)
        self._close()
        self._proc = None
        return code

    def mark(self) -> int:
        with self._changed:
            return len(self._events)

    def events(self, kind: str | None = None) -> list[Event]:
        with self._changed:
            return [e for e in self._events if kind is None or e["event"] == kind]

    def wait(
        self,
        kind: str,
        predicate: Callable[[Event], bool] = lambda _: True,
        timeout: float = 10.0,
        since: int = 0,
    ) -> Event:
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for event in self._events[since:]:
                    if event["event"] == kind and predicate(event):
                        return event
                left = deadline - time.monotonic()
                code = self._proc.poll() if self._proc is not None else None
                if left <= 0 or code is not None:
                    tail = self._events[since:][-10:]
                    why = f"within {timeout} s" if code is None else f"before it exited ({code})"
                    raise AssertionError(f"{self.name}: no {kind} event {why}: {tail}")
                self._changed.wait(min(left, 0.1))

    def python_errors(self) -> list[str]:
        """The lines of the peer's log that a Python error or traceback wrote."""
        log = self.stderr_path.read_text(errors="replace") if self.stderr_path.exists() else ""
        markers = ("Traceback", "Error:", "Exception", "closed database")
        return [line for line in log.splitlines() if any(m in line for m in markers)]

    def kill9(self) -> None:
        assert self._proc is not None
        self._proc.send_signal(signal.SIGKILL)
        self._proc.wait(5)
        self._close()

    def quit(self, timeout: float = 15.0) -> int:
        """Ask the peer to quit and return its exit status (negative: killed by a signal,
        e.g. -6 when pjsua aborts); killed and failed if it has not ended in `timeout`."""
        proc = self._proc
        assert proc is not None
        self.command("quit")
        try:
            code = proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
            raise AssertionError(f"{self.name} did not quit within {timeout} s") from None
        finally:
            self._close()
        self._proc = None
        return code

    def stop(self) -> None:
        proc = self._proc
        if proc is None:
            return
        if proc.poll() is None:
            try:
                self.command("quit")
                proc.wait(10)
            except (OSError, subprocess.TimeoutExpired):
                proc.kill()
                proc.wait(5)
        self._close()

    def _close(self) -> None:
        proc = self._proc
        if proc is None:
            return
        for pipe in (proc.stdin, proc.stdout):
            if pipe is not None and not pipe.closed:
                with contextlib.suppress(OSError):
                    pipe.close()
        if self._reader is not None:
            self._reader.join(5)
            self._reader = None
