"""Prints the slowest call of each fuzzed parser at the end of the run (with -s)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.unit.fuzz.support import slowest


@pytest.fixture(scope="session", autouse=True)
def report_slowest() -> Iterator[None]:
    yield
    for name, (seconds, example) in sorted(slowest.items()):
        print(f"\nfuzz: slowest {name}: {seconds * 1000:.1f} ms ({example})")
