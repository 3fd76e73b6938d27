"""Noticing that this computer's addresses changed (Wi-Fi to tethering, a new DHCP lease).

Qt's QNetworkInformation reports reachability, which stays "online" when a laptop moves
from one network to another; the call engine must hear of the new address within seconds
to register again and re-INVITE its calls (RFC 3261 §8.1.1.8, pjsua's handleIpChange).
So the addresses themselves are compared, once every CHECK_INTERVAL_MS on the GUI thread
(QNetworkInterface.allAddresses costs well under a millisecond).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QHostAddress, QNetworkInterface

CHECK_INTERVAL_MS = 2000


def usable_addresses() -> frozenset[str]:
    """The computer's addresses a peer could reach: no loopback, no link-local."""
    return _usable(QNetworkInterface.allAddresses())


def _usable(addresses: Iterable[QHostAddress]) -> frozenset[str]:
    return frozenset(
        address.toString()
        for address in addresses
        if not address.isLoopback() and not address.isLinkLocal()
    )


class AddressWatch(QObject):
    """Emits `changed` when the set of usable addresses differs from the last one seen.

    Signals:
        changed(): the addresses changed (not emitted for the first look).
    """

    changed = Signal()

    def __init__(
        self,
        addresses: Callable[[], frozenset[str]] = usable_addresses,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._addresses = addresses
        self._last = addresses()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self.timer.start()

    def check(self) -> None:
        now = self._addresses()
        if now != self._last:
            self._last = now
            self.changed.emit()
