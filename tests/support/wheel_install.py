"""The wheel built from the tracked sources and installed in a fresh venv, as a command of
its own so that the run can start it early (tests/support/head_start.py):
`python -m tests.support.wheel_install WORK` leaves WORK/dist/jego_desktop-*.whl and
WORK/venv, or exits non-zero saying what failed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def copy_sources(target: Path) -> None:
    """What git tracks (and new files not ignored): no compiled .qm from this checkout."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)


def run(argv: list[str], env: dict[str, str], cwd: Path) -> str:
    result = subprocess.run(argv, env=env, cwd=cwd, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"{argv}:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result.stdout


def build_and_install(work: Path) -> None:
    shutil.rmtree(work, ignore_errors=True)
    copy_sources(work / "src")
    assert not list((work / "src").rglob("*.qm"))
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    pip = [sys.executable, "-m", "pip"]
    run([*pip, "wheel", "--no-deps", "-q", "-w", str(work / "dist"), str(work / "src")], env, work)
    (wheel,) = (work / "dist").glob("jego_desktop-*.whl")
    run([sys.executable, "-m", "venv", str(work / "venv")], env, work)
    venv_python = work / "venv" / "bin" / "python"
    run([str(venv_python), "-m", "pip", "install", "-q", str(wheel)], env, work)


if __name__ == "__main__":
    build_and_install(Path(sys.argv[1]))
