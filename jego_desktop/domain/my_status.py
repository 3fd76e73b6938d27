"""The status the user shows to the people watching them (Online, Away, Busy, Invisible)."""

from __future__ import annotations

import enum

# The call history's reason for a call refused with 486 while the status was Busy.
MISSED_WHILE_BUSY = "missed while busy"


class MyStatus(enum.Enum):
    ONLINE = "online"
    AWAY = "away"
    BUSY = "busy"  # do not disturb: incoming calls are declined with 486 Busy Here
    INVISIBLE = "invisible"  # appear offline; calls and messages still arrive

    @classmethod
    def parse(cls, text: str) -> MyStatus:
        """The status named `text` ("online", "away", "busy", "invisible")."""
        try:
            return cls(text.strip().lower())
        except ValueError:
            names = ", ".join(status.value for status in cls)
            raise ValueError(f"unknown status {text!r}: expected one of {names}") from None

    @property
    def declines_calls(self) -> bool:
        return self is MyStatus.BUSY
