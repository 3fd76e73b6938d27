"""The oldest Python pyproject admits really runs the code: the unit tests, once, under it
(tests/support/python_floor.py; the run starts it early, in the background)."""

from __future__ import annotations

import re
import sys

import pytest

from tests.support.head_start import outcome
from tests.support.late_builds import chains, python_floor_step
from tests.support.python_floor import SKIPPED, declared_floor


@pytest.mark.timeout(1500)
def test_unit_tests_pass_under_the_oldest_supported_python(request: pytest.FixtureRequest) -> None:
    floor = declared_floor()
    assert floor >= (3, 10), "the code uses 3.10 syntax at module level and echo cancellation"
    assert sys.version_info[:2] >= floor
    result = outcome(chains(request.config), python_floor_step())
    tail = result.stdout.strip()
    if result.returncode == SKIPPED:
        pytest.skip(tail)
    assert result.returncode == 0, tail + result.stderr[-3000:]
    assert re.search(r"\d+ passed", tail), tail
    print(f"unit tests {tail.splitlines()[0]}: {tail.splitlines()[-1]}")
