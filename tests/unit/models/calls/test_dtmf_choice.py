"""Keypad tones follow the DTMF method of the settings, read at every press."""

from __future__ import annotations

from jego_desktop.domain.calls import CallDirection, CallState, DtmfMethod
from jego_desktop.domain.engine_events import CallChanged
from jego_desktop.models.calls.dtmf_choice import DtmfByMethod
from jego_desktop.models.calls.post_dial import PostDial
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


def test_an_extension_goes_the_way_the_settings_say(qtbot) -> None:
    engine = FakeEngine()
    post_dial = PostDial(DtmfByMethod(engine, lambda: DtmfMethod.SIP_INFO).send_dtmf, delay_ms=0)
    post_dial.expect("c1", "4711")
    post_dial.on_call_changed(
        CallChanged("c1", "x", "", CallDirection.OUTGOING, "sip:ivr@h", "", CallState.ACTIVE)
    )
    qtbot.waitUntil(lambda: bool(engine.commands))
    assert engine.commands == [("send_dtmf", "c1", "4711", DtmfMethod.SIP_INFO)]
