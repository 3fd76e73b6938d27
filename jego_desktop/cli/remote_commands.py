"""Runs the command lines that later launches hand to the running instance."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot

from jego_desktop.cli.status_report import account_entry, status_object, status_reply
from jego_desktop.domain.accounts import DIRECT_ACCOUNT_KEY, AccountConfig, RegistrationState
from jego_desktop.domain.addresses import InvalidTargetError, dialling_region, to_sip_uri
from jego_desktop.domain.calls import CallState
from jego_desktop.domain.commands import Reply
from jego_desktop.domain.links import DialRequest, InvalidLinkError, parse_link
from jego_desktop.domain.my_status import MyStatus

if TYPE_CHECKING:
    from jego_desktop.domain.engine_events import CallChanged, RegistrationChanged
    from jego_desktop.models.calls.post_dial import PostDial


@dataclass
class RemoteActions:
    """What the rest of the app lends the command runner."""

    accounts: Callable[[], list[AccountConfig]]
    make_call: Callable[[str, str], str]  # (sip uri, account key) -> call id
    answer: Callable[[str], None]
    hangup: Callable[[str], None]
    show_window: Callable[[], None]
    show_in_dial_pad: Callable[[DialRequest], None]
    reload_accounts: Callable[[], None]
    send_message: Callable[[str, str, str], None] | None = None  # (account key, uri, text)
    unread_count: Callable[[], int] = lambda: 0
    my_status: Callable[[], MyStatus] = lambda: MyStatus.ONLINE
    home_region: str = ""
    call_links_at_once: bool = False
    post_dial: PostDial | None = None  # keys in a link's ;ext= once its call is answered


class RemoteCommands(QObject):
    """Connect `on_call_changed` and `on_registration_changed` to the engine's signals."""

    def __init__(self, actions: RemoteActions, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actions = actions
        self._calls: dict[str, CallChanged] = {}
        self._registrations: dict[str, RegistrationChanged] = {}

    @Slot(object)
    def on_call_changed(self, event: CallChanged) -> None:
        if event.state is CallState.ENDED:
            self._calls.pop(event.call_id, None)
        else:
            self._calls[event.call_id] = event

    @Slot(object)
    def on_registration_changed(self, event: RegistrationChanged) -> None:
        self._registrations[event.account_key] = event

    def handle(self, argv: list[str]) -> Reply:
        name, args = (argv[0], argv[1:]) if argv else ("show", [])
        try:
            if name == "show":
                self._actions.show_window()
                return Reply(0)
            if name == "open-link" and len(args) == 1:
                return self._open_link(args[0])
            if name == "call" and len(args) == 1:
                return self._call(args[0])
            if name == "answer" and not args:
                return self._answer()
            if name == "hangup" and not args:
                return self._hangup()
            if name == "message" and len(args) == 2:
                return self._message(args[0], args[1])
            if name == "status":
                return self.status(as_json=args == ["--json"])
            if name == "accounts-changed" and not args:
                self._actions.reload_accounts()
                return Reply(0)
        except (InvalidLinkError, InvalidTargetError) as error:
            return Reply(2, error=str(error))
        return Reply(2, error=f"unknown command: {' '.join(argv)[:80]}")

    # ----- commands -------------------------------------------------------------------

    def _open_link(self, link: str) -> Reply:
        request = parse_link(link, self._region(self._calling_account()))
        if self._actions.call_links_at_once:
            return self._dial(request)
        self._actions.show_window()
        if self._actions.post_dial is not None:
            self._actions.post_dial.offer(request)
        self._actions.show_in_dial_pad(request)
        then = f" (then extension {request.extension})" if request.extension else ""
        return Reply(0, output=f"{request.target} is ready in the dial pad{then}")

    def _call(self, target: str) -> Reply:
        if target.lower().startswith(("tel:", "sip:", "sips:", "callto:")):
            return self._dial(parse_link(target, self._region(self._calling_account())))
        account = self._calling_account()
        domain = account.domain if account else None
        uri = to_sip_uri(target, domain, self._region(account))
        return self._start_call(uri, account)[0]

    def _dial(self, request: DialRequest) -> Reply:
        account = self._calling_account()
        uri = request.sip_uri(account.domain if account else None, self._region(account))
        reply, call_id = self._start_call(uri, account)
        if request.extension and self._actions.post_dial is not None:
            self._actions.post_dial.expect(call_id, request.extension)
            return Reply(0, output=f"{reply.output}, then extension {request.extension}")
        return reply

    def _start_call(self, uri: str, account: AccountConfig | None) -> tuple[Reply, str]:
        # SIP addresses in other domains go direct when no account is bound.
        key = account.key if account else DIRECT_ACCOUNT_KEY
        call_id = self._actions.make_call(uri, key)
        return Reply(0, output=f"calling {uri} ({call_id})"), call_id

    def _calling_account(self) -> AccountConfig | None:
        accounts = self._actions.accounts()
        for account in accounts:
            event = self._registrations.get(account.key)
            if event is not None and event.state is RegistrationState.REGISTERED:
                return account
        return accounts[0] if accounts else None

    def _region(self, account: AccountConfig | None) -> str:
        """The chosen home country, else the calling account's number's."""
        return dialling_region(self._actions.home_region, account.number if account else "")

    def _answer(self) -> Reply:
        for call in self._calls.values():
            if call.state is CallState.RINGING_IN:
                self._actions.answer(call.call_id)
                return Reply(0, output=f"answering {call.peer}")
        return Reply(1, error="no call is ringing")

    def _hangup(self) -> Reply:
        if not self._calls:
            return Reply(1, error="there is no call")
        call = list(self._calls.values())[-1]
        self._actions.hangup(call.call_id)
        return Reply(0, output=f"hanging up {call.peer}")

    def _message(self, target: str, text: str) -> Reply:
        if self._actions.send_message is None:
            return Reply(1, error="chat is not available in this version")
        account = self._calling_account()
        if account is None:
            return Reply(1, error="chat needs a bound number")
        uri = to_sip_uri(target, account.domain, self._region(account))
        self._actions.send_message(account.key, uri, text)
        return Reply(0, output=f"message to {uri} queued")

    def status(self, as_json: bool) -> Reply:
        return status_reply(self.status_object(), as_json)

    def status_object(self) -> dict[str, Any]:
        accounts = []
        for account in self._actions.accounts():
            event = self._registrations.get(account.key)
            registered = event is not None and event.state is RegistrationState.REGISTERED
            reason = event.reason if event else "not registered yet"
            accounts.append(account_entry(account, registered, reason))
        calls = [
            {
                "id": c.call_id,
                "peer": c.peer,
                "direction": c.direction.value,
                "state": c.state.value,
            }
            for c in self._calls.values()
        ]
        return status_object(
            accounts,
            calls,
            self._actions.unread_count(),
            running=True,
            my_status=self._actions.my_status(),
        )
