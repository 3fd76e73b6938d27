"""How a call ended, in the user's language: the call window's last line and the history's.

The engine stores why a call ended as a fixed English phrase (domain/sip_reasons.py,
`MISSED_WHILE_BUSY`) or as "CODE phrase" for a code it has no words for; this module
puts it into words when it is shown, so the history follows a language change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jego_desktop.domain import sip_reasons as sip
from jego_desktop.domain.my_status import MISSED_WHILE_BUSY

# An answered call ends as it should when someone hangs up; these ends are worth saying.
_WORTH_SAYING_AFTER_AN_ANSWER = frozenset({sip.CONNECTION_LOST})


def end_reason_text(reason: str) -> str:
    """A stored reason in words ("number not found" -> "Number not found"), translated."""
    texts = {
        sip.CALL_ENDED: lambda: QCoreApplication.translate("CallOutcome", "Call ended"),
        sip.CONNECTION_LOST: lambda: QCoreApplication.translate("CallOutcome", "Connection lost"),
        sip.NUMBER_NOT_FOUND: lambda: QCoreApplication.translate("CallOutcome", "Number not found"),
        sip.NO_ANSWER: lambda: QCoreApplication.translate("CallOutcome", "No answer"),
        sip.NOT_REACHABLE: lambda: QCoreApplication.translate(
            "CallOutcome", "Not reachable right now"
        ),
        sip.INCOMPLETE_NUMBER: lambda: QCoreApplication.translate(
            "CallOutcome", "Incomplete number"
        ),
        sip.BUSY: lambda: QCoreApplication.translate("CallOutcome", "Busy"),
        sip.CANCELLED: lambda: QCoreApplication.translate("CallOutcome", "Cancelled"),
        sip.NO_COMMON_FORMAT: lambda: QCoreApplication.translate(
            "CallOutcome", "No sound format in common"
        ),
        sip.SERVICE_UNAVAILABLE: lambda: QCoreApplication.translate(
            "CallOutcome", "Service unavailable"
        ),
        sip.DECLINED: lambda: QCoreApplication.translate("CallOutcome", "Declined"),
        sip.SERVER_UNREACHABLE: lambda: QCoreApplication.translate(
            "CallOutcome", "Can't reach the server"
        ),
        sip.REFUSED_BY_SERVER: lambda: QCoreApplication.translate(
            "CallOutcome", "Refused by the server"
        ),
        MISSED_WHILE_BUSY: lambda: QCoreApplication.translate(
            "CallOutcome", "Missed: you were on Do not disturb"
        ),
    }
    known = texts.get(reason)
    if known is not None:
        return known()
    if not reason:
        return texts[sip.CALL_ENDED]()
    return QCoreApplication.translate("CallOutcome", "Call failed (%1)").replace("%1", reason)


def failed(reason: str, answered: bool) -> bool:
    """The call never got through for a reason worth saying (not hung up by the caller)."""
    return not answered and reason not in ("", sip.CALL_ENDED, sip.CANCELLED)


def answered_end_text(reason: str) -> str | None:
    """Why an answered call ended, in words, when that is worth saying (the far end
    vanished mid-call); None when someone simply hung up."""
    return end_reason_text(reason) if reason in _WORTH_SAYING_AFTER_AN_ANSWER else None
