"""`jego-desktop account add|list|remove`: the bound numbers, without starting the app.

Works whether or not the app runs (SQLite allows it); a running instance is told to
pick the change up.
"""

from __future__ import annotations

import argparse
import sys

from jego_desktop.cli.command_line import Invocation
from jego_desktop.domain.accounts import AccountConfig, SrtpMode, Transport, split_host_port
from jego_desktop.domain.addresses import InvalidTargetError, normalise_number
from jego_desktop.store.accounts import AccountStore
from jego_desktop.store.database import Database
from jego_desktop.store.errors import StoreError
from jego_desktop.store.profile import Profile
from jego_desktop.store.secrets import SecretStore, keyring_status


class CommandError(Exception):
    """Printed on stderr; the command exits with 1."""


def run_account_command(invocation: Invocation, args: argparse.Namespace) -> int:
    profile = Profile.open(invocation.profile)
    try:
        database = Database.open(profile.database_path)
    except StoreError as error:
        print(f"jego-desktop: cannot open the database: {error}", file=sys.stderr)
        return 1
    try:
        accounts = AccountStore(database)
        secrets = SecretStore(profile.keyring_service, profile.legacy_keyring_services)
        action = args.account_command
        if action == "add":
            key = add_account(accounts, secrets, args, sys.stdin.readline())
            print(f"added {key}")
        elif action == "remove":
            remove_account(accounts, secrets, args.key)
            print(f"removed {args.key}")
        else:
            for account in accounts.all():
                print(
                    f"{account.key}\t{account.number}\t{account.server}\t{account.transport.value}"
                )
    except (CommandError, StoreError) as error:
        print(f"jego-desktop: {error}", file=sys.stderr)
        return 1
    finally:
        database.close()
    if action != "list":
        notify_running_instance(profile)
    return 0


def add_account(
    accounts: AccountStore, secrets: SecretStore, args: argparse.Namespace, password_line: str
) -> str:
    password = password_line.rstrip("\r\n")
    if not password:
        raise CommandError("no password on standard input")
    number = args.number.strip()
    if number.startswith("+") or number.isdigit():
        try:
            number = normalise_number(number)
        except InvalidTargetError as error:
            raise CommandError(str(error)) from None
    host, port = split_host_port(args.server)
    if not host or (port is not None and not 0 < port < 65536):
        raise CommandError(f"“{args.server}” is not HOST or HOST:PORT")
    config = AccountConfig(
        number=number,
        server=args.server.strip(),
        transport=Transport(args.transport),
        username=args.username,
        display_name=args.display_name,
        srtp=SrtpMode.OPTIONAL,  # new accounts offer encrypted calls
    )
    if accounts.get(config.key) is not None:
        raise CommandError(f"{config.key} is already bound")
    status = keyring_status()
    if not status.usable:
        raise CommandError(f"the password cannot be kept: {status.reason}")
    secrets.save_password(config.key, password)  # first: no account without its password
    accounts.add(config)
    return config.key


def remove_account(accounts: AccountStore, secrets: SecretStore, key: str) -> None:
    if not accounts.delete(key):
        raise CommandError(f"no bound number {key}")
    secrets.delete_password(key)


def notify_running_instance(profile: Profile) -> None:
    from PySide6.QtCore import QCoreApplication

    from jego_desktop.platform.single_instance import forward, server_name

    _app = QCoreApplication.instance() or QCoreApplication([])
    forward(server_name(profile.root), ["accounts-changed"])
