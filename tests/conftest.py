"""Test set-up shared by every test: headless Qt, peer fixtures, peer logs on failure."""

from __future__ import annotations

import os
from collections.abc import Generator

import pytest

# Qt must not look for a display in unit and model tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.peers import process

pytest_plugins = [
    "tests.peers.xvfb",
    "tests.peers.kamailio",
    "tests.peers.baresip",
    "tests.peers.pulse",
    "tests.integration.engine_probe",
]

_FIRST_PEER = pytest.StashKey[int]()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    item.stash[_FIRST_PEER] = len(process.all_started)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, None]:
    outcome = yield
    report: pytest.TestReport = outcome.get_result()
    if report.failed:
        since = item.stash.get(_FIRST_PEER, 0)
        for index, proc in enumerate(process.all_started):
            if index >= since or proc.is_running():
                report.sections.append((f"peer log: {proc.name}", proc.log_tail(120)))
