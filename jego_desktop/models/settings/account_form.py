"""What the "bind your number" wizard collects, checked field by field before anything is saved."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from jego_desktop.domain.accounts import AccountConfig, SrtpMode, Transport, split_host_port
from jego_desktop.domain.addresses import InvalidTargetError, normalise_number

translate = QCoreApplication.translate
MAX_FIELD_LENGTH = 128
_HOST_CHARACTERS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-.")


@dataclass(frozen=True)
class AccountForm:
    """The wizard's fields as typed (strings and choices); the password is kept apart."""

    number: str = ""
    server: str = ""
    transport: Transport = Transport.UDP
    username: str = ""
    display_name: str = ""
    srtp: SrtpMode = SrtpMode.OPTIONAL  # a new account's; an edited one keeps its own

    @classmethod
    def from_config(cls, config: AccountConfig) -> AccountForm:
        return cls(
            number=config.number,
            server=config.server,
            transport=config.transport,
            username=config.username,
            display_name=config.display_name,
            srtp=config.srtp,
        )


def number_error(text: str) -> str:
    """'' when `text` is an international number (or a plain SIP user name), else why not."""
    number = text.strip()
    if not number:
        return translate("AccountForm", "Type your mobile number.")
    if number.startswith("+") or number[:1].isdigit():
        if not number.startswith("+") and not number.startswith("00"):
            return translate(
                "AccountForm",
                "Type the number in international form, starting with + and the country code.",
            )
        try:
            normalise_number(number)
        except InvalidTargetError:
            return translate("AccountForm", "This is not a valid international number.")
        return ""
    if len(number) > MAX_FIELD_LENGTH or any(c.isspace() or c in '@:;<>"' for c in number):
        return translate("AccountForm", "This is neither a phone number nor a SIP user name.")
    return ""


def server_error(text: str) -> str:
    """'' for HOST, HOST:PORT or [IPv6]:PORT, else why not."""
    server = text.strip()
    if not server:
        return translate("AccountForm", "Type the server your operator gave you.")
    try:
        host, port = split_host_port(server)
    except ValueError:
        return translate("AccountForm", "The port must be a number from 1 to 65535.")
    if ":" in server and port is None and not server.startswith("["):
        return translate("AccountForm", "The port must be a number from 1 to 65535.")
    if port is not None and not 0 < port < 65536:
        return translate("AccountForm", "The port must be a number from 1 to 65535.")
    bare = host.strip("[]")
    if host.startswith("["):
        valid = bool(bare) and all(c in "0123456789abcdefABCDEF:." for c in bare)
    else:
        valid = bool(bare) and set(bare) <= _HOST_CHARACTERS and not bare.startswith(("-", "."))
    if not valid or len(server) > MAX_FIELD_LENGTH:
        return translate(
            "AccountForm", "Type a host name or address, optionally followed by :port."
        )
    return ""


def text_error(text: str) -> str:
    if len(text) > MAX_FIELD_LENGTH:
        return translate("AccountForm", "This is too long.")
    if any(ord(c) < 0x20 or ord(c) == 0x7F for c in text):
        return translate("AccountForm", "This contains control characters.")
    return ""


def form_errors(form: AccountForm, password: str, password_required: bool) -> dict[str, str]:
    """Field name -> what is wrong with it, for every field that is wrong."""
    errors = {
        "number": number_error(form.number),
        "server": server_error(form.server),
        "username": text_error(form.username) or _no_spaces(form.username),
        "display_name": text_error(form.display_name),
        "password": _password_error(password, password_required),
    }
    return {field: error for field, error in errors.items() if error}


def _no_spaces(text: str) -> str:
    return (
        translate("AccountForm", "The user name cannot contain spaces.")
        if any(c.isspace() for c in text)
        else ""
    )


def _password_error(password: str, required: bool) -> str:
    if not password:
        return translate("AccountForm", "Type your password.") if required else ""
    if len(password) > 256:
        return translate("AccountForm", "This is too long.")
    return ""


def to_config(form: AccountForm) -> AccountConfig:
    """The account for a form without errors (the number in E.164)."""
    number = form.number.strip()
    if number.startswith(("+", "00")):
        number = normalise_number(number)
    return AccountConfig(
        number=number,
        server=form.server.strip(),
        transport=form.transport,
        username=form.username.strip(),
        display_name=form.display_name.strip(),
        srtp=form.srtp,
    )
