"""Who the app may send something by itself: peers the user wrote to or called.

Delivery and read receipts and typing notices leave without the user doing anything,
and through the account they answer any digest challenge (pjsua matches credentials
by realm only, and a challenge relayed by the operator's proxy in the registrar's own
realm looks like the proxy's). A stranger who asks for a receipt would collect a digest
of the SIP password without a click (issue #13). So nothing automatic goes to a peer
until the user has written to or called them: in this session, or in the stored
history the message sink looks up.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable

from jego_desktop.domain.peers import normalise_peer_uri

log = logging.getLogger(__name__)

# (account key, normalised peer URI) -> True when the stored history says the user
# wrote to or called them.
HistoryLookup = Callable[[str, str], bool]


class ContactedPeers:
    """Engine thread only. Positive answers are kept: a peer once contacted stays so."""

    def __init__(self, history: HistoryLookup) -> None:
        self._history = history
        self._known: set[tuple[str, str]] = set()

    def remember(self, account_key: str, peer_uri: str) -> None:
        """The user writes to or calls this peer now."""
        with contextlib.suppress(ValueError):  # an address nothing can be sent to anyway
            self._known.add((account_key, normalise_peer_uri(peer_uri)))

    def may_notify(self, account_key: str, peer_uri: str) -> bool:
        try:
            key = (account_key, normalise_peer_uri(peer_uri))
        except ValueError:
            return False
        if key in self._known:
            return True
        try:
            known = self._history(*key)
        except Exception as error:  # a store failure must not open the door
            log.warning("could not tell whether %s was contacted: %s", key[1], error)
            return False
        if known:
            self._known.add(key)
        return known

    def forget_account(self, account_key: str) -> None:
        self._known = {key for key in self._known if key[0] != account_key}
