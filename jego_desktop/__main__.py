"""Command line entry point: `jego-desktop` and `python -m jego_desktop`."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from jego_desktop import APP_ID, APP_NAME, __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description=f"{APP_NAME}: calls and chat for the mobile number bound to this app.",
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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    # Qt is imported only here, so --help and --version work without any display.
    from jego_desktop.app import Options, run

    return run(Options(profile_dir=args.profile, verbose=args.verbose))


if __name__ == "__main__":
    sys.exit(main())
