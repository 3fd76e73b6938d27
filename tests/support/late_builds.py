"""Which builds tests/support/head_start.py starts early, and for which tests.

The tests reading them run last (tests/conftest.py moves them there); each chain starts
with the first test that is not a benchmark and is stopped when the run ends.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from jego_desktop import __version__
from tests.support.head_start import ROOT, Chain, Step

_CHAINS = pytest.StashKey[list[Chain]]()
DEB_TESTS = ("tests/integration/test_deb.py", "tests/integration/test_deb_install.py")
BUNDLE_TESTS = ("tests/integration/test_bundle.py", *DEB_TESTS)
LINTIAN_TEST = "tests/integration/test_deb.py::test_lintian_finds_no_error"
WHEEL_TESTS = ("tests/integration/test_wheel.py",)
FLOOR_TESTS = ("tests/test_python_floor.py",)
QUALITY_TESTS = ("tests/test_code_quality.py",)
LATE_TESTS = BUNDLE_TESTS + WHEEL_TESTS + FLOOR_TESTS


def _folder(config: pytest.Config) -> Path:
    # What the tmp_path_factory fixture returns: the run's base temp.
    factory: pytest.TempPathFactory = config._tmp_path_factory  # type: ignore[attr-defined]
    return factory.getbasetemp() / "head-start"


def _venv_env() -> dict[str, str]:
    return {"JEGO_VENV": sys.prefix}  # the venv running the tests


def bundle_folder(config: pytest.Config) -> Path:
    return _folder(config) / "bundle"


def deb_folder(config: pytest.Config) -> Path:
    return _folder(config) / "deb"


def bundle_step(config: pytest.Config) -> Step:
    script = str(ROOT / "packaging" / "build_bundle.sh")
    return Step("bundle", ("bash", script, str(bundle_folder(config))), 900, _venv_env())


def deb_step(config: pytest.Config) -> Step:
    script = str(ROOT / "packaging" / "build_deb.sh")
    bundle = str(bundle_folder(config) / "dist" / "jego-desktop")
    argv = ("bash", script, "--bundle", bundle, str(deb_folder(config)))
    return Step("deb", argv, 600, _venv_env())


def lintian_step(deb: Path) -> Step:
    return Step("lintian", ("lintian", "--no-cfg", "--fail-on", "error", str(deb)), 900)


def wheel_folder(config: pytest.Config) -> Path:
    return _folder(config) / "wheel"


def wheel_step(config: pytest.Config) -> Step:
    argv = (sys.executable, "-m", "tests.support.wheel_install", str(wheel_folder(config)))
    return Step("wheel", argv, 1800)


def python_floor_step() -> Step:
    return Step("python-floor", (sys.executable, "-m", "tests.support.python_floor"), 1500)


def quality_steps() -> list[Step]:
    """ruff, mypy and the import contracts (tests/test_code_quality.py)."""
    tools = Path(sys.executable).parent
    return [
        Step("ruff", (str(tools / "ruff"), "check", "."), 600),
        Step("ruff-format", (str(tools / "ruff"), "format", "--check", "."), 600),
        Step("mypy", (str(tools / "mypy"),), 600),
        Step("import-contracts", (str(tools / "lint-imports"),), 600),
    ]


def plan(config: pytest.Config, items: list[pytest.Item]) -> list[pytest.Item]:
    """`items` with the late tests last; the chains they need are kept, not started."""

    def picked(paths: tuple[str, ...]) -> list[pytest.Item]:
        return [item for item in items if item.nodeid.startswith(paths)]

    packaging: list[Step] = []
    if picked(BUNDLE_TESTS):
        packaging.append(bundle_step(config))
    if picked(DEB_TESTS):
        packaging.append(deb_step(config))
        if any(item.nodeid == LINTIAN_TEST for item in items):
            deb = deb_folder(config) / f"jego-desktop_{__version__}_amd64.deb"
            packaging.append(lintian_step(deb))
    chains = [Chain(_folder(config) / "packaging", packaging)] if packaging else []
    if picked(WHEEL_TESTS):
        chains.append(Chain(_folder(config) / "wheel-chain", [wheel_step(config)]))
    if picked(QUALITY_TESTS):
        chains.append(Chain(_folder(config) / "code-quality", quality_steps()))
    if picked(FLOOR_TESTS):
        chains.append(Chain(_folder(config) / "python-floor", [python_floor_step()]))
    config.stash[_CHAINS] = chains
    late = picked(LATE_TESTS)
    return [item for item in items if item not in late] + late


def start(item: pytest.Item) -> None:
    """Start the chains once the benchmarks are done (they measure CPU)."""
    if item.get_closest_marker("bench") is not None:
        return
    for chain in chains(item.config):
        if chain.process is None:
            chain.start()


def chains(config: pytest.Config) -> list[Chain]:
    return config.stash.get(_CHAINS, [])


def stop(config: pytest.Config) -> None:
    for chain in chains(config):
        chain.stop()
