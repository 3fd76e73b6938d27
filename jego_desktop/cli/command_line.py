"""The command line: what a launch asks for, parsed without Qt.

    jego-desktop [--profile DIR] [-v]                 start (or show) the app
    jego-desktop tel:…|sip:…|sips:…|callto:…          dial a link
    jego-desktop call TARGET | answer | hangup
    jego-desktop message TARGET TEXT
    jego-desktop status [--json]
    jego-desktop account add --number N --server HOST[:PORT] --transport udp|tcp|tls
                             [--username U] [--display-name D] --password-stdin
    jego-desktop account list | account remove KEY

Everything but `account` is handed to the running instance of the profile, over a
socket only this user can reach ($XDG_RUNTIME_DIR, else the profile folder); a program
of another user listening there gets nothing, and the command fails saying so.
`status` always answers: with no running instance it reads the profile's database
and settings.ini ("running": false, every account unregistered, no calls).
`status --json` prints one object (a stable interface): {"running": bool,
"my_status": "online"|"away"|"busy"|"invisible", "accounts": [{"number", "server",
"transport", "registered": bool, "reason" (only when not registered)}], "calls":
[{"id", "peer", "direction", "state"}], "unread": int}.

Exit codes: 0 done; 1 the command failed (nothing to answer or hang up, the app is
not running for answer/hangup/message, the database cannot be read); 2 a bad
command line, target or link (nothing is dialled).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from jego_desktop import APP_ID, APP_NAME, __version__

LINK_SCHEMES = ("tel:", "sip:", "sips:", "callto:")
FORWARDED = ("call", "answer", "hangup", "message", "status")


@dataclass(frozen=True)
class Invocation:
    profile: Path | None
    verbose: bool
    command: list[str] = field(default_factory=list)  # [] starts the app
    start_hidden: bool = False  # start without showing the window (start at login)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description=f"{APP_NAME}: calls and chat for the mobile number bound to this app.",
        epilog=__doc__.split("\n\n", 1)[1] if __doc__ else None,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--profile",
        metavar="DIR",
        type=Path,
        help="keep all data of this profile (database, settings, logs) in DIR "
        "(default: the per-user data folder)",
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log in detail to stderr")
    parser.add_argument(
        "--start-hidden",
        action="store_true",
        help="start without showing the window (used when starting at login)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    call = commands.add_parser("call", help="call a number, SIP address or link")
    call.add_argument("target")
    commands.add_parser("answer", help="answer the ringing call")
    commands.add_parser("hangup", help="hang up the current call")
    message = commands.add_parser("message", help="send a chat message")
    message.add_argument("target")
    message.add_argument("text")
    status = commands.add_parser("status", help="my status, accounts, calls, unread messages")
    status.add_argument("--json", action="store_true", help="as a JSON object (stable)")
    account = commands.add_parser("account", help="manage the bound numbers")
    account_commands = account.add_subparsers(dest="account_command", required=True)
    add = account_commands.add_parser("add", help="bind a number")
    add.add_argument("--number", required=True)
    add.add_argument("--server", required=True, metavar="HOST[:PORT]")
    add.add_argument("--transport", choices=("udp", "tcp", "tls"), default="udp")
    add.add_argument("--username", default="")
    add.add_argument("--display-name", default="")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        required=True,
        help="read the SIP password from standard input (it goes to the keyring only)",
    )
    account_commands.add_parser("list", help="list the bound numbers")
    remove = account_commands.add_parser("remove", help="unbind a number")
    remove.add_argument("key", help="as shown by `account list`")
    return parser


def parse(argv: Sequence[str]) -> tuple[Invocation, argparse.Namespace]:
    """A link as the last argument with no command is opened in the dial pad (or called at
    once, as the user chose); browsers and mail programs pass links that way (`%u`)."""
    args = list(argv)
    link = args[-1] if args and args[-1].lower().startswith(LINK_SCHEMES) else ""
    if link and not any(a in (*FORWARDED, "account") for a in args[:-1]):
        namespace = build_parser().parse_args(args[:-1])
        return Invocation(namespace.profile, namespace.verbose, ["open-link", link]), namespace
    namespace = build_parser().parse_args(args)
    command: list[str] = []
    if namespace.command == "call":
        command = ["call", namespace.target]
    elif namespace.command == "message":
        command = ["message", namespace.target, namespace.text]
    elif namespace.command == "status":
        command = ["status", "--json"] if namespace.json else ["status"]
    elif namespace.command in ("answer", "hangup"):
        command = [namespace.command]
    elif namespace.command == "account":
        command = ["account", namespace.account_command]
    invocation = Invocation(namespace.profile, namespace.verbose, command, namespace.start_hidden)
    return invocation, namespace
