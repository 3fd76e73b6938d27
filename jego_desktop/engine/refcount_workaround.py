"""Shield CPython < 3.12 from a reference-count bug in the pjsua2 wheel's SWIG wrappers.

Measured with pjsua2-python 2.15.1.post1 on CPython 3.11: every AudioMediaPort
callback and many attribute reads of pjsua2 structs (`frame.buf`, `param.opt.x`)
release one reference to None (and now and then to True or False) that they never
took. With audio running, None loses ~100 references a second; when its count
reaches zero the interpreter aborts ("none_dealloc: deallocating None"). PySide6 6.12.0
does the same to True, once per Python-declared signal delivered to a Python slot
("bool_dealloc"). From 3.12 on
these singletons are immortal and the bug is harmless, so on older versions we give
them the same treatment: a count so high it cannot reach zero.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40  # ~10^12 lost references: centuries of calls
_done = False


def protect_singletons() -> None:
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
    _done = True
