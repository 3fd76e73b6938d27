"""Following the computer to a new address (engine thread only).

pjsua's handleIpChange restarts the SIP transports and registers every account again;
once an account's registration succeeds, pjsua re-INVITEs its calls from the new address
(new Contact and Via, new media transports: new ICE candidates). A new address can come
before its route, though (a DHCP client or network manager adds the address, then the
default route): that registration fails ("Network is unreachable"), pjsua ends the change
without re-INVITing anything, and when the route comes no address changes again, so
nothing would tell the engine. Measured in the NAT lab: the call stayed silent for good.

So an account whose registration failed since the change registers again every RETRY_S
(FAST_RETRIES times, then the usual back-off), and once it is registered its calls are
re-INVITEd here, as pjsua would have.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

Later = Callable[[float, Callable[[], None]], None]

RETRY_S = 1.0
FAST_RETRIES = 30  # a route that has not come within ~30 s: the usual back-off takes over


class AddressChange:
    """`restart()`: pjsua's handleIpChange (False when it failed); `register(key)`: send
    the account's REGISTER; `reinvite(key)`: re-INVITE its calls from the new address."""

    def __init__(
        self,
        restart: Callable[[], bool],
        register: Callable[[str], None],
        reinvite: Callable[[str], None],
        after: Later,
    ) -> None:
        self._restart = restart
        self._register = register
        self._reinvite = reinvite
        self._after = after
        self._waiting: set[str] = set()  # registering for pjsua's change (it re-INVITEs)
        self._failed: dict[str, int] = {}  # failed since the change: retries so far
        self._scheduled: set[str] = set()

    def changed(self, keys: Iterable[str]) -> None:
        """The addresses changed: pjsua's change again, for every account `keys`."""
        self._waiting = set(keys)
        self._failed.clear()  # this change registers them all again, pjsua re-INVITEs
        if not self._restart():
            for key in list(self._waiting):
                self.registration_failed(key)

    def registration_failed(self, key: str) -> bool:
        """A registration of `key` failed for a temporary reason; True: it is retried
        here, soon (the caller's usual retry is not needed)."""
        if key not in self._waiting and key not in self._failed:
            return False
        self._waiting.discard(key)
        tries = self._failed.get(key, 0) + 1
        self._failed[key] = tries
        if tries > FAST_RETRIES:
            return False
        self._retry_soon(key)
        return True

    def registered(self, key: str) -> None:
        """`key` registered: its calls follow the new address (pjsua's own change
        re-INVITEs them itself when its registration is the one that succeeded)."""
        self._waiting.discard(key)
        if self._failed.pop(key, None) is not None:
            self._reinvite(key)

    def forget(self, key: str) -> None:
        self._waiting.discard(key)
        self._failed.pop(key, None)

    def _retry_soon(self, key: str) -> None:
        if key in self._scheduled:
            return
        self._scheduled.add(key)

        def retry() -> None:
            self._scheduled.discard(key)
            if key in self._failed:
                self._register(key)

        self._after(RETRY_S, retry)
