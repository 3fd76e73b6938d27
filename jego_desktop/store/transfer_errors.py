"""How a file transfer failed (store/http_transfer.py raises them): apart, so that
their users need not import http.client, ssl and email with the transfers (issue #15)."""

from __future__ import annotations


class TransferError(Exception):
    """A transfer that failed; `str()` is a sentence for the user. `retryable`: try later."""

    retryable = False


class ServerUnreachableError(TransferError):
    retryable = True


class AuthenticationError(TransferError):
    pass


class ServerRejectedError(TransferError):
    """The server answered with an error status."""

    def __init__(self, message: str, status: int) -> None:
        super().__init__(message)
        self.status = status
        self.retryable = status >= 500 or status in (408, 429)


class BadAnswerError(TransferError):
    pass


class FileTooLargeError(TransferError):
    pass


class SizeMismatchError(TransferError):
    pass


class TruncatedError(TransferError):
    retryable = True


class ContentTypeMismatchError(TransferError):
    pass


class ExpiredError(TransferError):
    pass


class CancelledError(TransferError):
    pass


class UnsupportedFileError(TransferError):
    pass


class ForbiddenAddressError(TransferError):
    """The address names a computer a message may not make us reach (loopback, LAN)."""


class TooSlowError(TransferError):
    """The transfer went past its overall deadline."""
