"""The answer to a command line handed to the running instance."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Reply:
    exit_code: int
    output: str = ""  # for stdout
    error: str = ""  # for stderr
