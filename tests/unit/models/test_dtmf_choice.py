"""Keypad tones follow the DTMF method of the settings, read at every press."""

from __future__ import annotations

from jego_desktop.domain.calls import DtmfMethod
from jego_desktop.models.dtmf_choice import DtmfByMethod
from tests.ui.fake_engine import FakeEngine


def test_each_digit_uses_the_method_chosen_at_that_moment() -> None:
    engine = FakeEngine()
    chosen = [DtmfMethod.RFC4733]
    commands = DtmfByMethod(engine, lambda: chosen[0])
    commands.send_dtmf("c1", "1")
    chosen[0] = DtmfMethod.SIP_INFO
    commands.send_dtmf("c1", "#")
    commands.hangup("c1")  # everything else goes straight to the engine
    assert engine.commands == [
        ("send_dtmf", "c1", "1", DtmfMethod.RFC4733),
        ("send_dtmf", "c1", "#", DtmfMethod.SIP_INFO),
        ("hangup", "c1"),
    ]
