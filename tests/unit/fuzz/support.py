"""Shared settings and strategies of the fuzz tests, and the slowest call of each.

Bounded: every example must finish within hypothesis's deadline (1 s, as the issue
asks of every parser), and each test runs a fixed number of examples (more with
JEGO_FUZZ_EXAMPLES=N, for a longer hunt by hand). The example database is off, so runs
leave no files behind and CI sees the same examples (derandomized) each time.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

EXAMPLES = int(os.environ.get("JEGO_FUZZ_EXAMPLES", "300"))

fuzz = settings(
    max_examples=EXAMPLES,
    deadline=1000,
    database=None,
    derandomize=os.environ.get("JEGO_FUZZ_RANDOM", "") == "",
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

T = TypeVar("T")

slowest: dict[str, tuple[float, str]] = {}


@contextmanager
def timed(name: str, example: object) -> Iterator[None]:
    """Remember the slowest call per parser (reported, not asserted)."""
    start = time.perf_counter()
    try:
        yield
    finally:
        elapsed = time.perf_counter() - start
        if elapsed > slowest.get(name, (0.0, ""))[0]:
            slowest[name] = (elapsed, repr(example)[:80])


def call_timed(name: str, function: Callable[..., T], *args: object) -> T:
    with timed(name, args):
        return function(*args)


# SWIG hands pjsua's bytes over as UTF-8 with surrogate escapes for the bytes that are not.
surrogate_escapes = st.characters(min_codepoint=0xDC80, max_codepoint=0xDCFF)
any_text = st.text(
    alphabet=st.one_of(st.characters(), surrogate_escapes, st.sampled_from("<>:;/\r\n\t\0=\"'&")),
    max_size=300,
)


def assembled(fragments: list[str], max_parts: int = 40) -> st.SearchStrategy[str]:
    """Text made of the format's own pieces and noise: reaches deeper than random text."""
    part = st.one_of(st.sampled_from(fragments), st.text(max_size=8), surrogate_escapes)
    return st.lists(part, max_size=max_parts).map("".join)
