"""Keypad tones the far end never got are said in the call window."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from jego_desktop.domain.calls import CallDirection, CallState
from jego_desktop.domain.engine_events import DtmfFailed
from jego_desktop.models.calls.calls import CallsModel
from jego_desktop.models.calls.dial_pad import DialPadModel
from jego_desktop.models.calls.dtmf_failures import DtmfFailures
from jego_desktop.ui import translations
from jego_desktop.ui.calls.call_windows import CallWindows
from jego_desktop.ui.style import LIGHT
from tests.ui.fake_engine import FakeEngine

event = FakeEngine.call_event


@dataclass
class Wired:
    engine: FakeEngine
    windows: CallWindows
    failures: DtmfFailures

    def talk(self, call_id: str) -> None:
        self.engine.publish(event(call_id, CallState.ACTIVE, CallDirection.OUTGOING))

    def problem(self) -> str:
        label = self.windows.window.problem_label
        return "" if label.isHidden() else label.text()


@pytest.fixture
def wired(qtbot: QtBot, tmp_path: Path):
    engine = FakeEngine()
    calls = CallsModel()
    engine.call_changed.connect(calls.on_call_changed)
    dial_pad = DialPadModel("FR")
    windows = CallWindows(engine, calls, LIGHT, dial_pad.uri_for, tmp_path, home_region="FR")
    failures = DtmfFailures(windows)
    engine.dtmf_failed.connect(failures.on_dtmf_failed)  # as app/calls.py wires it
    engine.call_changed.connect(failures.on_call_changed)
    windows.follow_dtmf_failures(failures)
    qtbot.addWidget(windows.window)
    yield Wired(engine, windows, failures)
    windows.close_all()


def test_digits_the_far_end_refused_are_named_in_the_call_window(wired: Wired) -> None:
    wired.talk("c1")
    assert wired.problem() == ""
    wired.engine.publish(DtmfFailed("c1", "4", 501, "Not Implemented"))
    wired.engine.publish(DtmfFailed("c1", "2", 501, "Not Implemented"))
    expected = "The other side refused the keypad tones “42” (501 Not Implemented)."
    assert wired.problem() == expected
    assert wired.windows.window.problem_label.accessibleName() == expected


def test_digits_no_method_could_carry_are_said_and_forgotten_with_the_call(
    wired: Wired,
) -> None:
    wired.talk("c1")
    wired.engine.publish(DtmfFailed("c1", "123", 0, "Remote does not support RFC 2833"))
    expected = "The keypad tones “123” could not be sent: this call carries none."
    assert wired.problem() == expected
    assert wired.failures.text("c1") == expected
    wired.engine.publish(event("c1", CallState.ENDED, CallDirection.OUTGOING))
    assert wired.failures.text("c1") == ""


def test_a_failure_of_another_call_stays_out_of_the_window(wired: Wired) -> None:
    wired.talk("c1")
    wired.engine.publish(DtmfFailed("c9", "5", 415, "Unsupported Media Type"))
    assert wired.problem() == ""
    assert wired.failures.text("c9").startswith("The other side refused")


def test_the_line_follows_a_language_switch(
    qtbot: QtBot, wired: Wired, compiled_translations: Path
) -> None:
    wired.talk("c1")
    wired.engine.publish(DtmfFailed("c1", "7", 0, "no dialog"))
    app = QCoreApplication.instance()
    assert app is not None
    translations.switch_language(app, "fr")
    qtbot.waitUntil(lambda: wired.problem().startswith("Les tonalités"))
    assert "«\u00a07\u00a0»" in wired.problem()
    translations.switch_language(app, "zh_CN")
    qtbot.waitUntil(lambda: wired.problem() == "无法发送按键音“7”：此通话不支持按键音。")
    wired.windows.window.show_problem("Recording needs a profile folder.")  # another problem
    translations.switch_language(app, "en")
    qtbot.wait(50)
    assert wired.problem() == "Recording needs a profile folder."  # left as it is
