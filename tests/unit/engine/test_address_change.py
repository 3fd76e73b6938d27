from __future__ import annotations

from collections.abc import Callable

from jego_desktop.engine.address_change import FAST_RETRIES, RETRY_S, AddressChange


class Engine:
    """pjsua as AddressChange sees it, and the engine loop's timers run by hand."""

    def __init__(self, restart_works: bool = True) -> None:
        self.restart_works = restart_works
        self.restarts = 0
        self.registered: list[str] = []
        self.reinvited: list[str] = []
        self.delays: list[float] = []
        self._actions: list[Callable[[], None]] = []
        self.change = AddressChange(
            self._restart, self.registered.append, self.reinvited.append, self._after
        )

    def _restart(self) -> bool:
        self.restarts += 1
        return self.restart_works

    def _after(self, delay_s: float, action: Callable[[], None]) -> None:
        self.delays.append(delay_s)
        self._actions.append(action)

    def run_timers(self) -> None:
        actions, self._actions = self._actions, []
        for action in actions:
            action()


def test_when_pjsuas_own_registration_succeeds_it_re_invites_and_nothing_is_added() -> None:
    engine = Engine()
    engine.change.changed(["alice"])
    engine.change.registered("alice")
    assert engine.restarts == 1
    assert engine.reinvited == [] and engine.registered == [] and engine.delays == []


def test_a_change_made_before_the_route_registers_again_soon_and_then_re_invites() -> None:
    """The REGISTER of the change could not leave: registering again every RETRY_S until
    it does, then the calls follow the new address (pjsua re-INVITEd nothing)."""
    engine = Engine(restart_works=False)
    engine.change.changed(["alice"])
    assert engine.change.registration_failed("alice")  # pjsua's 503: retried here
    engine.run_timers()
    assert engine.delays == [RETRY_S] and engine.registered == ["alice"]
    assert engine.change.registration_failed("alice")  # still no route
    engine.run_timers()
    assert engine.registered == ["alice", "alice"] and engine.reinvited == []
    engine.change.registered("alice")
    assert engine.reinvited == ["alice"]
    engine.change.registered("alice")  # a later refresh re-INVITEs nothing
    assert engine.reinvited == ["alice"]


def test_one_retry_is_waiting_at_a_time_and_a_failure_without_a_change_is_left_alone() -> None:
    engine = Engine(restart_works=False)
    assert not engine.change.registration_failed("bob")  # no change: the usual back-off
    engine.change.changed(["alice"])  # no callback came: every account is retried
    engine.change.registration_failed("alice")
    assert engine.delays == [RETRY_S]


def test_after_the_fast_retries_the_usual_back_off_takes_over_and_still_re_invites() -> None:
    engine = Engine()
    engine.change.changed(["alice"])
    for _ in range(FAST_RETRIES):
        assert engine.change.registration_failed("alice")
        engine.run_timers()
    assert not engine.change.registration_failed("alice")
    engine.change.registered("alice")
    assert engine.reinvited == ["alice"]


def test_a_forgotten_account_is_neither_registered_nor_re_invited() -> None:
    engine = Engine(restart_works=False)
    engine.change.changed(["alice"])
    engine.change.forget("alice")
    engine.run_timers()
    engine.change.registered("alice")
    assert engine.registered == [] and engine.reinvited == []
