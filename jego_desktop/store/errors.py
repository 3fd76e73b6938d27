"""What the store raises for conditions the app should show or handle."""

from __future__ import annotations

from jego_desktop.domain.errors import StoreError

__all__ = ["StoreError"]


class UnsupportedSqliteError(StoreError):
    """The SQLite library Python was built with lacks a feature the store needs."""


class DatabaseTooNewError(StoreError):
    """The database was written by a newer version of the app; it is left untouched."""


class DatabaseError(StoreError):
    """The database driver failed (disk full, locked too long, damaged file...).

    Wraps sqlite3.Error so that callers above the store never catch the driver's errors.
    """


class DatabaseClosedError(StoreError):
    """The database was used after `close()`."""


class MessageTooLargeError(StoreError, ValueError):
    """A message body exceeds the stored maximum; larger content must go as a file."""


class DuplicateMessageError(StoreError, ValueError):
    """An outgoing message id is already used."""


class DuplicateAccountError(StoreError, ValueError):
    """An account with the same number and server already exists."""


class NotFoundError(StoreError, LookupError):
    """The row to change does not exist (any more)."""


class GroupChangedError(StoreError):
    """The group changed (a member's change arrived) since the caller read it."""
