"""AddressWatch: a move between networks (new address, same "online" state) is noticed."""

from __future__ import annotations

from PySide6.QtNetwork import QHostAddress

from jego_desktop.platform.address_watch import AddressWatch, _usable, usable_addresses


def test_a_new_address_is_a_change_and_the_same_ones_are_not(qapp) -> None:
    seen = [frozenset({"192.0.2.10"})]
    watch = AddressWatch(lambda: seen[-1])
    changes: list[None] = []
    watch.changed.connect(lambda: changes.append(None))
    watch.check()
    assert changes == []  # the first look is no change
    seen.append(frozenset({"198.51.100.7"}))  # Wi-Fi to tethering
    watch.check()
    watch.check()
    assert len(changes) == 1
    seen.append(frozenset())  # offline
    watch.check()
    assert len(changes) == 2


def test_loopback_and_link_local_do_not_count() -> None:
    addresses = [QHostAddress(a) for a in ("127.0.0.1", "::1", "fe80::1", "169.254.3.4")]
    assert _usable([*addresses, QHostAddress("203.0.113.5")]) == frozenset({"203.0.113.5"})
    assert isinstance(usable_addresses(), frozenset)


def test_it_checks_every_two_seconds(qapp) -> None:
    watch = AddressWatch(lambda: frozenset())
    watch.start()
    assert watch.timer.isActive() and watch.timer.interval() == 2000
