"""How many messages strangers may have stored: per peer, and all strangers together.

The number is public, and pjsua answers 200 OK to an incoming MESSAGE before the app
sees it (FACTS.md), so nothing can be refused at the SIP level: a stranger could fill
the database at line rate. Beyond the limits below, a message from a peer who is not
known (not a contact, never written to, never called, in no group with the user) is
not stored and not announced. Counting is cheap; whether a peer is known is asked only
when a limit is reached (a store look-up), and the answer is kept for a minute.
"""

from __future__ import annotations

import collections
import time
from collections.abc import Callable
from dataclasses import dataclass

WINDOW_S = 60.0
PER_PEER_MESSAGES = 30  # a minute, from one unknown peer
ALL_STRANGERS_MESSAGES = 200  # a minute, from every unknown peer together
ALL_STRANGERS_BYTES = 2 * 1024 * 1024  # a minute: a flood grows the store 2 MB a minute at most
MAX_TRACKED_PEERS = 4096  # forgetting a peer only lets it start again under the totals

PeerKey = tuple[str, str]  # (account key, normalised peer URI)


@dataclass(frozen=True)
class RateReport:
    """What was refused since the last report: for a log line once a minute."""

    refused: int
    peers: int  # at most MAX_TRACKED_PEERS
    first_peer: str


class IncomingRate:
    """Not thread-safe: the engine thread alone calls `admit`."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._peers: collections.OrderedDict[PeerKey, collections.deque[float]] = (
            collections.OrderedDict()
        )
        self._all: collections.deque[tuple[float, int]] = collections.deque()
        self._all_bytes = 0
        self._known: collections.OrderedDict[PeerKey, tuple[bool, float]] = (
            collections.OrderedDict()
        )
        self._refused = 0
        self._refused_peers: set[PeerKey] = set()
        self._first_refused = ""
        self._reported_at: float | None = None

    def admit(self, key: PeerKey, size: int, is_known: Callable[[], bool]) -> bool:
        """True when the message may be stored. `is_known` is called only at a limit."""
        now = self._clock()
        self._expire(now)
        # A count past a limit changes nothing, so only the limits' worth of the newest
        # arrivals is kept: a known peer's flood would otherwise keep a minute of them
        # (9,000 at 150 a second) alive until the next message, however long after.
        times = self._peers.pop(key, None) or collections.deque(maxlen=PER_PEER_MESSAGES)
        while times and times[0] <= now - WINDOW_S:
            times.popleft()
        self._peers[key] = times  # the most recent peers last
        while len(self._peers) > MAX_TRACKED_PEERS:
            self._peers.popitem(last=False)
        within = (
            len(times) < PER_PEER_MESSAGES
            and len(self._all) < ALL_STRANGERS_MESSAGES
            and self._all_bytes + size <= ALL_STRANGERS_BYTES
        )
        if not within and not self._is_known(key, now, is_known):
            self._refused += 1
            if len(self._refused_peers) < MAX_TRACKED_PEERS:  # spoofed Froms are endless
                self._refused_peers.add(key)
            self._first_refused = self._first_refused or key[1]
            return False
        times.append(now)
        if len(self._all) == ALL_STRANGERS_MESSAGES:
            self._all_bytes -= self._all.popleft()[1]
        self._all.append((now, size))
        self._all_bytes += size
        return True

    def report(self) -> RateReport | None:
        """The refusals to log: the first one at once, then at most one report a minute."""
        now = self._clock()
        if not self._refused or (
            self._reported_at is not None and now - self._reported_at < WINDOW_S
        ):
            return None
        found = RateReport(self._refused, len(self._refused_peers), self._first_refused)
        self._refused, self._refused_peers, self._first_refused = 0, set(), ""
        self._reported_at = now
        return found

    def _expire(self, now: float) -> None:
        while self._all and self._all[0][0] <= now - WINDOW_S:
            self._all_bytes -= self._all.popleft()[1]

    def _is_known(self, key: PeerKey, now: float, is_known: Callable[[], bool]) -> bool:
        cached = self._known.get(key)
        if cached is not None and now - cached[1] < WINDOW_S:
            return cached[0]
        answer = is_known()
        self._known.pop(key, None)
        self._known[key] = (answer, now)
        while len(self._known) > MAX_TRACKED_PEERS:
            self._known.popitem(last=False)
        return answer
