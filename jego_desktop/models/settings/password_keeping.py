"""Where a typed password goes: the keyring when it takes it, else memory for this session."""

from __future__ import annotations

import logging

from jego_desktop.store.secrets import SecretStore, keyring_status

log = logging.getLogger(__name__)


def keep_password(secrets: SecretStore, key: str, password: str) -> bool:
    """Keep `password` for `key`: True when the keyring has it, False when only this session
    holds it (no usable keyring, or the keyring refused it; the reason is logged)."""
    status = keyring_status()
    if status.usable:
        try:
            secrets.save_password(key, password)
            return True
        except Exception as error:  # any keyring backend failure
            log.warning(
                "the keyring (%s) refused the password of %s: %s; held in memory for this"
                " session only",
                status.backend,
                key,
                error,
            )
    else:
        log.warning(
            "no usable keyring (%s: %s): the password of %s is held in memory for this"
            " session only",
            status.backend,
            status.reason,
            key,
        )
    secrets.keep_for_session(key, password)
    return False


def keyring_keeps_passwords() -> bool:
    return keyring_status().usable
