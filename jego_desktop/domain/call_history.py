"""An entry of the call history: a finished call as stored."""

from __future__ import annotations

from dataclasses import dataclass

from jego_desktop.domain.calls import CallRecord


@dataclass(frozen=True)
class CallHistoryEntry:
    id: int
    record: CallRecord
    missed: bool
