from __future__ import annotations

from collections.abc import Callable

from jego_desktop.engine.sound_clock import SoundClock


class Loop:
    """The engine loop's timers, run by hand: `run_all()` is the delay having passed."""

    def __init__(self) -> None:
        self.delays: list[float] = []
        self._actions: list[Callable[[], None]] = []

    def after(self, delay_s: float, action: Callable[[], None]) -> None:
        self.delays.append(delay_s)
        self._actions.append(action)

    def run_all(self) -> None:
        actions, self._actions = self._actions, []
        for action in actions:
            action()


def made() -> tuple[SoundClock, list[bool], Loop]:
    switched: list[bool] = []
    loop = Loop()
    return SoundClock(switched.append, loop.after, idle_stop_s=1.0), switched, loop


def test_the_clock_starts_once_and_stops_only_after_the_idle_delay() -> None:
    clock, switched, loop = made()
    clock.start()
    clock.start()
    assert switched == [True] and clock.running
    clock.release()
    assert switched == [True] and clock.running  # never inside the hang-up itself
    assert loop.delays == [1.0]
    loop.run_all()
    assert switched == [True, False] and not clock.running


def test_a_call_starting_within_the_delay_keeps_the_clock_running() -> None:
    clock, switched, loop = made()
    clock.start()
    clock.release()
    clock.start()  # the next call's audio
    loop.run_all()
    assert switched == [True] and clock.running


def test_only_the_latest_release_stops_the_clock() -> None:
    clock, switched, loop = made()
    clock.start()
    clock.release()
    clock.start()
    first_timer = loop._actions[0]
    clock.release()  # the second call ends: its own full delay
    first_timer()
    assert clock.running
    loop._actions[1]()
    assert switched == [True, False]


def test_stop_now_stops_a_running_clock_and_nothing_else() -> None:
    clock, switched, loop = made()
    clock.stop_now()
    assert switched == []
    clock.start()
    clock.stop_now()
    assert switched == [True, False]
    clock.release()
    loop.run_all()
    assert switched == [True, False]


def test_a_pause_stops_at_once_and_the_clock_comes_back_while_audio_needs_it() -> None:
    clock, switched, loop = made()
    clock.pause()  # not running: nothing to wait for
    assert switched == []
    clock.start()
    clock.pause()  # a call's stream is about to be destroyed
    assert switched == [True, False] and not clock.running
    clock.start()  # the call's next state: its new stream, or another call
    assert switched == [True, False, True]
    clock.pause()
    loop.run_all()  # no call event followed: the clock comes back by itself
    assert switched == [True, False, True, False, True] and clock.running


def test_a_paused_clock_stays_stopped_once_audio_is_released() -> None:
    clock, switched, loop = made()
    clock.start()
    clock.pause()
    clock.release()  # the last call ended
    loop.run_all()
    assert switched == [True, False] and not clock.running


def needed_and_running(clock: SoundClock) -> tuple[bool, bool]:
    return clock.needed, clock.running


def test_needed_lasts_from_start_to_release_through_pauses() -> None:
    clock, _, loop = made()
    assert needed_and_running(clock) == (False, False)
    clock.start()
    clock.pause()
    assert needed_and_running(clock) == (True, False)
    loop.run_all()  # resumes by itself: still needed
    assert needed_and_running(clock) == (True, True)
    clock.release()
    assert needed_and_running(clock) == (False, True)  # ticks on for the idle delay
    clock.start()
    clock.stop_now()
    assert needed_and_running(clock) == (False, False)
