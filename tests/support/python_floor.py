"""The unit tests under the oldest Python pyproject admits, as a command of its own so
that the run can start it early (tests/support/head_start.py):
`python -m tests.support.python_floor` prints pytest's last lines and exits with its
code, or prints why not and exits with SKIPPED when no such Python is on this machine.

The venv for it is made on the first run (`.venv-floor/`, ignored by git) and reused while
pyproject.toml is unchanged.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
VENV = ROOT / ".venv-floor"
SKIPPED = 77  # as automake's test harness says it


def declared_floor() -> tuple[int, int]:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    found = re.search(r'^requires-python = ">=(\d+)\.(\d+)', text, re.MULTILINE)
    assert found, "pyproject.toml declares no requires-python floor"
    return int(found.group(1)), int(found.group(2))


def find_python(version: tuple[int, int]) -> str | None:
    """A CPython of exactly that minor version: on PATH, or one of pyenv's."""
    name = f"python{version[0]}.{version[1]}"
    candidates = [shutil.which(name) or ""]
    pyenv_root = os.environ.get("PYENV_ROOT", str(Path.home() / ".pyenv"))
    pattern = f"{version[0]}.{version[1]}.*/bin/{name}"
    candidates += sorted(str(path) for path in (Path(pyenv_root) / "versions").glob(pattern))
    for candidate in filter(None, candidates):
        probe = subprocess.run(
            [candidate, "-c", "import sys, venv; print(sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=30,
        )
        if probe.returncode == 0 and probe.stdout.strip() == str(version):
            return candidate
    return None


def floor_venv(python: str) -> Path:
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    stamp = VENV / ".installed"
    if stamp.exists() and stamp.read_text() == wanted:
        return VENV / "bin" / "python"
    shutil.rmtree(VENV, ignore_errors=True)
    subprocess.run([python, "-m", "venv", str(VENV)], check=True, timeout=120)
    pip = [
        str(VENV / "bin" / "python"),
        "-m",
        "pip",
        "install",
        "-q",
        "--disable-pip-version-check",
    ]
    # As packaging/setup.sh does: today's pip builds every package as a wheel (compiled).
    subprocess.run([*pip, "--upgrade", "pip"], check=True, timeout=300)
    subprocess.run([*pip, "-e", f"{ROOT}[test]"], check=True, timeout=900, cwd=ROOT)
    stamp.write_text(wanted)
    return VENV / "bin" / "python"


def main() -> int:
    floor = declared_floor()
    python = find_python(floor)
    if python is None:
        print(f"no CPython {floor[0]}.{floor[1]} on this machine (PATH or pyenv)")
        return SKIPPED
    venv_python = floor_venv(python)
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [str(venv_python), "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/unit"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
        env=environment,
    )
    print(f"under {python}")
    print("\n".join(result.stdout.splitlines()[-30:]))
    print(result.stderr[-3000:], file=sys.stderr)
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
