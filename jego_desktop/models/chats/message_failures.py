"""Why a message was not sent, in the user's language.

The engine (domain/sip_reasons.py `message_failure_reason`, engine/messaging.py,
engine/core.py) writes its reasons in plain English without Qt; they are listed here for
lupdate and translated when shown. A template's detail (%1: pjsip's error, a report's
status) stays as it came. Anything else (a bare "599 Odd") is shown as it is, or as
models/window/engine_texts.py translates it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from jego_desktop.models.window.engine_texts import engine_text

CONTEXT = "MessageFailure"

KNOWN_REASONS = frozenset(
    {
        # domain/sip_reasons.py message_failure_reason
        QT_TRANSLATE_NOOP("MessageFailure", "could not be sent"),
        QT_TRANSLATE_NOOP("MessageFailure", "refused by the server"),
        QT_TRANSLATE_NOOP("MessageFailure", "unknown user"),
        QT_TRANSLATE_NOOP("MessageFailure", "no answer (timed out)"),
        QT_TRANSLATE_NOOP("MessageFailure", "too large for the server"),
        QT_TRANSLATE_NOOP("MessageFailure", "the recipient cannot show this kind of message"),
        QT_TRANSLATE_NOOP("MessageFailure", "not reachable"),
        QT_TRANSLATE_NOOP("MessageFailure", "busy"),
        QT_TRANSLATE_NOOP("MessageFailure", "not accepted by the recipient"),
        QT_TRANSLATE_NOOP("MessageFailure", "service unavailable"),
        QT_TRANSLATE_NOOP("MessageFailure", "declined"),
        QT_TRANSLATE_NOOP("MessageFailure", "server unreachable"),
        # engine/messaging.py, engine/core.py
        QT_TRANSLATE_NOOP("MessageFailure", "the account was removed before the server answered"),
        QT_TRANSLATE_NOOP("MessageFailure", "the account is not set up"),
        # models/chats/group_fanout.py
        QT_TRANSLATE_NOOP("MessageFailure", "you are no longer a member of this group"),
    }
)

# engine/messaging.py's f-strings, their detail as %1
TEMPLATES: tuple[str, ...] = tuple(
    str(template)
    for template in (
        QT_TRANSLATE_NOOP("MessageFailure", "could not be sent: %1"),
        QT_TRANSLATE_NOOP("MessageFailure", "the recipient could not take it (%1)"),
        # store/groups.py: the members a group message did not reach
        QT_TRANSLATE_NOOP("MessageFailure", "not sent to %1"),
    )
)


def failure_text(reason: str) -> str:
    """`reason` (as the engine wrote it) in the language on screen."""
    if reason in KNOWN_REASONS:
        return QCoreApplication.translate(CONTEXT, reason)
    for template in TEMPLATES:
        before, after = template.split("%1")
        if reason.startswith(before) and reason.endswith(after) and len(reason) > len(template) - 2:
            detail = reason[len(before) : len(reason) - len(after)]
            return QCoreApplication.translate(CONTEXT, template).replace("%1", detail)
    return engine_text(reason)
