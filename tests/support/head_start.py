"""Long builds that a few tests need, started early in the background.

The PyInstaller bundle, the .deb built from it, lintian on that .deb and the unit tests
under the oldest Python cost ~300 s of CPU and wait on nothing, while the integration
tests mostly wait on their peers. So tests/conftest.py moves the tests that read these
builds to the end of the run and, once the benchmarks are done (they measure CPU and keep
the machine to themselves), starts each chain of steps in a process of its own at nice 19
(`python -m tests.support.head_start FOLDER`). A test then reads its step's outcome,
waiting if it is not done yet. A step nobody started (a test run on its own, or the
chain's process gone) is run in the foreground, as it always was: same command, same
outcome.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_STEPS_FILE = "steps.json"


@dataclass(frozen=True)
class Step:
    """One command; the same Step is what the planner starts and what the test asks for."""

    name: str
    argv: tuple[str, ...]
    timeout: float
    env: dict[str, str] | None = None  # added to the environment
    cwd: str = str(ROOT)


@dataclass(frozen=True)
class Outcome:
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    in_background: bool = False


def run_step(step: Step) -> Outcome:
    """Run `step` here and now."""
    started = time.monotonic()
    try:
        done = subprocess.run(
            list(step.argv),
            capture_output=True,
            text=True,
            timeout=step.timeout,
            env={**os.environ, **step.env} if step.env else None,
            cwd=step.cwd,
        )
    except OSError as error:  # no such program
        return Outcome(127, "", str(error), time.monotonic() - started)
    except subprocess.TimeoutExpired as expired:
        late = f"timed out after {step.timeout:.0f} s"
        return Outcome(-9, _text(expired.stdout), late, step.timeout)
    return Outcome(done.returncode, done.stdout, done.stderr, time.monotonic() - started)


def _text(output: bytes | str | None) -> str:
    if isinstance(output, bytes):
        return output.decode(errors="replace")
    return output or ""


@dataclass
class Chain:
    """Steps run one after another in a background process; a failed step ends the chain."""

    folder: Path
    steps: list[Step]
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)

    def start(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / _STEPS_FILE).write_text(json.dumps([asdict(s) for s in self.steps]))
        with open(self.folder / "chain.log", "wb") as log:
            driver = [sys.executable, "-m", __name__, str(self.folder)]
            self.process = subprocess.Popen(
                [*_die_with_parent(), "nice", "-n", "19", *driver],
                cwd=ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # stopped as a group, builders and all
            )

    def holds(self, step: Step) -> bool:
        return self.process is not None and step in self.steps

    def outcome(self, step: Step) -> Outcome | None:
        """The step's outcome once the chain has it; None if the chain stopped short of it."""
        assert self.process is not None
        result = self.folder / f"{step.name}.json"
        if not result.exists():
            self._hurry()
        deadline = time.monotonic() + sum(s.timeout for s in self.steps) + 60
        while not result.exists():
            if self.process.poll() is not None and not result.exists():
                return None
            if time.monotonic() > deadline:
                self.stop()
                return None
            time.sleep(0.2)
        return Outcome(**json.loads(result.read_text()), in_background=True)

    def _hurry(self) -> None:
        """A test waits for it now: full priority again (root may lower nice, others not)."""
        assert self.process is not None
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PGRP, self.process.pid, 0)

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=30)


def outcome(chains: Sequence[Chain], step: Step) -> Outcome:
    """`step`'s outcome from the chain that holds it, or run now if none can give it."""
    for chain in chains:
        if chain.holds(step):
            found = chain.outcome(step)
            if found is not None:
                return found
    return run_step(step)


def _die_with_parent() -> list[str]:
    """TERM to the chain when the test run dies without its teardown (see main)."""
    setpriv = shutil.which("setpriv")
    return [setpriv, "--pdeathsig", "TERM"] if setpriv else []


def _stop_group(_signal: int, _frame: object) -> None:
    os.killpg(0, signal.SIGKILL)  # the chain's own group (a session of its own): builders too


def main(folder: Path) -> int:
    signal.signal(signal.SIGTERM, _stop_group)
    for raw in json.loads((folder / _STEPS_FILE).read_text()):
        step = Step(**{**raw, "argv": tuple(raw["argv"])})
        done = run_step(step)
        record = asdict(done)
        del record["in_background"]
        partial = folder / f"{step.name}.part"
        partial.write_text(json.dumps(record))
        partial.rename(folder / f"{step.name}.json")  # whole, or not there
        if done.returncode != 0:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
