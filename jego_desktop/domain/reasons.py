"""Texts for people written below models/ (domain, store, engine, media: no Qt there).

`reason("the speaker “%1” cannot be opened (%2)", name, error)` is plain English, with
its details (a device name, a library's error, a number) put in place of %1, %2. The
English is what the log, the events and the database keep; models/window/engine_texts.py
lists every template (by area, in Qt's contexts) and translates the English back when
it is shown, the details kept as they came. tests/unit/models/window/test_engine_texts.py
collects every `reason(...)` of these layers from the code and fails while one is not
listed there or not translated: the first argument is always a literal.
"""

from __future__ import annotations

import re

_DETAIL = re.compile(r"%([1-9])")


def reason(template: str, *details: object) -> str:
    """`template` with %1, %2... replaced by `details` (in one pass: a detail holding
    "%2" stays as it is)."""
    return _DETAIL.sub(lambda found: str(details[int(found.group(1)) - 1]), template)
