"""The SIP password lives in the system keyring, read at the moment it is needed.

Without a usable keyring, a password is held in this process's memory for the session
only (never written anywhere) and asked again at the next start.

keyring itself (and the ~70 modules it imports: importlib_metadata, urllib.request, email)
is imported at the first password read or written or the first check, after the window's
first paint when no account is bound yet (issue #15).
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass

from jego_desktop.domain.reasons import reason
from jego_desktop.store.keyring_label import label_entry

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class KeyringStatus:
    usable: bool
    backend: str
    reason: str = ""


def keyring_status() -> KeyringStatus:
    """Whether a real keyring backend is available (not the 'fail' placeholder)."""
    import keyring

    try:
        backend = keyring.get_keyring()
    except Exception as error:  # a broken backend must not stop the app
        return KeyringStatus(False, "none", str(error))
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    priority = getattr(backend, "priority", 0)
    if "fail" in name or priority <= 0:
        return KeyringStatus(False, name, reason("no keyring backend is available on this system"))
    return KeyringStatus(True, name)


class SecretStore:
    """Passwords for one profile, keyed by account identity; never logged.

    Read from the keyring each time; held in memory only for the accounts whose
    password the keyring could not take (`keep_for_session`). The engine thread reads
    through `password` while the GUI thread writes: single dict operations, atomic in
    CPython.

    An entry still under one of `legacy_services` (older versions' names) is moved to
    `service` when first read: written under the new name, then deleted under the old.
    """

    def __init__(self, service: str, legacy_services: tuple[str, ...] = ()) -> None:
        self._service = service
        self._legacy = tuple(name for name in legacy_services if name != service)
        self._session: dict[str, str] = {}

    def save_password(self, account_key: str, password: str) -> None:
        import keyring.errors

        keyring.set_password(self._service, account_key, password)
        label_entry(self._service, account_key)
        self._session.pop(account_key, None)
        for old in self._legacy:  # a stale old entry would otherwise come back
            with contextlib.suppress(keyring.errors.KeyringError):
                keyring.delete_password(old, account_key)

    def keep_for_session(self, account_key: str, password: str) -> None:
        """Hold `password` in memory until the app quits (the keyring cannot take it)."""
        self._session[account_key] = password

    def held_for_session(self, account_key: str) -> bool:
        return account_key in self._session

    def password(self, account_key: str) -> str | None:
        held = self._session.get(account_key)
        if held is not None:
            return held
        import keyring.errors

        try:
            found = keyring.get_password(self._service, account_key)
            return found if found is not None else self._move_legacy(account_key)
        except keyring.errors.KeyringError as error:
            log.warning("cannot read the password of %s: %s", account_key, error)
            return None

    def delete_password(self, account_key: str) -> None:
        import keyring.errors

        self._session.pop(account_key, None)
        for service in (self._service, *self._legacy):
            with contextlib.suppress(keyring.errors.KeyringError):
                keyring.delete_password(service, account_key)

    def _move_legacy(self, account_key: str) -> str | None:
        import keyring.errors

        for old in self._legacy:
            found = keyring.get_password(old, account_key)
            if found is None:
                continue
            keyring.set_password(self._service, account_key, found)
            label_entry(self._service, account_key)
            if keyring.get_password(self._service, account_key) == found:
                keyring.delete_password(old, account_key)
                log.info("moved the password of %s to its profile's keyring entry", account_key)
            return found
        return None
