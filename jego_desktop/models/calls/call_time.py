"""Durations as a call screen shows them."""

from __future__ import annotations


def format_duration(seconds: float) -> str:
    """75 -> '1:15'; 3725 -> '1:02:05'."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"
