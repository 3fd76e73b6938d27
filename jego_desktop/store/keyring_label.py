"""The name a person sees on a Jego password in their keyring's manager.

keyring's `set_password` takes no label; its Secret Service backend (GNOME Keyring,
KWallet's and KeePassXC's Secret Service) names each item "Password for 'KEY' on
'SERVICE'", and the item's own Label property can be changed afterwards. Other backends
(macOS Keychain, Windows Credential Manager, KWallet's own) show the service and the
account key as they are.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from jego_desktop import APP_NAME
from jego_desktop.domain.accounts import split_host_port

log = logging.getLogger(__name__)


def entry_label(account_key: str) -> str:
    """ "Jego Desktop: +86 138 0013 8000 at sip.example.com" for "+8613800138000@…"."""
    number, _, server = account_key.rpartition("@")
    if not number:
        return f"{APP_NAME}: {account_key}"
    import phonenumbers  # ~16 ms: not at start

    with contextlib.suppress(phonenumbers.NumberParseException):
        parsed = phonenumbers.parse(number, None)
        if number.startswith("+") and phonenumbers.is_possible_number(parsed):
            number = phonenumbers.format_number(
                parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL
            )
    host = split_host_port(server)[0] or server
    return f"{APP_NAME}: {number} at {host}"


def label_entry(service: str, account_key: str) -> bool:
    """Give the entry just written a person's label where the backend can; True if done."""
    import keyring  # with the password just written: see store/secrets.py

    backend: Any = keyring.get_keyring()
    if type(backend).__module__ != "keyring.backends.SecretService":
        return False
    try:
        collection = backend.get_preferred_collection()
        with contextlib.closing(collection.connection):
            for item in collection.search_items(backend._query(service, account_key)):
                item.set_label(entry_label(account_key))
        return True
    except Exception as error:  # the label is a courtesy: the password is already kept
        log.info("the keyring entry of %s keeps its default label: %s", account_key, error)
        return False
