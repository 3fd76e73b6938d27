"""RtpWatch: a call is silent only after the timeout with a count that never moved, and
time on hold never counts."""

from __future__ import annotations

from jego_desktop.engine.rtp_watch import RtpWatch


def test_a_count_that_stops_moving_is_silent_after_the_timeout() -> None:
    watch = RtpWatch(10.0)
    assert not watch.observe("c", 100, 0.0)
    assert not watch.observe("c", 150, 5.0)  # moving: the silence starts again here
    assert not watch.observe("c", 150, 14.9)
    assert watch.observe("c", 150, 15.0)


def test_hold_forgets_the_silence() -> None:
    watch = RtpWatch(10.0)
    watch.observe("c", 100, 0.0)
    assert not watch.observe("c", None, 9.0)  # on hold: no RTP expected
    assert not watch.observe("c", None, 60.0)
    assert not watch.observe("c", 100, 61.0)  # resumed: counting starts afresh
    assert not watch.observe("c", 100, 70.0)
    assert watch.observe("c", 100, 71.0)


def test_zero_never_ends_a_call_and_calls_are_apart() -> None:
    off = RtpWatch(0.0)
    off.observe("c", 1, 0.0)
    assert not off.observe("c", 1, 1e6)
    watch = RtpWatch(5.0)
    watch.observe("a", 1, 0.0)
    watch.observe("b", 1, 4.0)
    assert watch.observe("a", 1, 5.0) and not watch.observe("b", 1, 5.0)
    watch.forget("a")
    assert not watch.observe("a", 1, 100.0)
