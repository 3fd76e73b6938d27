"""Test set-up shared by every test: headless Qt, peer fixtures, peer logs on failure."""

from __future__ import annotations

import os
import re
import time
from collections.abc import Callable, Generator, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

# Qt must not look for a display in unit and model tests.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from jego_desktop.engine.refcount_workaround import protect_singletons
from jego_desktop.store.database import Database
from tests.peers import process
from tests.support import late_builds

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget
    from pytestqt.qtbot import QtBot

# As the app does at start: PySide6 6.12 and the pjsua2 wheel release references to
# True and None they never took; without this a long run aborts in bool/none_dealloc.
protect_singletons()

pytest_plugins = [
    "tests.peers.xvfb",
    "tests.peers.kamailio",
    "tests.peers.baresip",
    "tests.peers.linphonec",
    "tests.peers.pulse",
    "tests.integration.engine_probe",
    "tests.integration.app_process",
    "tests.integration.built_bundle",
]

_FIRST_PEER = pytest.StashKey[int]()


@pytest.fixture
def clock() -> Callable[[], float]:
    """The database's clock: the real one (store tests override it with a stepping one)."""
    return time.time


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "jego.sqlite3"


@pytest.fixture
def db(db_path: Path, clock: Callable[[], float]) -> Iterator[Database]:
    """A fresh database in the test's folder, closed after the test."""
    database = Database.open(db_path, clock=clock)
    yield database
    database.close()


@pytest.fixture
def qtbot(qtbot: QtBot) -> Iterator[QtBot]:
    """pytest-qt's qtbot, holding the widgets given to addWidget until it closes them.

    pytest-qt keeps a weak reference only: a shown widget in a reference cycle (any page
    keeping one of its own bound methods) outlived the test as garbage, and the collector,
    run by whatever Python allocated next, could delete it while pytest-qt's processEvents
    after the test painted it: a crash in a delegate's paint ("Cannot destroy paint device
    that is being painted"). Held here, it goes when this fixture ends, closed by then.
    """
    held: list[QWidget] = []
    add_widget = qtbot.addWidget

    def add_and_hold(widget: QWidget, **options: Any) -> None:
        add_widget(widget, **options)
        held.append(widget)

    qtbot.addWidget = qtbot.add_widget = add_and_hold  # type: ignore[method-assign]
    yield qtbot
    held.clear()


# The registrars a test may use; see registrars_outlive_user_agents.
REGISTRARS = ("kamailio", "operator_proxy")


@pytest.fixture(autouse=True)
def registrars_outlive_user_agents(request: pytest.FixtureRequest) -> None:
    """Start a test's registrar before its user agents, so it stops after them.

    Fixtures stop in the reverse order of their start, and tests name engine_factory or
    app_factory before kamailio; each agent's un-REGISTER as it quits then went to a
    registrar already gone, and the agent waited its answer out (5 s a test).
    """
    for name in REGISTRARS:
        if name in request.fixturenames:
            request.getfixturevalue(name)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # The bundle, .deb and oldest-Python tests last: their builds run meanwhile.
    items[:] = late_builds.plan(config, items)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    item.stash[_FIRST_PEER] = len(process.all_started)
    late_builds.start(item)


def pytest_sessionfinish(session: pytest.Session) -> None:
    late_builds.stop(session.config)


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


# Benchmarks print their figures; collect them so every run ends with them, -s or not.
_PJSIP_LOG_LINE = re.compile(r"^\d\d:\d\d:\d\d\.\d{3} ")
_bench_output: list[tuple[str, str]] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call" and "tests/bench/" in report.nodeid and report.capstdout:
        lines = [line for line in report.capstdout.splitlines() if not _PJSIP_LOG_LINE.match(line)]
        text = "\n".join(line for line in lines if line.strip())
        if text:
            _bench_output.append((report.nodeid, text))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not _bench_output:
        return
    terminalreporter.section("benchmark figures")
    for nodeid, text in _bench_output:
        terminalreporter.write_line(nodeid)
        terminalreporter.write_line(text)
