"""The TURN server's password: in the keyring only, like the SIP passwords."""

from __future__ import annotations

import logging

from jego_desktop.store.secrets import SecretStore

log = logging.getLogger(__name__)

# The keyring entry's name beside the accounts' (which are "number@domain", never this).
TURN_PASSWORD_KEY = "network:turn"


class TurnPassword:
    """Reads and writes one keyring entry; never caches or logs the password."""

    def __init__(self, secrets: SecretStore) -> None:
        self._secrets = secrets

    def read(self) -> str:
        return self._secrets.password(TURN_PASSWORD_KEY) or ""

    def is_set(self) -> bool:
        return bool(self.read())

    def save(self, password: str) -> bool:
        """Store `password` ("" removes it); False when the keyring refused."""
        try:
            if password:
                self._secrets.save_password(TURN_PASSWORD_KEY, password)
            else:
                self._secrets.delete_password(TURN_PASSWORD_KEY)
        except Exception as error:  # any keyring backend failure
            log.warning("cannot store the TURN password: %s", type(error).__name__)
            return False
        return True
