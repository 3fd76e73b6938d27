"""ruff, mypy and the import contracts are part of the test run (started early in the
background: tests/support/late_builds.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.head_start import Step, outcome
from tests.support.late_builds import chains, quality_steps


@pytest.mark.parametrize("step", [pytest.param(s, id=s.name) for s in quality_steps()])
def test_tool_is_clean(step: Step, request: pytest.FixtureRequest) -> None:
    result = outcome(chains(request.config), step)
    assert result.returncode == 0, result.stdout + result.stderr


MODULE_LINES_LIMIT = 800  # past this a module does more than one job: split it


def test_no_module_is_longer_than_the_limit() -> None:
    package = Path(__file__).resolve().parents[1] / "jego_desktop"
    too_long = {
        str(path.relative_to(package)): lines
        for path in sorted(package.rglob("*.py"))
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MODULE_LINES_LIMIT
    }
    assert not too_long, f"modules over {MODULE_LINES_LIMIT} lines: {too_long}"


# "?1"-style placeholders count as named in Python's sqlite3: bound from a tuple they
# warn from 3.12 (an error in 3.14), and the installer picks 3.12 where it finds it.
NUMBERED_PLACEHOLDER = re.compile(r"\?\d")


def test_sql_uses_no_numbered_placeholders() -> None:
    package = Path(__file__).resolve().parents[1] / "jego_desktop"
    found = [
        f"{path.relative_to(package)}:{number}"
        for path in sorted(package.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if NUMBERED_PLACEHOLDER.search(line)
    ]
    assert not found, f"numbered SQL placeholders: {found}"
