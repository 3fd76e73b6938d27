"""Keep one Python thread state on pjmedia's clock thread for as long as the thread runs.

pjsua2's SWIG callbacks take the GIL with PyGILState_Ensure and give it back with
PyGILState_Release. On a thread Python did not start, that pair creates a thread state
and deletes it again: every AudioMediaPort callback, 100 a second, paid for a new thread
state, a 16 kB frame stack mapped and unmapped (mmap + munmap + page faults) and a gettid.
One extra PyGILState_Ensure, never released by the thread, keeps the state alive
between callbacks. When the clock stops (its thread is joined), `forget` frees it from the
stopping thread: a thread state outlives its thread unless someone deletes it.

CPython 3.10 and 3.11 only (their C API, through ctypes); elsewhere `pin` and `forget` do
nothing and each callback pays for its thread state again. From 3.12 on,
PyThreadState_Delete unbinds the deleted state from the PyGILState slot of the thread that
calls it, not of the thread the state belonged to: the engine thread's slot goes empty, and
its next pjsua2 callback's PyGILState_Ensure makes a second thread state on that thread and
hung there (tests/integration/test_sound_path.py on 3.12.1, the GIL never given back).
"""

from __future__ import annotations

import ctypes
import sys
import threading

_PINNABLE = sys.implementation.name == "cpython" and sys.version_info < (3, 12)
if _PINNABLE:
    _api = ctypes.pythonapi  # a PyDLL: calls keep the GIL
    _api.PyGILState_Ensure.restype = ctypes.c_int
    _api.PyGILState_GetThisThreadState.restype = ctypes.c_void_p
    _api.PyThreadState_Clear.argtypes = [ctypes.c_void_p]
    _api.PyThreadState_Delete.argtypes = [ctypes.c_void_p]


class PinnedThreadState:
    """`pin()` from the callbacks; `forget()` once the pinned thread has ended."""

    def __init__(self) -> None:
        self._thread: int | None = None  # threading ident of the pinned thread
        self._state: int | None = None  # its PyThreadState*
        self._lock = threading.Lock()

    @property
    def pinned(self) -> bool:
        return self._state is not None

    def pin(self) -> None:
        """On a callback's thread: keep its thread state past this callback (cheap when
        already done for this thread)."""
        ident = threading.get_ident()
        if ident == self._thread or not _PINNABLE:
            return
        with self._lock:
            if self._state is not None:  # another thread, not forgotten: it may still run
                return
            if any(thread.ident == ident for thread in threading.enumerate()):
                # A thread Python started deletes its own state when it ends: forget()
                # would free it twice. (A foreign thread is listed too once it has called
                # threading.current_thread(): it then stays unpinned, which only costs time.)
                self._thread = ident
                return
            _api.PyGILState_Ensure()  # the GIL is held: this only counts one more user
            self._state = _api.PyGILState_GetThisThreadState()
            self._thread = ident

    def forget(self) -> None:
        """After the pinned thread has ended (joined): free its thread state.

        Never call it while that thread may still run Python: its state would vanish
        under it.
        """
        with self._lock:
            state, self._state, self._thread = self._state, None, None
        if state is None or not _PINNABLE:
            return
        if state == _api.PyGILState_GetThisThreadState():
            raise RuntimeError("a thread cannot forget its own pinned thread state")
        _api.PyThreadState_Clear(state)
        _api.PyThreadState_Delete(state)
