"""RFC 3339 date-times, as CPIM (DateTime) and IMDN (<datetime>) carry them."""

from __future__ import annotations

import datetime as dt

MAX_DATETIME_LENGTH = 64


def format_datetime(epoch_seconds: float) -> str:
    """1700000000.0 -> '2023-11-14T22:13:20Z' (UTC, whole seconds)."""
    moment = dt.datetime.fromtimestamp(int(epoch_seconds), tz=dt.timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def format_datetime_ms(epoch_seconds: float) -> str:
    """1700000000.25 -> '2023-11-14T22:13:20.250Z' (UTC, milliseconds; RFC 3339's
    time-secfrac). CPIM carries it so that messages written within one second keep
    their order when a server delivers them all at once."""
    millis = round(epoch_seconds * 1000)
    moment = dt.datetime.fromtimestamp(millis // 1000, tz=dt.timezone.utc)
    return f"{moment.strftime('%Y-%m-%dT%H:%M:%S')}.{millis % 1000:03d}Z"


def parse_datetime(text: str) -> float | None:
    """Epoch seconds from an RFC 3339 date-time; None when it is not one (never raises)."""
    text = text.strip()
    if not text or len(text) > MAX_DATETIME_LENGTH:
        return None
    if text[-1] in "zZ":
        text = text[:-1] + "+00:00"
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    try:
        return moment.timestamp()
    except (OverflowError, ValueError, OSError):
        return None
