"""Commands handed over by later launches: call, answer, hang up, status."""

from __future__ import annotations

import json

from jego_desktop.cli.remote_commands import RemoteActions, RemoteCommands
from jego_desktop.domain.accounts import AccountConfig, RegistrationState, Transport
from jego_desktop.domain.calls import CallDirection, CallState
from jego_desktop.domain.engine_events import CallChanged, RegistrationChanged
from jego_desktop.domain.links import DialRequest
from jego_desktop.domain.my_status import MyStatus

ACCOUNT = AccountConfig("+33612345678", "sip.example.fr:5060", Transport.TLS)


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []
        self.answered: list[str] = []
        self.hung_up: list[str] = []
        self.dial_pad: list[DialRequest] = []
        self.shown = 0
        self.reloaded = 0

    def actions(self, **overrides: object) -> RemoteActions:
        def make_call(uri: str, key: str) -> str:
            self.calls.append((uri, key))
            return "call-7"

        actions = RemoteActions(
            accounts=lambda: [ACCOUNT],
            make_call=make_call,
            answer=self.answered.append,
            hangup=self.hung_up.append,
            show_window=lambda: setattr(self, "shown", self.shown + 1),
            show_in_dial_pad=self.dial_pad.append,
            reload_accounts=lambda: setattr(self, "reloaded", self.reloaded + 1),
            unread_count=lambda: 3,
            home_region="FR",
        )
        for name, value in overrides.items():
            setattr(actions, name, value)
        return actions


def call_event(state: CallState) -> CallChanged:
    return CallChanged("call-1", "x", ACCOUNT.key, CallDirection.INCOMING, "sip:bob@h", "", state)


def test_call_normalises_the_number_for_the_account(qapp) -> None:
    recorder = Recorder()
    commands = RemoteCommands(recorder.actions())
    reply = commands.handle(["call", "06 12 34 56 79"])
    assert reply.exit_code == 0
    assert recorder.calls == [("sip:+33612345679@sip.example.fr", ACCOUNT.key)]


def test_a_bare_name_is_called_at_the_account_domain(qapp) -> None:
    recorder = Recorder()
    reply = RemoteCommands(recorder.actions()).handle(["call", "bob"])
    assert reply.exit_code == 0, reply.error
    assert recorder.calls == [("sip:bob@sip.example.fr", ACCOUNT.key)]
    refused = RemoteCommands(recorder.actions()).handle(["call", "bob smith"])
    assert refused.exit_code == 2 and "name@server" in refused.error


def test_a_national_number_takes_the_bound_numbers_country_unless_one_was_chosen(qapp) -> None:
    """Issue #14 section 4: a China Mobile number used from France dials China."""
    china = AccountConfig("+8613800138000", "sip.example.cn")
    recorder = Recorder()
    chosen_none = recorder.actions(accounts=lambda: [china], home_region="")
    assert RemoteCommands(chosen_none).handle(["call", "138 0013 8001"]).exit_code == 0
    assert recorder.calls[-1] == ("sip:+8613800138001@sip.example.cn", china.key)
    chosen_france = recorder.actions(accounts=lambda: [china], home_region="FR")
    assert RemoteCommands(chosen_france).handle(["call", "06 12 34 56 79"]).exit_code == 0
    assert recorder.calls[-1] == ("sip:+33612345679@sip.example.cn", china.key)


def test_a_clicked_link_waits_in_the_dial_pad_unless_the_user_chose_otherwise(qapp) -> None:
    recorder = Recorder()
    commands = RemoteCommands(recorder.actions())
    assert commands.handle(["open-link", "tel:+86-138-0013-8000"]).exit_code == 0
    assert recorder.dial_pad == [DialRequest("tel", "+8613800138000")] and not recorder.calls
    eager = RemoteCommands(recorder.actions(call_links_at_once=True))
    assert eager.handle(["open-link", "tel:+86-138-0013-8000"]).exit_code == 0
    assert recorder.calls == [("sip:+8613800138000@sip.example.fr", ACCOUNT.key)]


def test_broken_links_are_refused_and_nothing_is_dialled(qapp) -> None:
    recorder = Recorder()
    reply = RemoteCommands(recorder.actions()).handle(["call", "tel:+33%ZZ"])
    assert reply.exit_code == 2 and "escape" in reply.error
    assert recorder.calls == []


def test_answer_and_hangup_act_on_the_right_call(qapp) -> None:
    recorder = Recorder()
    commands = RemoteCommands(recorder.actions())
    assert commands.handle(["answer"]).exit_code == 1
    commands.on_call_changed(call_event(CallState.RINGING_IN))
    assert commands.handle(["answer"]).exit_code == 0 and recorder.answered == ["call-1"]
    commands.on_call_changed(call_event(CallState.ACTIVE))
    assert commands.handle(["hangup"]).exit_code == 0 and recorder.hung_up == ["call-1"]
    commands.on_call_changed(call_event(CallState.ENDED))
    assert commands.handle(["hangup"]).exit_code == 1


def test_status_json_is_the_documented_shape(qapp) -> None:
    commands = RemoteCommands(Recorder().actions())
    commands.on_call_changed(call_event(CallState.ACTIVE))
    status = json.loads(commands.handle(["status", "--json"]).output)
    assert status == {
        "running": True,
        "my_status": "online",
        "accounts": [
            {
                "number": "+33612345678",
                "server": "sip.example.fr:5060",
                "transport": "tls",
                "registered": False,
                "reason": "not registered yet",
            }
        ],
        "calls": [
            {"id": "call-1", "peer": "sip:bob@h", "direction": "incoming", "state": "active"}
        ],
        "unread": 3,
    }
    commands.on_registration_changed(
        RegistrationChanged(ACCOUNT.key, RegistrationState.REGISTERED, 200, "registered", 300)
    )
    status = json.loads(commands.handle(["status", "--json"]).output)
    assert status["accounts"][0]["registered"] is True and "reason" not in status["accounts"][0]


def test_status_tells_my_status_as_the_app_has_it_now(qapp) -> None:
    chosen = [MyStatus.AWAY]
    commands = RemoteCommands(Recorder().actions(my_status=lambda: chosen[0]))
    assert json.loads(commands.handle(["status", "--json"]).output)["my_status"] == "away"
    chosen[0] = MyStatus.BUSY
    assert json.loads(commands.handle(["status", "--json"]).output)["my_status"] == "busy"
    lines = commands.handle(["status"]).output.splitlines()
    assert lines[0] == "my status: busy (do not disturb)"


def test_unknown_commands_and_missing_chat_are_errors(qapp) -> None:
    commands = RemoteCommands(Recorder().actions())
    assert commands.handle(["format-disk"]).exit_code == 2
    assert "not available" in commands.handle(["message", "bob@h", "hi"]).error
