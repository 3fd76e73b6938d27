"""Issue #15: work the first screen does not need waits for the window's first paint."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from jego_desktop.app.after_paint import AfterFirstPaint


class Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        self.count += event.type() == QEvent.Type.Paint
        return False


def test_the_work_runs_after_the_first_paint_of_a_shown_window(qtbot: QtBot) -> None:
    window = QLabel("first screen")
    qtbot.addWidget(window)
    paints = Paints()
    window.installEventFilter(paints)
    window.show()
    after = AfterFirstPaint(window, fallback_ms=60_000)  # the paint, not the fallback
    seen: list[int] = []
    after.later(lambda: seen.append(paints.count))
    assert seen == []
    qtbot.waitUntil(lambda: seen != [])
    assert seen[0] >= 1  # painted before the work ran
    after.later(lambda: seen.append(-1))  # later work runs at once, from the event loop
    assert seen[-1] != -1
    qtbot.waitUntil(lambda: seen[-1] == -1)
    window.removeEventFilter(paints)


def test_the_work_of_a_window_not_shown_runs_from_the_event_loop(qtbot: QtBot) -> None:
    window = QLabel("started hidden, in the tray")
    qtbot.addWidget(window)
    after = AfterFirstPaint(window, fallback_ms=60_000)
    seen: list[str] = []
    after.later(lambda: seen.append("done"))
    assert seen == []
    qtbot.waitUntil(lambda: seen == ["done"])


def test_work_that_fails_does_not_keep_the_rest_from_running(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    """Binding the accounts may fail (a broken database); the phone-link registration
    and the command the app was started with must still run."""
    window = QLabel("first screen")
    qtbot.addWidget(window)
    after = AfterFirstPaint(window, fallback_ms=60_000)
    seen: list[str] = []

    def broken() -> None:
        raise RuntimeError("the accounts could not be read")

    after.later(broken)
    after.later(lambda: seen.append("links"))
    after.later(lambda: seen.append("command"))
    window.show()
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen == ["links", "command"]
    assert "the accounts could not be read" in caplog.text
