"""SIP status codes in words a user understands."""

from __future__ import annotations

from jego_desktop.domain.reasons import reason

# Why a call ended when its far end vanished (no BYE, no more RTP): the engine ends it.
CONNECTION_LOST = "connection lost"
TEMPORARY_REGISTRATION_FAILURES = frozenset({0, 408, 480, 500, 502, 503, 504, 580})


def registration_reason(code: int, phrase: str) -> str:
    """Why a registration is in its state, for people (models/window/engine_texts.py
    translates it); an unknown code stays "CODE phrase"."""
    if 200 <= code < 300:
        return reason("registered")
    if code in (401, 407):
        return reason("wrong user name or password")
    if code == 403:
        return reason("forbidden by the server")
    if code == 404:
        return reason("this number is unknown to the server")
    if code in (408, 502, 503, 504) or code == 0:
        return reason("server unreachable")
    if code == 423:
        return reason("the server refused the registration interval")
    if 500 <= code < 600:
        return reason("server error (%1)", f"{code} {short_phrase(phrase)}".strip())
    return f"{code} {short_phrase(phrase)}".strip()


def is_temporary_registration_failure(code: int) -> bool:
    """Worth retrying by itself; wrong passwords and refusals wait for the user."""
    return code in TEMPORARY_REGISTRATION_FAILURES or 500 <= code < 600


# What `call_end_reason` returns: stored in the call history as they are, and put into
# words in the user's language by models/calls/call_outcome.py.
CALL_ENDED = "call ended"
NUMBER_NOT_FOUND = "number not found"
NO_ANSWER = "no answer"
NOT_REACHABLE = "not reachable"
INCOMPLETE_NUMBER = "incomplete number"
BUSY = "busy"
CANCELLED = "cancelled"
NO_COMMON_FORMAT = "no common audio format"
SERVICE_UNAVAILABLE = "service unavailable"
DECLINED = "declined"
SERVER_UNREACHABLE = "server unreachable"
REFUSED_BY_SERVER = "refused by the server"

_CALL_END_REASONS = {
    401: REFUSED_BY_SERVER,  # a final 401/407: our credentials were not taken
    403: REFUSED_BY_SERVER,
    404: NUMBER_NOT_FOUND,
    407: REFUSED_BY_SERVER,
    410: NUMBER_NOT_FOUND,  # Gone
    415: NO_COMMON_FORMAT,
    480: NOT_REACHABLE,
    484: INCOMPLETE_NUMBER,
    485: INCOMPLETE_NUMBER,  # Ambiguous
    486: BUSY,
    487: CANCELLED,
    488: NO_COMMON_FORMAT,
    502: SERVER_UNREACHABLE,
    503: SERVICE_UNAVAILABLE,
    504: SERVER_UNREACHABLE,
    600: BUSY,  # Busy Everywhere
    603: DECLINED,
    604: NUMBER_NOT_FOUND,  # Does Not Exist Anywhere
    606: NO_COMMON_FORMAT,
    607: DECLINED,  # Unwanted
}
# A reason phrase comes from the network: kept short and printable.
MAX_REASON_PHRASE = 60


def call_end_reason(
    code: int, reason: str, *, heard_back: bool = True, answered: bool = False
) -> str:
    """Why a call ended, as one of the constants above or "CODE phrase".

    `heard_back`: the far end rang or answered. A timeout (408) before that means the
    server never answered; after it, that nobody picked up. `answered`: the call was up;
    a timeout then is a session that expired unrefreshed (RFC 4028) or an in-dialog
    request the far end never answered: it is gone.
    """
    if code in (0, 200):
        return CALL_ENDED
    if code == 408:
        if answered:
            return CONNECTION_LOST
        return NO_ANSWER if heard_back else SERVER_UNREACHABLE
    # pjsip reports its own transport failures as 503 with the system's reason
    if code == 503 and reason.strip().lower() not in ("", "service unavailable"):
        return SERVER_UNREACHABLE
    known = _CALL_END_REASONS.get(code)
    if known:
        return known
    return f"{code} {short_phrase(reason)}".strip()


def short_phrase(phrase: str) -> str:
    """A reason phrase from the network, printable and at most MAX_REASON_PHRASE long."""
    return "".join(c for c in phrase if c.isprintable())[:MAX_REASON_PHRASE]


def message_failure_reason(code: int, phrase: str) -> str:
    """Why a MESSAGE was not accepted, for the message's "failed" line."""
    known = {
        0: reason("could not be sent"),
        403: reason("refused by the server"),
        404: reason("unknown user"),
        408: reason("no answer (timed out)"),
        413: reason("too large for the server"),
        415: reason("the recipient cannot show this kind of message"),
        480: reason("not reachable"),
        486: reason("busy"),
        488: reason("not accepted by the recipient"),
        503: reason("service unavailable"),
        603: reason("declined"),
    }
    # pjsip reports its own transport failures as 503 with the system's reason
    if code in (502, 504) or (code == 503 and "refused" in phrase.lower()):
        return reason("server unreachable")
    return known.get(code, f"{code} {short_phrase(phrase)}".strip())
