"""A stranger's HTTP server on 127.0.0.2 that records every request it receives.

It plays the attacker of issue #13: named in a file description sent by someone the
user does not know, it answers 401 with a digest challenge in the registrar's own realm
(to collect a digest of the SIP password), or drips its answer one byte a second (to
hold a download worker), or serves a file to whoever asks.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

STRANGER_HOST = "127.0.0.2"

CHALLENGE = "challenge"  # 401 with a Digest challenge
DRIP_BODY = "drip_body"  # 200 with its headers at once, then one body byte a second
DRIP_HEADERS = "drip_headers"  # the status line and headers one byte a second
SERVE = "serve"  # 200 with `payload`


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]


@dataclass
class StrangerServer:
    """A running server; `url(path)` is what the stranger writes in a description."""

    host: str = STRANGER_HOST
    realm: str = "127.0.0.1"  # the registrar's realm, as an attacker would choose
    mode: str = CHALLENGE
    payload: bytes = b""
    drip_seconds: float = 1.0
    drip_limit: float = 120.0  # the dripping handler gives up after this, in seconds
    requests: list[Received] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _stop: threading.Event = field(default_factory=threading.Event)
    _httpd: ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        assert self._httpd is not None, "not started"
        return int(self._httpd.server_address[1])

    def url(self, path: str = "/x") -> str:
        return f"http://{self.host}:{self.port}{path}"

    def received(self) -> list[Received]:
        with self._lock:
            return list(self.requests)

    def start(self) -> None:
        owner = self

        class Handler(_Handler):
            server_owner = owner

        self._httpd = ThreadingHTTPServer((self.host, 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(5)


class _Handler(BaseHTTPRequestHandler):
    server_owner: StrangerServer
    protocol_version = "HTTP/1.1"
    timeout = 10

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        owner = self.server_owner
        with owner._lock:
            owner.requests.append(Received(self.command, self.path, dict(self.headers.items())))
        if owner.mode == CHALLENGE:
            body = b"authentication required\n"
            self.send_response(401)
            self.send_header(
                "WWW-Authenticate",
                f'Digest realm="{owner.realm}", nonce="{secrets.token_hex(16)}",'
                ' qop="auth", algorithm=MD5',
            )
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif owner.mode == SERVE:
            self.send_response(200)
            self.send_header("Content-Length", str(len(owner.payload)))
            self.end_headers()
            self.wfile.write(owner.payload)
        elif owner.mode == DRIP_BODY:
            self.send_response(200)
            self.send_header("Content-Length", str(len(owner.payload)))
            self.end_headers()
            self._drip(owner.payload)
        else:
            head = (
                f"HTTP/1.1 200 OK\r\nContent-Length: {len(owner.payload)}\r\n"
                + "X-Slow: "
                + "." * 4000
                + "\r\n\r\n"
            ).encode()
            self.close_connection = True
            self._drip(head + owner.payload)

    def _drip(self, data: bytes) -> None:
        owner = self.server_owner
        started = time.monotonic()
        for index in range(len(data)):
            if owner._stop.is_set() or time.monotonic() - started > owner.drip_limit:
                return
            try:
                self.wfile.write(data[index : index + 1])
                self.wfile.flush()
            except OSError:
                return  # the client hung up: what the test wants
            owner._stop.wait(owner.drip_seconds)


@pytest.fixture(name="stranger_http")
def stranger_http_fixture() -> Iterator[StrangerServer]:
    server = StrangerServer()
    try:
        server.start()
    except OSError as error:
        pytest.skip(f"cannot listen on {STRANGER_HOST}: {error}")
    try:
        yield server
    finally:
        server.stop()
