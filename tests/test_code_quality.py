"""ruff, mypy and the import contracts are part of the test run (started early in the
background: tests/support/late_builds.py)."""

from __future__ import annotations

import pytest

from tests.support.head_start import Step, outcome
from tests.support.late_builds import chains, quality_steps


@pytest.mark.parametrize("step", [pytest.param(s, id=s.name) for s in quality_steps()])
def test_tool_is_clean(step: Step, request: pytest.FixtureRequest) -> None:
    result = outcome(chains(request.config), step)
    assert result.returncode == 0, result.stdout + result.stderr
