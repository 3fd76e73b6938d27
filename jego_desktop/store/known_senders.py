"""Whether the user knows a sender: a contact, or someone the user has written to.

Files from anyone else wait for a click (issue #13): a public number receives
MESSAGEs from the whole world, and an automatic download tells a stranger's server
that the number is alive and where it is.
"""

from __future__ import annotations

import re

from jego_desktop.domain.peers import normalise_peer_uri
from jego_desktop.store.accounts import AccountStore
from jego_desktop.store.database import Database

# National and international spellings of a number share their last digits (as in
# models.peer_names); six digits at least, or "12" would match half the address book.
MATCHED_DIGITS = 9
MIN_DIGITS = 6
_NOT_DIGITS = re.compile(r"[^0-9]")


class KnownSenders:
    """Answers `is_known(account_key, peer_uri)` from the contacts and the messages."""

    def __init__(self, database: Database) -> None:
        self._db = database
        self._accounts = AccountStore(database)
        # The contacts' addresses as stored, and normalised: normalising every contact
        # for each stranger's message cost ~4 ms with 2,000 contacts (engine thread).
        self._addresses: tuple[str, frozenset[str]] = ("", frozenset())

    def is_known(self, account_key: str, peer_uri: str) -> bool:
        """True for a contact or a peer the user has written to under this account.

        A number matches a contact's phone only when the sender is on the account's own
        domain: the operator vouches for its own users' numbers, not for another
        domain's "+86…" user part.
        """
        try:
            peer = normalise_peer_uri(peer_uri)
        except ValueError:
            return False
        return (
            self._wrote_to(account_key, peer)
            or self._contact_address(peer)
            or self._contact_number(account_key, peer)
        )

    def _wrote_to(self, account_key: str, peer: str) -> bool:
        with self._db.read() as connection:
            row = connection.execute(
                "SELECT 1 FROM conversations AS c WHERE c.account_key = ? AND c.peer_uri = ?"
                " AND EXISTS (SELECT 1 FROM messages AS m WHERE m.conversation_id = c.id"
                " AND m.direction = 'outgoing')",
                (account_key, peer),
            ).fetchone()
        return row is not None

    def _contact_address(self, peer: str) -> bool:
        with self._db.read() as connection:
            row = connection.execute(
                "SELECT group_concat(sip_uri, char(10)) FROM"
                " (SELECT sip_uri FROM contacts WHERE sip_uri != '' ORDER BY id)"
            ).fetchone()
            stored = str(row[0] or "")
            kept, normalised = self._addresses
            if stored != kept:  # the contacts' addresses changed: normalise them again
                normalised = frozenset(
                    _normalised(str(found[0]))
                    for found in connection.execute(
                        "SELECT sip_uri FROM contacts WHERE sip_uri != ''"
                    )
                ) - {""}
                self._addresses = (stored, normalised)
        return peer in normalised

    def _contact_number(self, account_key: str, peer: str) -> bool:
        account = self._accounts.get(account_key)
        user, at, host = peer.partition(":")[2].rpartition("@")
        if account is None or not at or host != account.domain.lower():
            return False
        digits = _NOT_DIGITS.sub("", user.split(";", 1)[0])
        if len(digits) < MIN_DIGITS:
            return False
        with self._db.read() as connection:
            row = connection.execute(
                "SELECT 1 FROM contact_phones WHERE length(digits) >= ?"
                " AND substr(replace(digits, '+', ''), -?) = ?",
                (MIN_DIGITS, MATCHED_DIGITS, digits[-MATCHED_DIGITS:]),
            ).fetchone()
        return row is not None


def _normalised(address: str) -> str:
    try:
        return normalise_peer_uri(address)
    except ValueError:
        return ""
