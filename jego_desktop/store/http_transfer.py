"""Upload files to, and download them from, a Linphone-compatible file-transfer server.

Upload, as Linphone does it: POST an empty body first (the server answers 204, or 401
with a digest challenge), then POST `multipart/form-data` with one part named `File`;
the server answers 200 with the file-transfer XML that goes into the SIP MESSAGE.
Download: GET the URL from that XML into a hidden temporary file, checking the size
(declared, announced by the server, and counted), the limit, and that the first bytes
match the declared type; only a whole, verified file gets its visible name.

The URL comes from whoever sent the MESSAGE, so `domain.fetch_rules` decides what it
may reach: the host is resolved once, every address checked, and the connection made
to the checked address; credentials go only to the configured server, over https. A
transfer has an overall deadline: a server that drips a byte a second is cut off.

Blocking calls, meant for a worker thread. Every failure is a `TransferError` whose
`str()` can be shown to the user.
"""

from __future__ import annotations

import contextlib
import http.client
import secrets
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from urllib.parse import SplitResult, urlsplit

from jego_desktop.domain.fetch_rules import FileServerTrust, IpAddress
from jego_desktop.domain.file_transfer import (
    FileInfo,
    FileInfoError,
    check_download_url,
    content_matches_type,
    parse_ft_http,
)
from jego_desktop.domain.reasons import reason
from jego_desktop.store.address_check import (
    AddressRefusedError,
    ResolveError,
    Resolver,
    checked_addresses,
    system_resolver,
)
from jego_desktop.store.file_store import RECEIVED, FileStore
from jego_desktop.store.http_auth import Credentials, DigestError, digest_response, parse_challenge
from jego_desktop.store.transfer_errors import (
    AuthenticationError,
    BadAnswerError,
    CancelledError,
    ContentTypeMismatchError,
    ExpiredError,
    FileTooLargeError,
    ForbiddenAddressError,
    ServerRejectedError,
    ServerUnreachableError,
    SizeMismatchError,
    TooSlowError,
    TransferError,
    TruncatedError,
    UnsupportedFileError,
)

Progress = Callable[[int, int], None]  # (bytes done, bytes in all)
Cancel = Callable[[], bool]  # True: stop as soon as possible

CHUNK_BYTES = 64 * 1024
MAX_ANSWER_BYTES = 16 * 1024
DEFAULT_TIMEOUT = 30.0
# The overall deadline of a download: a minute, plus the time the file takes at the
# slowest rate still worth waiting for (10 MB: about 6 minutes).
DEADLINE_BASE_S = 60.0
DEADLINE_MIN_BYTES_PER_S = 32 * 1024
_SNIFF_BYTES = 64
USER_AGENT = "Jego-Desktop"


def download_deadline(size: int) -> float:
    """Seconds a download of `size` bytes may take in all, retries included."""
    return DEADLINE_BASE_S + max(0, size) / DEADLINE_MIN_BYTES_PER_S


# ----- upload ------------------------------------------------------------------------------


def upload(
    server_url: str,
    path: Path,
    content_type: str,
    credentials: Credentials | None = None,
    progress: Progress | None = None,
    *,
    file_name: str | None = None,
    playing_length_ms: int | None = None,
    cancel: Cancel | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    ssl_context: ssl.SSLContext | None = None,
    plain_http_loopback: bool = False,
    resolver: Resolver = system_resolver,
) -> FileInfo:
    """Upload `path`; the description of the stored file, ready for `build_ft_http`.

    `server_url` is the configured server: any address it resolves to may be reached,
    but `credentials` are sent over https only (or plain http on loopback when
    `plain_http_loopback`, for tests).
    """
    url = _server_url(server_url)
    size = path.stat().st_size
    name = file_name or path.name
    trust = FileServerTrust(server_url, plain_http_loopback)
    addresses = _addresses(url, trust)
    if credentials is not None and not _may_send_credentials(trust, url, addresses):
        credentials = None
    with _connection(url, timeout, ssl_context, addresses) as connection:
        authorization = _first_post(connection, url, credentials)
        for attempt in (1, 2):
            boundary = f"----JegoBoundary{secrets.token_hex(16)}"
            head = _part_head(boundary, name, content_type)
            tail = f"\r\n--{boundary}--\r\n".encode()
            headers = {
                "Content-Type": f"multipart/form-data; boundary={boundary}",
                "Content-Length": str(len(head) + size + len(tail)),
            }
            if authorization:
                headers["Authorization"] = authorization
            _send(connection, "POST", _target(url), headers)
            connection.send(head)
            _send_file(connection, path, size, progress, cancel)
            connection.send(tail)
            response = _get_response(connection)
            body = response.read(MAX_ANSWER_BYTES + 1)
            if response.status == 401 and credentials is not None and attempt == 1:
                # a stale nonce: answer the fresh challenge once
                authorization = _answer(response, credentials, "POST", _target(url))
                continue
            break
    if response.status == 401:
        raise AuthenticationError("The file server refused the account's user name or password.")
    if response.status != 200:
        raise _status_error(response.status, response.reason, "upload")
    if len(body) > MAX_ANSWER_BYTES:
        raise BadAnswerError("The file server's answer is too large to be a file description.")
    try:
        info = parse_ft_http(body.decode("utf-8"))
    except (FileInfoError, UnicodeDecodeError) as error:
        raise BadAnswerError(f"The file server's answer is not understood: {error}.") from None
    if info.size != size:
        raise BadAnswerError(
            f"The file server stored {info.size} bytes of a {size}-byte file; sending stopped."
        )
    if playing_length_ms is not None:
        info = replace(info, playing_length_ms=playing_length_ms)
    return info


def _first_post(
    connection: http.client.HTTPConnection, url: SplitResult, credentials: Credentials | None
) -> str:
    """The empty POST: "" when the server wants no authentication, else the header."""
    _send(connection, "POST", _target(url), {"Content-Length": "0"})
    response = _get_response(connection)
    response.read(MAX_ANSWER_BYTES)
    if response.status in (200, 204):
        return ""
    if response.status == 401:
        if credentials is None:
            raise AuthenticationError(
                "The file server asks for a password; none is set, or the address is not"
                " https (the password is never sent in the clear)."
            )
        return _answer(response, credentials, "POST", _target(url))
    raise _status_error(response.status, response.reason, "upload")


def _answer(
    response: http.client.HTTPResponse, credentials: Credentials, method: str, uri: str
) -> str:
    challenges = response.headers.get_all("WWW-Authenticate") or []
    problem = "The file server asks for an authentication this program does not know."
    for header in challenges:
        try:
            return digest_response(parse_challenge(header), credentials, method, uri)
        except DigestError as error:
            problem = f"The file server cannot be logged in to: {error}."
    raise AuthenticationError(problem)


def _part_head(boundary: str, name: str, content_type: str) -> bytes:
    quoted = name.replace("\\", "\\\\").replace('"', '\\"').replace("\r", "").replace("\n", "")
    return (
        f"--{boundary}\r\n"
        f'Content-Disposition: form-data; name="File"; filename="{quoted}"\r\n'
        f"Content-Type: {content_type}\r\n\r\n"
    ).encode()


def _send_file(
    connection: http.client.HTTPConnection,
    path: Path,
    size: int,
    progress: Progress | None,
    cancel: Cancel | None,
) -> None:
    sent = 0
    with open(path, "rb") as stream:
        while chunk := stream.read(CHUNK_BYTES):
            if cancel is not None and cancel():
                raise CancelledError("Sending the file was cancelled.")
            try:
                connection.send(chunk)
            except OSError as error:
                raise ServerUnreachableError(f"The upload was interrupted ({error}).") from None
            sent += len(chunk)
            if progress is not None:
                progress(sent, size)
    if sent != size:
        raise UnsupportedFileError(reason("The file changed while it was being sent."))


# ----- download ----------------------------------------------------------------------------


def download(
    info: FileInfo,
    files: FileStore,
    max_bytes: int,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    *,
    kind: str = RECEIVED,
    credentials: Credentials | None = None,
    trust: FileServerTrust | None = None,
    retries: int = 2,
    retry_delay: float = 0.5,
    timeout: float = DEFAULT_TIMEOUT,
    deadline_s: float | None = None,
    ssl_context: ssl.SSLContext | None = None,
    now: Callable[[], float] = time.time,
    resolver: Resolver = system_resolver,
) -> Path:
    """Download the file `info` describes into `files`; its final path.

    `trust` names the configured file server: only its origin gets `credentials` (over
    https), and only it may be on a loopback or private address. Retries `retries` more
    times after a failure that may pass (server unreachable, connection cut, 5xx),
    waiting `retry_delay`, then twice as long, and so on; all of it within `deadline_s`
    (default: `download_deadline(info.size)`).
    """
    if info.encrypted:
        raise UnsupportedFileError(
            reason("This file is end-to-end encrypted, which is not supported.")
        )
    if info.until is not None and info.until < now():
        raise ExpiredError("The file is no longer available on the server (it has expired).")
    if info.size > max_bytes:
        raise FileTooLargeError(
            f"The file is {info.size:,} bytes; files above {max_bytes:,} bytes are not downloaded."
        )
    if info.size > files.free_bytes():
        raise FileTooLargeError("There is not enough free disk space for this file.")
    try:
        url = urlsplit(check_download_url(info.url))
    except FileInfoError as error:
        raise BadAnswerError(f"The file cannot be downloaded: {error}.") from None
    trust = trust or FileServerTrust()
    deadline = _Deadline(download_deadline(info.size) if deadline_s is None else deadline_s)
    addresses = _addresses(url, trust, resolver)
    if credentials is not None and not _may_send_credentials(trust, url, addresses):
        credentials = None
    delay = retry_delay
    for attempt in range(retries + 1):
        try:
            return _download_once(
                info, url, addresses, files, kind, progress, cancel, credentials,
                max(0.05, min(timeout, deadline.left())), ssl_context, deadline,
            )  # fmt: skip
        except TransferError as error:
            if deadline.passed():
                raise TooSlowError(
                    "The download took too long and was stopped; nothing was kept."
                ) from None
            if not error.retryable or attempt == retries:
                raise
        _sleep(min(delay, deadline.left()), cancel)
        delay *= 2
    raise AssertionError("unreachable")


def _addresses(
    url: SplitResult, trust: FileServerTrust, resolver: Resolver = system_resolver
) -> list[IpAddress]:
    """The checked addresses of `url`'s host, which the connection will use."""
    host = url.hostname or ""
    port = url.port or (443 if url.scheme.lower() == "https" else 80)
    try:
        return checked_addresses(
            host, port, lambda address: trust.may_connect(url.geturl(), address), resolver
        )
    except AddressRefusedError as error:
        raise ForbiddenAddressError(
            f"The file is on a local or private address ({error}); it is not downloaded."
        ) from None
    except ResolveError as error:
        raise ServerUnreachableError(f"The file server cannot be reached: {error}.") from None


def _may_send_credentials(
    trust: FileServerTrust, url: SplitResult, addresses: list[IpAddress]
) -> bool:
    return all(trust.may_send_credentials(url.geturl(), address) for address in addresses)


def _download_once(
    info: FileInfo,
    url: SplitResult,
    addresses: list[IpAddress],
    files: FileStore,
    kind: str,
    progress: Progress | None,
    cancel: Cancel | None,
    credentials: Credentials | None,
    timeout: float,
    ssl_context: ssl.SSLContext | None,
    deadline: _Deadline,
) -> Path:
    with _connection(url, timeout, ssl_context, addresses, deadline) as connection:
        _send(connection, "GET", _target(url), {})
        response = _get_response(connection)
        if response.status == 401 and credentials is not None:
            response.read(MAX_ANSWER_BYTES)
            authorization = _answer(response, credentials, "GET", _target(url))
            _send(connection, "GET", _target(url), {"Authorization": authorization})
            response = _get_response(connection)
        if response.status in (404, 410):
            raise ExpiredError("The file is no longer available on the server.")
        if response.status == 401:
            raise AuthenticationError("The file server refused to hand out the file.")
        if response.status != 200:
            raise _status_error(response.status, response.reason, "download")
        announced = response.getheader("Content-Length")
        if announced is not None and announced.strip() != str(info.size):
            raise SizeMismatchError(
                f"The server sends {announced.strip()} bytes for a file announced as"
                f" {info.size:,} bytes; the file was not downloaded."
            )
        with files.begin(info.name, kind) as partial:
            _receive(response, partial.write, info, progress, cancel, deadline)
            head = partial.head(_SNIFF_BYTES)
            if not content_matches_type(info.content_type, head):
                raise ContentTypeMismatchError(
                    f"The file is announced as {info.content_type} but its content is not;"
                    " it was not kept."
                )
            return partial.commit(lambda path: _verify_size(path, info.size))


def _receive(
    response: http.client.HTTPResponse,
    write: Callable[[bytes], None],
    info: FileInfo,
    progress: Progress | None,
    cancel: Cancel | None,
    deadline: _Deadline,
) -> None:
    received = 0
    while True:
        if cancel is not None and cancel():
            raise CancelledError("The download was cancelled.")
        if deadline.passed():
            raise TooSlowError("The download took too long and was stopped; nothing was kept.")
        try:
            chunk = response.read1(CHUNK_BYTES)
        except http.client.IncompleteRead:
            chunk = b""
        except (OSError, http.client.HTTPException) as error:
            raise TruncatedError(f"The download was interrupted ({error}).") from None
        if not chunk:
            break
        received += len(chunk)
        if received > info.size:
            raise SizeMismatchError(
                f"The server sent more than the announced {info.size:,} bytes;"
                " the file was not kept."
            )
        write(chunk)
        if progress is not None:
            progress(received, info.size)
    if received < info.size:
        raise TruncatedError(f"The download stopped after {received:,} of {info.size:,} bytes.")


def _verify_size(path: Path, size: int) -> None:
    if path.stat().st_size != size:
        raise SizeMismatchError("The downloaded file does not have the announced size.")


def _sleep(seconds: float, cancel: Cancel | None) -> None:
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        if cancel is not None and cancel():
            raise CancelledError("The download was cancelled.")
        time.sleep(min(left, 0.05))


# ----- HTTP plumbing -----------------------------------------------------------------------


def _server_url(server_url: str) -> SplitResult:
    if not server_url.strip():
        raise TransferError(reason("No file-transfer server is set for this account."))
    try:
        return urlsplit(check_download_url(server_url))
    except FileInfoError:
        raise TransferError(
            reason(
                "The file-transfer server address %1 is not an http(s) address.", repr(server_url)
            )
        ) from None


def _target(url: SplitResult) -> str:
    return (url.path or "/") + (f"?{url.query}" if url.query else "")


class _Deadline:
    """An overall time limit, on the monotonic clock."""

    def __init__(self, seconds: float) -> None:
        self._end = time.monotonic() + max(0.0, seconds)

    def left(self) -> float:
        return max(0.0, self._end - time.monotonic())

    def passed(self) -> bool:
        return time.monotonic() >= self._end


class _PinnedHTTP(http.client.HTTPConnection):
    """Plain http to a checked address; the Host header keeps the URL's name."""

    def __init__(self, host: str, port: int | None, address: IpAddress, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((str(self._address), self.port), self.timeout)


class _PinnedHTTPS(http.client.HTTPSConnection):
    """https to a checked address; the certificate is checked against the URL's name."""

    def __init__(
        self,
        host: str,
        port: int | None,
        address: IpAddress,
        timeout: float,
        context: ssl.SSLContext,
    ) -> None:
        super().__init__(host, port, timeout=timeout, context=context)
        self._address = address
        self._tls = context

    def connect(self) -> None:
        raw = socket.create_connection((str(self._address), self.port), self.timeout)
        try:
            self.sock = self._tls.wrap_socket(raw, server_hostname=self.host)
        except BaseException:
            raw.close()
            raise


@contextmanager
def _connection(
    url: SplitResult,
    timeout: float,
    ssl_context: ssl.SSLContext | None,
    addresses: list[IpAddress],
    deadline: _Deadline | None = None,
) -> Iterator[http.client.HTTPConnection]:
    """A connection to the first checked address; cut when `deadline` passes."""
    host = url.hostname or ""
    address = addresses[0]
    connection: http.client.HTTPConnection
    if url.scheme.lower() == "https":
        context = ssl_context or ssl.create_default_context()
        connection = _PinnedHTTPS(host, url.port, address, timeout, context)
    else:
        connection = _PinnedHTTP(host, url.port, address, timeout)
    watchdog: threading.Timer | None = None
    if deadline is not None:
        # A server may send its headers a byte at a time, each within the socket's
        # timeout: only closing the socket from outside bounds the whole exchange.
        watchdog = threading.Timer(deadline.left(), _cut, args=(connection,))
        watchdog.daemon = True
        watchdog.start()
    try:
        yield connection
    finally:
        if watchdog is not None:
            watchdog.cancel()
        connection.close()


def _cut(connection: http.client.HTTPConnection) -> None:
    sock = connection.sock
    if sock is None:
        return
    # socket.socket's own shutdown, also for an SSLSocket: its override would drop the
    # TLS object under the reading thread's feet.
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


def _send(
    connection: http.client.HTTPConnection, method: str, target: str, headers: dict[str, str]
) -> None:
    try:
        connection.putrequest(method, target, skip_accept_encoding=True)
        connection.putheader("User-Agent", USER_AGENT)
        for name, value in headers.items():
            connection.putheader(name, value)
        connection.endheaders()
    except ssl.SSLCertVerificationError as error:
        raise ServerUnreachableError(
            f"The file server's certificate is not trusted ({error.verify_message})."
        ) from None
    except (OSError, http.client.HTTPException) as error:
        raise ServerUnreachableError(
            f"The file server at {connection.host} cannot be reached ({_reason(error)})."
        ) from None


def _get_response(connection: http.client.HTTPConnection) -> http.client.HTTPResponse:
    try:
        return connection.getresponse()
    except (OSError, http.client.HTTPException) as error:
        raise ServerUnreachableError(
            f"The file server at {connection.host} did not answer ({_reason(error)})."
        ) from None


def _reason(error: BaseException) -> str:
    if isinstance(error, (socket.timeout, TimeoutError)):
        return "timed out"
    return str(error) or type(error).__name__


def _status_error(status: int, reason: str, action: str) -> ServerRejectedError:
    if status == 413:
        return ServerRejectedError("The file is too large for the file server.", status)
    return ServerRejectedError(
        f"The file server refused the {action}: {status} {reason}.".replace(" .", "."), status
    )
