"""Where an incoming message goes in its conversation's timeline.

A message takes the time it arrived, so a sender's wrong clock never moves it among
older talk. A server that kept messages for us while we were offline delivers them all
at once, in parallel transactions that may overtake each other; the sender's own
timestamps (CPIM DateTime, milliseconds) then say their order. So a message is placed
just before any message of the same conversation that arrived in the last
BURST_SECONDS and that its sender wrote later.
"""

from __future__ import annotations

import sqlite3

BURST_SECONDS = 60.0
_AHEAD = 0.001  # seconds before the first later-written message, when nothing is between


def arrival_time(
    connection: sqlite3.Connection, conversation_id: int, received_at: float, sent_at: float | None
) -> float:
    """The created_at for a message received at `received_at` and written at `sent_at`:
    between the burst's messages written before it and those written after it."""
    if sent_at is None:
        return received_at
    window = (conversation_id, received_at - BURST_SECONDS, received_at, sent_at)
    later = _bound(connection, "MIN", "sent_at > ?", window)
    if later is None:
        return received_at
    earlier = _bound(connection, "MAX", "sent_at <= ?", window)
    if earlier is None:
        return min(received_at, later - _AHEAD)
    if earlier >= later:  # squeezed to nothing: arrival order decides
        return later
    return (earlier + later) / 2


def _bound(
    connection: sqlite3.Connection,
    aggregate: str,
    condition: str,
    window: tuple[int, float, float, float],
) -> float | None:
    row = connection.execute(
        f"SELECT {aggregate}(created_at) FROM messages WHERE conversation_id = ?"
        " AND direction = 'incoming' AND created_at >= ? AND created_at <= ?"
        f" AND {condition}",
        window,
    ).fetchone()
    return None if row is None or row[0] is None else float(row[0])
