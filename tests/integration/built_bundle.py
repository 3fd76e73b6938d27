"""The PyInstaller bundle, built once per test session (~65 s here, started early in the
background: tests/support/late_builds.py) for every test that needs it:
tests/integration/test_bundle.py and test_deb.py."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.head_start import outcome
from tests.support.late_builds import bundle_folder, bundle_step, chains


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
