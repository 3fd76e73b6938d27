"""SIP status codes in words a user understands."""

from __future__ import annotations

# Why a call ended when its far end vanished (no BYE, no more RTP): the engine ends it.
CONNECTION_LOST = "connection lost"
TEMPORARY_REGISTRATION_FAILURES = frozenset({0, 408, 480, 500, 502, 503, 504, 580})


def registration_reason(code: int, reason: str) -> str:
    if 200 <= code < 300:
        return "registered"
    if code in (401, 407):
        return "wrong user name or password"
    if code == 403:
        return "forbidden by the server"
    if code == 404:
        return "this number is unknown to the server"
    if code in (408, 502, 503, 504) or code == 0:
        return "server unreachable"
    if code == 423:
        return "the server refused the registration interval"
    if 500 <= code < 600:
        return f"server error ({code} {reason})".strip()
    return f"{code} {reason}".strip()


def is_temporary_registration_failure(code: int) -> bool:
    """Worth retrying by itself; wrong passwords and refusals wait for the user."""
    return code in TEMPORARY_REGISTRATION_FAILURES or 500 <= code < 600


def call_end_reason(code: int, reason: str) -> str:
    if code in (0, 200):
        return "call ended"
    known = {
        404: "number not found",
        408: "no answer",
        480: "not reachable",
        484: "incomplete number",
        486: "busy",
        487: "cancelled",
        488: "no common audio format",
        503: "service unavailable",
        603: "declined",
    }
    return known.get(code, f"{code} {reason}".strip())


def message_failure_reason(code: int, reason: str) -> str:
    """Why a MESSAGE was not accepted, for the message's "failed" line."""
    known = {
        0: "could not be sent",
        403: "refused by the server",
        404: "unknown user",
        408: "no answer (timed out)",
        413: "too large for the server",
        415: "the recipient cannot show this kind of message",
        480: "not reachable",
        486: "busy",
        488: "not accepted by the recipient",
        503: "service unavailable",
        603: "declined",
    }
    # pjsip reports its own transport failures as 503 with the system's reason
    if code in (502, 504) or (code == 503 and "refused" in reason.lower()):
        return "server unreachable"
    return known.get(code, f"{code} {reason}".strip())
