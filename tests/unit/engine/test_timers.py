"""The engine thread's timers: order, due times, and a failing action not stopping the rest."""

from __future__ import annotations

import logging
import time

import pytest

from jego_desktop.engine.timers import Timers


def test_actions_run_when_due_in_the_order_they_fall_due() -> None:
    timers = Timers()
    ran: list[str] = []
    timers.after(2.0, lambda: ran.append("late"))
    timers.after(1.0, lambda: ran.append("early"))
    timers.after(1.0, lambda: ran.append("early, second"))
    now = time.monotonic()
    timers.run_due(now)
    assert ran == []
    next_due = timers.next_due()
    assert next_due is not None and now + 0.9 < next_due <= now + 1.1
    timers.run_due(now + 1.5)
    assert ran == ["early", "early, second"]
    timers.run_due(now + 2.5)
    assert ran == ["early", "early, second", "late"]
    assert timers.next_due() is None


def test_a_failing_action_is_logged_and_the_others_still_run(
    caplog: pytest.LogCaptureFixture,
) -> None:
    timers = Timers()
    ran: list[str] = []

    def fail() -> None:
        raise RuntimeError("Network is unreachable")

    timers.after(0.0, fail)
    timers.after(0.0, lambda: ran.append("retry"))
    with caplog.at_level(logging.ERROR):
        timers.run_due(time.monotonic() + 1)
    assert ran == ["retry"]
    assert "an engine timer failed" in caplog.text
    assert "Network is unreachable" in caplog.text


def test_cleared_timers_never_run() -> None:
    timers = Timers()
    ran: list[str] = []
    timers.after(0.0, lambda: ran.append("gone"))
    timers.clear()
    timers.run_due(time.monotonic() + 1)
    assert ran == [] and timers.next_due() is None
