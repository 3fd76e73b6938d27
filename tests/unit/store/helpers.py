"""Shared by the store tests: a clock that moves by itself, hypothesis settings."""

from __future__ import annotations

from hypothesis import HealthCheck, settings

# Examples share the test's database (each works on rows of its own); no example
# database is written to the working tree.
STORE_SETTINGS = settings(
    database=None,
    deadline=None,
    max_examples=60,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


class StepClock:
    """Epoch seconds that advance 1 ms on every reading, so every write has its own time."""

    def __init__(self, start: float = 1_700_000_000.0) -> None:
        self.time = start

    def __call__(self) -> float:
        self.time += 0.001
        return self.time
