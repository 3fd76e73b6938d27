"""What a command to the engine raises when it cannot be carried out."""

from __future__ import annotations


class CommandError(Exception):
    """A command that cannot be carried out; its message is for the user."""
