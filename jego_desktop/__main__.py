"""Entry point: `jego-desktop` and `python -m jego_desktop`.

A launch with a command hands it to the running instance of the profile; a plain
launch (or a link, when nothing runs yet) starts the app.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence

from jego_desktop.cli.command_line import build_parser, parse

__all__ = ["build_parser", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    invocation, namespace = parse(sys.argv[1:] if argv is None else argv)
    # Qt and the store are imported only now: --help and --version need neither.
    if invocation.command[:1] == ["account"]:
        from jego_desktop.cli.account_commands import run_account_command

        return run_account_command(invocation, namespace)
    if invocation.command:
        from jego_desktop.cli.remote_client import run_remote

        done = run_remote(invocation)
        if done is not None:
            return done
    from jego_desktop.platform.pyside_imports import keep_no_module_sources

    keep_no_module_sources()  # before the app's hundreds of modules are imported
    # No cycle collection while they load and the window is built (~90 collections, ~12 ms
    # of CPU before the first paint, for little garbage): run() turns it back on after.
    gc.disable()
    from jego_desktop.app import Options, run

    return run(
        Options(
            invocation.profile,
            invocation.verbose,
            tuple(invocation.command),
            start_hidden=invocation.start_hidden,
        )
    )


if __name__ == "__main__":
    sys.exit(main())
