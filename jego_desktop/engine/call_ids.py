"""Call ids, given out on any thread: a dialled call's on the caller's, an incoming
call's on the engine's (apart from pjsua2, so the GUI can hold the engine before it
is imported)."""

from __future__ import annotations

import itertools

_numbers = itertools.count(1)  # next() on a count is atomic under the GIL


def new_call_id() -> str:
    return f"call-{next(_numbers)}"
