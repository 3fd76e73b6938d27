"""The PyInstaller bundle, built once per test session (~65 s here) for every test that
needs it (tests/integration/test_bundle.py, test_deb.py), and the .deb made from it, built
once too (~30 s) for test_deb.py and test_deb_install.py."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from jego_desktop import __version__

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


@pytest.fixture(scope="session")
def built_deb(built_bundle: BuiltBundle, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/jego-desktop_<version>_amd64.deb by packaging/build_deb.sh from the bundle."""
    if not shutil.which("dpkg-deb"):
        pytest.skip("dpkg-deb is not installed (Debian's dpkg builds the package)")
    out = tmp_path_factory.mktemp("deb")
    built = subprocess.run(
        ["bash", str(ROOT / "packaging/build_deb.sh"), "--bundle", str(built_bundle.folder), out],
        capture_output=True,
        text=True,
        timeout=600,
        env=dict(os.environ, JEGO_VENV=sys.prefix),
    )
    if built.returncode != 0:
        pytest.fail("the .deb did not build:\n" + built.stdout[-3000:] + built.stderr[-3000:])
    package = out / f"jego-desktop_{__version__}_amd64.deb"
    assert built.stdout.strip() == str(package)
    print(f"deb: {package.stat().st_size / 2**20:.0f} MB")
    return package
