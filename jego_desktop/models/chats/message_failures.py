"""Why a message was not sent, in the user's language.

The engine (domain/sip_reasons.py `message_failure_reason`, engine/messaging.py,
engine/core.py) writes its reasons in plain English through domain/reasons.py; they are
listed in models/window/engine_texts.py (context "MessageFailure") and translated when
shown. Anything else (a bare "599 Odd") is shown as it is.
"""

from __future__ import annotations

from jego_desktop.models.window.engine_texts import engine_text


def failure_text(reason: str) -> str:
    """`reason` (as the engine wrote it) in the language on screen."""
    return engine_text(reason, area="MessageFailure")
