"""A launch with a command: hand it to the running instance without loading the app.

Importing the app (Qt widgets, the engine, pjsua2) costs about 1.6 s; a script calling
`status --json` in a loop should not pay that. Only when no instance runs and the
command needs one (a link, `call`) does the caller go on to start the app.
"""

from __future__ import annotations

import sys

from jego_desktop.cli.command_line import Invocation
from jego_desktop.cli.status_report import stored_status_reply
from jego_desktop.domain.commands import Reply
from jego_desktop.platform.single_instance import forward, server_name
from jego_desktop.store.profile import Profile

NEEDS_RUNNING_APP = ("answer", "hangup", "message")


def run_remote(invocation: Invocation) -> int | None:
    """The exit code once the command is done, or None when the app must start for it."""
    profile = Profile.locate(invocation.profile)  # a query writes nothing
    reply = forward(server_name(profile.root), invocation.command)
    if reply is None:
        reply = reply_without_app(profile, invocation.command)
    return None if reply is None else print_reply(reply)


def reply_without_app(profile: Profile, command: list[str]) -> Reply | None:
    """The answer when no instance runs for the profile; None when one must start."""
    name = command[0] if command else ""
    if name == "status":
        return stored_status_reply(
            profile.database_path, profile.settings_to_read(), "--json" in command
        )
    if name in NEEDS_RUNNING_APP:
        return Reply(1, error="Jego Desktop is not running for this profile")
    return None


def print_reply(reply: Reply) -> int:
    if reply.output:
        print(reply.output)
    if reply.error:
        print(f"jego-desktop: {reply.error}", file=sys.stderr)
    return reply.exit_code
