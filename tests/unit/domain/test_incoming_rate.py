"""How many messages strangers may have stored, per peer and together."""

from __future__ import annotations

import tracemalloc

from jego_desktop.domain.incoming_rate import (
    ALL_STRANGERS_BYTES,
    ALL_STRANGERS_MESSAGES,
    MAX_TRACKED_PEERS,
    PER_PEER_MESSAGES,
    WINDOW_S,
    IncomingRate,
)

KEY = "alice@x"


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def never_known() -> bool:
    return False


def test_one_stranger_gets_thirty_a_minute_then_more_after_the_minute() -> None:
    clock = Clock()
    rate = IncomingRate(clock)
    admitted = [rate.admit((KEY, "sip:eve@x"), 10, never_known) for _ in range(200)]
    assert admitted.count(True) == PER_PEER_MESSAGES and admitted[:PER_PEER_MESSAGES] == [True] * 30
    report = rate.report()
    assert report is not None and (report.refused, report.peers) == (170, 1)
    assert rate.admit((KEY, "sip:bob@x"), 10, never_known)  # another peer is not held back
    clock.now += WINDOW_S
    assert rate.admit((KEY, "sip:eve@x"), 10, never_known)


def test_a_known_peer_is_asked_about_only_at_the_limit_and_never_refused() -> None:
    rate = IncomingRate(Clock())
    asked: list[int] = []

    def known() -> bool:
        asked.append(1)
        return True

    assert all(rate.admit((KEY, "sip:bob@x"), 10, known) for _ in range(500))
    assert len(asked) == 1  # the answer is kept for a minute
    assert rate.report() is None


def test_many_strangers_together_are_bounded_in_messages_and_bytes() -> None:
    rate = IncomingRate(Clock())
    spoofed = [rate.admit((KEY, f"sip:eve{n}@x"), 10, never_known) for n in range(1000)]
    assert spoofed.count(True) == ALL_STRANGERS_MESSAGES
    big = IncomingRate(Clock())
    size = 256 * 1024
    heavy = [big.admit((KEY, f"sip:eve{n}@x"), size, never_known) for n in range(100)]
    assert heavy.count(True) == ALL_STRANGERS_BYTES // size


def test_refusals_are_reported_at_once_then_once_a_minute() -> None:
    clock = Clock()
    rate = IncomingRate(clock)
    for _ in range(PER_PEER_MESSAGES + 1):
        rate.admit((KEY, "sip:eve@x"), 1, never_known)
    first = rate.report()
    assert first is not None and first.refused == 1 and first.first_peer == "sip:eve@x"
    rate.admit((KEY, "sip:eve@x"), 1, never_known)
    assert rate.report() is None  # within the minute: counted, not logged
    clock.now += WINDOW_S / 2
    rate.admit((KEY, "sip:eve@x"), 1, never_known)
    clock.now += WINDOW_S / 2
    later = rate.report()
    assert later is not None and later.refused == 2


def test_the_refused_peers_kept_for_the_report_are_bounded() -> None:
    """A flood from ever new addresses within one minute must not grow memory."""
    rate = IncomingRate(Clock())
    for n in range(MAX_TRACKED_PEERS + ALL_STRANGERS_MESSAGES + 1000):
        rate.admit((KEY, f"sip:eve{n}@x"), 10, never_known)
    report = rate.report()
    assert report is not None
    assert report.refused == MAX_TRACKED_PEERS + 1000
    assert report.peers == MAX_TRACKED_PEERS


def test_a_known_peers_flood_keeps_no_more_than_the_limits_worth_of_arrivals() -> None:
    """10,000 messages in a minute from a known peer: what is counted stays as small as
    for 200 (it was kept whole until the next message, however long after)."""
    clock = Clock()

    def held_after(messages: int) -> int:
        rate = IncomingRate(clock)
        tracemalloc.start()
        try:
            for _ in range(messages):
                clock.now += WINDOW_S / messages / 2
                assert rate.admit((KEY, "sip:bob@x"), 2000, lambda: True)
            held: int = tracemalloc.get_traced_memory()[0]
        finally:
            tracemalloc.stop()
        return held

    assert held_after(10_000) < held_after(ALL_STRANGERS_MESSAGES) + 20_000


def test_the_limits_count_the_same_past_a_full_window() -> None:
    clock = Clock()
    rate = IncomingRate(clock)
    assert all(rate.admit((KEY, "sip:bob@x"), 10, lambda: True) for _ in range(1000))
    clock.now += WINDOW_S  # the flood's minute is over: a stranger starts afresh
    admitted = [rate.admit((KEY, "sip:eve@x"), 10, never_known) for _ in range(50)]
    assert admitted.count(True) == PER_PEER_MESSAGES
    rate = IncomingRate(clock)
    for n in range(ALL_STRANGERS_MESSAGES + 100):
        rate.admit((KEY, f"sip:eve{n}@x"), 10, lambda: True)  # all known
    clock.now += WINDOW_S / 2
    assert not rate.admit((KEY, "sip:mallory@x"), 10, never_known)  # still a full minute
    clock.now += WINDOW_S / 2
    assert rate.admit((KEY, "sip:mallory@x"), 10, never_known)
