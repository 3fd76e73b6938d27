"""A link's extension is keyed in as DTMF once its call is answered, and only then."""

from __future__ import annotations

import pytest

from jego_desktop.cli.remote_commands import RemoteActions, RemoteCommands
from jego_desktop.domain.accounts import AccountConfig, Transport
from jego_desktop.domain.calls import CallDirection, CallState
from jego_desktop.domain.engine_events import CallChanged
from jego_desktop.domain.links import DialRequest, parse_link
from jego_desktop.models.calls.dial_pad import DialPadModel
from jego_desktop.models.calls.post_dial import PostDial, connect_dial_pad

ACCOUNT = AccountConfig("+33612345678", "sip.example.fr", Transport.UDP)


def changed(call_id: str, state: CallState, muted: bool = False) -> CallChanged:
    return CallChanged(
        call_id, "x", "", CallDirection.OUTGOING, "sip:+33140000000@h", "", state, muted=muted
    )


class Sent:
    def __init__(self) -> None:
        self.dtmf: list[tuple[str, str]] = []

    def __call__(self, call_id: str, digits: str) -> None:
        self.dtmf.append((call_id, digits))


def test_digits_go_out_after_the_call_is_active_and_only_once(qtbot) -> None:
    sent = Sent()
    post_dial = PostDial(sent, delay_ms=50)
    post_dial.expect("call-1", "123")
    for state in (CallState.DIALING, CallState.RINGING_OUT, CallState.CONNECTING):
        post_dial.on_call_changed(changed("call-1", state))
    qtbot.wait(150)
    assert sent.dtmf == []  # not before the call is answered
    with qtbot.waitSignal(post_dial.digits_sent, timeout=1000) as signal:
        post_dial.on_call_changed(changed("call-1", CallState.ACTIVE))
        assert sent.dtmf == []  # a short pause first
    assert signal.args == ["call-1", "123"] and sent.dtmf == [("call-1", "123")]
    post_dial.on_call_changed(changed("call-1", CallState.ACTIVE, muted=True))  # more changes
    qtbot.wait(150)
    assert sent.dtmf == [("call-1", "123")] and post_dial.pending("call-1") == ""


def test_a_comma_pauses_between_groups(qtbot) -> None:
    sent = Sent()
    post_dial = PostDial(sent, delay_ms=20, pause_ms=500)
    post_dial.expect("call-2", "1,,2#")
    post_dial.on_call_changed(changed("call-2", CallState.ACTIVE))
    qtbot.waitUntil(lambda: sent.dtmf == [("call-2", "1")], timeout=1000)
    qtbot.wait(200)
    assert sent.dtmf == [("call-2", "1")]  # two commas: 1 s before "2#"
    qtbot.waitUntil(lambda: len(sent.dtmf) == 2, timeout=3000)
    assert sent.dtmf[-1] == ("call-2", "2#")


def test_a_call_that_ends_first_sends_nothing(qtbot) -> None:
    sent = Sent()
    post_dial = PostDial(sent, delay_ms=100)
    post_dial.expect("call-3", "55")
    post_dial.on_call_changed(changed("call-3", CallState.ACTIVE))
    post_dial.on_call_changed(changed("call-3", CallState.ENDED))
    post_dial.expect("call-4", "66")
    post_dial.on_call_changed(changed("call-4", CallState.ENDED))  # never answered
    qtbot.wait(300)
    assert sent.dtmf == [] and post_dial.pending("call-4") == ""


@pytest.mark.parametrize("digits", ["", "12x", "1" * 65, "1;2"])
def test_bad_digits_are_refused(qapp, digits: str) -> None:
    with pytest.raises(ValueError):
        PostDial(Sent()).expect("call-1", digits)


def test_a_link_in_the_dial_pad_keeps_its_extension_only_if_dialled_unchanged(qtbot) -> None:
    sent = Sent()
    post_dial = PostDial(sent, delay_ms=10)
    post_dial.offer(parse_link("tel:+33-1-40-00-00-00;ext=42"))
    post_dial.claim_offer("call-5", "+33 1 40 00 00 00")  # as the dial pad shows it
    assert post_dial.pending("call-5") == "42"
    post_dial.claim_offer("call-6", "+33 1 40 00 00 00")  # the offer is used up
    assert post_dial.pending("call-6") == ""
    post_dial.offer(parse_link("tel:+33-1-40-00-00-00;ext=42"))
    post_dial.claim_offer("call-7", "+33 1 40 00 00 01")  # the user changed the number
    assert post_dial.pending("call-7") == ""
    post_dial.offer(DialRequest("tel", "+33140000000"))  # no extension: nothing to carry
    post_dial.claim_offer("call-8", "+33140000000")
    assert post_dial.pending("call-8") == ""


def test_command_line_and_links_carry_the_extension_to_the_call(qtbot) -> None:
    sent = Sent()
    post_dial = PostDial(sent, delay_ms=10)
    shown: list[DialRequest] = []
    actions = RemoteActions(
        accounts=lambda: [ACCOUNT],
        make_call=lambda uri, key: "call-9",
        answer=lambda call_id: None,
        hangup=lambda call_id: None,
        show_window=lambda: None,
        show_in_dial_pad=shown.append,
        reload_accounts=lambda: None,
        post_dial=post_dial,
    )
    reply = RemoteCommands(actions).handle(["call", "tel:+33140000000;ext=123"])
    assert reply.exit_code == 0 and "extension 123" in reply.output
    assert post_dial.pending("call-9") == "123"
    with qtbot.waitSignal(post_dial.digits_sent, timeout=1000):
        post_dial.on_call_changed(changed("call-9", CallState.ACTIVE))
    assert sent.dtmf == [("call-9", "123")]

    reply = RemoteCommands(actions).handle(["open-link", "tel:+33140000000;ext=7"])
    assert reply.output == "+33140000000 is ready in the dial pad (then extension 7)"
    post_dial.claim_offer("call-10", shown[-1].target)
    assert post_dial.pending("call-10") == "7"


def test_the_dial_pad_call_button_carries_a_presented_links_extension(qtbot) -> None:
    placed: list[tuple[str, str]] = []

    def make_call(uri: str, key: str) -> str:
        placed.append((uri, key))
        return f"call-{len(placed)}"

    dial_pad = DialPadModel(home_region="FR")
    dial_pad.set_account(ACCOUNT.key, ACCOUNT.domain)
    post_dial = PostDial(Sent())
    connect_dial_pad(dial_pad, make_call, post_dial)
    request = parse_link("tel:+33-1-40-00-00-00;ext=12")
    post_dial.offer(request)
    dial_pad.set_text(request.target)  # what the page does with a presented link
    assert dial_pad.dial()
    assert placed == [("sip:+33140000000@sip.example.fr", ACCOUNT.key)]
    assert post_dial.pending("call-1") == "12"
    assert dial_pad.redial()  # calling again later: the extension is not repeated
    assert post_dial.pending("call-2") == ""
