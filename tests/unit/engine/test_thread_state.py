"""PinnedThreadState on a thread Python did not start (made with pthread_create), whose
Python calls, like pjsua2's callbacks, each take and give back a thread state."""

from __future__ import annotations

import ctypes
import gc
import sys
import threading
import weakref
from collections.abc import Callable

import pytest

from jego_desktop.engine.thread_state import PinnedThreadState

pytestmark = pytest.mark.skipif(
    not hasattr(ctypes, "pythonapi") or not hasattr(ctypes.CDLL(None), "pthread_create"),
    reason="needs CPython and POSIX threads",
)

pins = pytest.mark.skipif(
    sys.version_info >= (3, 12), reason="pinning is off from CPython 3.12 (engine/thread_state.py)"
)

_START = ctypes.CFUNCTYPE(ctypes.c_void_p, ctypes.c_void_p)


class _Token:
    pass


def run_on_foreign_thread(body: Callable[[], None]) -> None:
    """Run `body` on a new POSIX thread, as a ctypes callback, and join the thread."""
    libc = ctypes.CDLL(None)

    def start(_: int | None) -> None:
        body()

    callback = _START(start)
    handle = ctypes.c_ulong()
    assert libc.pthread_create(ctypes.byref(handle), None, callback, None) == 0
    assert libc.pthread_join(handle, None) == 0


def keep_in_thread_local(
    local: threading.local, pin: Callable[[], None] | None
) -> Callable[[], bool]:
    """Store a token in `local` on a foreign thread; returns "is the token still alive"."""
    tokens: list[weakref.ref[_Token]] = []

    def body() -> None:
        if pin is not None:
            pin()
        token = _Token()
        local.token = token
        tokens.append(weakref.ref(token))

    run_on_foreign_thread(body)
    gc.collect()
    return lambda: tokens[0]() is not None


def test_without_pinning_a_callback_thread_state_dies_with_each_call() -> None:
    # the cost being avoided: the state (and what the thread kept in it) goes each time
    alive = keep_in_thread_local(threading.local(), pin=None)
    assert not alive()


@pins
def test_a_pinned_thread_state_outlives_the_call_until_forgotten() -> None:
    pinned = PinnedThreadState()
    local = threading.local()
    alive = keep_in_thread_local(local, pinned.pin)
    assert (pinned.pinned, alive()) == (True, True)
    pinned.forget()
    gc.collect()
    assert (pinned.pinned, alive()) == (False, False)


def test_a_thread_python_started_is_never_pinned() -> None:
    pinned = PinnedThreadState()
    thread = threading.Thread(target=pinned.pin)
    thread.start()
    thread.join()
    assert not pinned.pinned
    pinned.forget()  # nothing to free


@pins
def test_a_second_thread_is_not_pinned_while_the_first_is_not_forgotten() -> None:
    pinned = PinnedThreadState()
    run_on_foreign_thread(pinned.pin)
    first = pinned._state
    run_on_foreign_thread(pinned.pin)
    assert pinned._state == first
    pinned.forget()
    run_on_foreign_thread(pinned.pin)
    assert pinned.pinned
    pinned.forget()


def test_forgetting_leaves_the_forgetting_threads_own_state_in_place() -> None:
    # The engine thread forgets; its next pjsua2 callback's PyGILState_Ensure must find the
    # engine thread's own state (CPython 3.12's PyThreadState_Delete empties the caller's).
    api = ctypes.pythonapi
    api.PyGILState_GetThisThreadState.restype = ctypes.c_void_p
    api.PyThreadState_Get.restype = ctypes.c_void_p
    found: list[tuple[int | None, int | None]] = []

    def engine() -> None:
        pinned = PinnedThreadState()
        run_on_foreign_thread(pinned.pin)
        pinned.forget()
        found.append((api.PyGILState_GetThisThreadState(), api.PyThreadState_Get()))

    thread = threading.Thread(target=engine)
    thread.start()
    thread.join()
    gilstate, own = found[0]
    assert gilstate == own


@pytest.mark.skipif(sys.version_info < (3, 12), reason="pinning is on before CPython 3.12")
def test_from_python_3_12_nothing_is_pinned() -> None:
    pinned = PinnedThreadState()
    run_on_foreign_thread(pinned.pin)
    assert not pinned.pinned
