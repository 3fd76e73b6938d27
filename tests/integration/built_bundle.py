"""The PyInstaller bundle, built once per test session (~65 s here) for every test that
needs it: tests/integration/test_bundle.py and test_deb.py."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class BuiltBundle:
    folder: Path  # dist/jego-desktop
    build_seconds: float

    @property
    def program(self) -> Path:
        return self.folder / "jego-desktop"


@pytest.fixture(scope="session")
def built_bundle(tmp_path_factory: pytest.TempPathFactory) -> BuiltBundle:
    out = tmp_path_factory.mktemp("bundle")
    started = time.monotonic()
    build = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build_bundle.sh"), str(out)],
        capture_output=True,
        text=True,
        timeout=900,
        env=dict(os.environ, JEGO_VENV=sys.prefix),  # the venv running the tests
    )
    if build.returncode != 0:
        pytest.fail("the bundle did not build:\n" + build.stdout[-3000:] + build.stderr[-3000:])
    seconds = time.monotonic() - started
    print(f"bundle built in {seconds:.0f} s")
    return BuiltBundle(out / "dist" / "jego-desktop", seconds)
