"""The SIP password lives only in the system keyring, read at the moment it is needed."""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass

import keyring
import keyring.errors

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class KeyringStatus:
    usable: bool
    backend: str
    reason: str = ""


def keyring_status() -> KeyringStatus:
    """Whether a real keyring backend is available (not the 'fail' placeholder)."""
    try:
        backend = keyring.get_keyring()
    except Exception as error:  # a broken backend must not stop the app
        return KeyringStatus(False, "none", str(error))
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    priority = getattr(backend, "priority", 0)
    if "fail" in name or priority <= 0:
        return KeyringStatus(False, name, "no keyring backend is available on this system")
    return KeyringStatus(True, name)


class SecretStore:
    """Passwords for one profile, keyed by account identity; never logged, never cached."""

    def __init__(self, service: str) -> None:
        self._service = service

    def save_password(self, account_key: str, password: str) -> None:
        keyring.set_password(self._service, account_key, password)

    def password(self, account_key: str) -> str | None:
        try:
            return keyring.get_password(self._service, account_key)
        except keyring.errors.KeyringError as error:
            log.warning("cannot read the password of %s: %s", account_key, error)
            return None

    def delete_password(self, account_key: str) -> None:
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password(self._service, account_key)
