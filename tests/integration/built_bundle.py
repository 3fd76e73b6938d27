"""The PyInstaller bundle, built once per test session (~65 s here, started early in the
background: tests/support/late_builds.py) for every test that needs it
(tests/integration/test_bundle.py, test_deb.py), and the .deb made from it, built once
too, for test_deb.py and test_deb_install.py."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from jego_desktop import __version__
from tests.support.head_start import outcome
from tests.support.late_builds import bundle_folder, bundle_step, chains, deb_folder, deb_step


@dataclass(frozen=True)
class BuiltBundle:
    folder: Path  # dist/jego-desktop
    build_seconds: float

    @property
    def program(self) -> Path:
        return self.folder / "jego-desktop"


@pytest.fixture(scope="session")
def built_bundle(request: pytest.FixtureRequest) -> BuiltBundle:
    config = request.config
    build = outcome(chains(config), bundle_step(config))
    if build.returncode != 0:
        pytest.fail("the bundle did not build:\n" + build.stdout[-3000:] + build.stderr[-3000:])
    where = "in the background" if build.in_background else "here"
    print(f"bundle built in {build.seconds:.0f} s ({where})")
    return BuiltBundle(bundle_folder(config) / "dist" / "jego-desktop", build.seconds)


@pytest.fixture(scope="session")
def built_deb(built_bundle: BuiltBundle, request: pytest.FixtureRequest) -> Path:
    """dist/jego-desktop_<version>_amd64.deb by packaging/build_deb.sh from the bundle."""
    if not shutil.which("dpkg-deb"):
        pytest.skip("dpkg-deb is not installed (Debian's dpkg builds the package)")
    step = deb_step(request.config)
    assert step.argv[3] == str(built_bundle.folder)
    built = outcome(chains(request.config), step)
    if built.returncode != 0:
        pytest.fail("the .deb did not build:\n" + built.stdout[-3000:] + built.stderr[-3000:])
    package = deb_folder(request.config) / f"jego-desktop_{__version__}_amd64.deb"
    assert built.stdout.strip() == str(package)
    print(f"deb: {package.stat().st_size / 2**20:.0f} MB")
    return package
