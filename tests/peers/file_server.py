"""A small HTTP file-transfer server speaking Linphone's protocol, on 127.0.0.1.

Protocol (what Linphone's clients do, and what `packaging/file-server/README.md` tells
operators a server must do):

* ``POST <upload path>`` with an empty body: ``204 No Content``, or ``401`` with a
  ``WWW-Authenticate: Digest`` challenge when authentication is on;
* ``POST <upload path>`` with ``multipart/form-data`` holding one part named ``File``
  (its filename and Content-Type): ``200`` with the RCS file-transfer XML
  (``urn:gsma:params:xml:ns:rcs:rcs:fthttp``) giving size, name, content type and the
  download URL with its expiry;
* ``GET <download URL>``: the bytes, ``410 Gone`` once expired, ``404`` if unknown.

Written independently of the client in `jego_desktop.store` (it computes digests and
writes XML itself) so the tests check one against the other. Knobs on `FileServer`
make it misbehave on purpose: lie about the size, cut a download short, declare a wrong
content type, answer slowly.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import quote, unquote
from xml.sax.saxutils import escape, quoteattr

import pytest

UPLOAD_PATH = "/http-file-transfer-server/hft.php"
DOWNLOAD_PREFIX = "/download/"
_CHUNK = 16 * 1024


@dataclass
class StoredFile:
    name: str
    content_type: str
    path: Path
    expires_at: float


@dataclass
class Misbehaviour:
    """What the server gets wrong on purpose; reset between tests by the fixture."""

    size_offset: int = 0  # added to <file-size> in upload answers
    declared_content_type: str | None = None  # replaces the uploaded part's type
    truncate_after: int | None = None  # bytes sent before the connection is cut
    truncate_count: int = 0  # how many downloads are cut (then they are served whole)
    chunk_delay: float = 0.0  # seconds between chunks of a download
    content_length_offset: int = 0  # added to a download's Content-Length header


@dataclass
class RequestRecord:
    method: str
    path: str
    status: int
    authorised: bool


@dataclass
class FileServer:
    """A running file-transfer server; `upload_url` is what an account's setting holds."""

    root: Path
    realm: str = "jego.test"
    users: dict[str, str] = field(default_factory=dict)  # empty: no authentication
    lifetime: float = 3600.0  # seconds a file stays downloadable
    max_upload_bytes: int = 50 * 1024 * 1024
    download_needs_auth: bool = False
    misbehave: Misbehaviour = field(default_factory=Misbehaviour)
    requests: list[RequestRecord] = field(default_factory=list)
    files: dict[str, StoredFile] = field(default_factory=dict)
    _nonces: set[str] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    tls: ssl.SSLContext | None = None  # a server context: serve https
    _httpd: ThreadingHTTPServer | None = None
    _thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        assert self._httpd is not None, "not started"
        return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        scheme = "https" if self.tls is not None else "http"
        return f"{scheme}://127.0.0.1:{self.port}"

    @property
    def upload_url(self) -> str:
        return self.base_url + UPLOAD_PATH

    def start(self) -> None:
        server = self

        class Handler(_Handler):
            owner = server

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        if self.tls is not None:
            self._httpd.socket = self.tls.wrap_socket(self._httpd.socket, server_side=True)
        self._httpd.daemon_threads = False  # server_close() joins every request thread
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(5)
        self._httpd = None
        self._thread = None

    # --- used by the handler --------------------------------------------------------------

    def new_nonce(self) -> str:
        nonce = secrets.token_hex(16)
        with self._lock:
            self._nonces.add(nonce)
        return nonce

    def check_digest(self, header: str | None, method: str) -> bool:
        if not self.users:
            return True
        if not header or not header.lower().startswith("digest "):
            return False
        params = {
            m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3)
            for m in re.finditer(r'(\w+)=(?:"([^"]*)"|([^,\s]+))', header[7:])
        }
        password = self.users.get(params.get("username", ""))
        with self._lock:
            known = params.get("nonce") in self._nonces
        if password is None or not known or params.get("realm") != self.realm:
            return False

        def md5(text: str) -> str:
            return hashlib.md5(text.encode()).hexdigest()

        ha1 = md5(f"{params['username']}:{self.realm}:{password}")
        ha2 = md5(f"{method}:{params.get('uri', '')}")
        if params.get("qop") == "auth":
            expected = md5(
                f"{ha1}:{params['nonce']}:{params.get('nc', '')}:"
                f"{params.get('cnonce', '')}:auth:{ha2}"
            )
        else:
            expected = md5(f"{ha1}:{params['nonce']}:{ha2}")
        return secrets.compare_digest(expected, params.get("response", ""))

    def store(self, name: str, content_type: str, data: bytes) -> tuple[str, StoredFile]:
        token = secrets.token_urlsafe(12)
        path = self.root / token
        path.write_bytes(data)
        stored = StoredFile(name, content_type, path, time.time() + self.lifetime)
        with self._lock:
            self.files[token] = stored
        return token, stored

    def answer_xml(self, token: str, stored: StoredFile) -> str:
        misbehave = self.misbehave
        size = stored.path.stat().st_size + misbehave.size_offset
        content_type = misbehave.declared_content_type or stored.content_type
        url = f"{self.base_url}{DOWNLOAD_PREFIX}{token}/{quote(stored.name)}"
        until = datetime.fromtimestamp(stored.expires_at, tz=timezone.utc)
        until_text = until.strftime("%Y-%m-%dT%H:%M:%SZ")
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<file xmlns="urn:gsma:params:xml:ns:rcs:rcs:fthttp">\n'
            '<file-info type="file">\n'
            f"<file-size>{size}</file-size>\n"
            f"<file-name>{escape(stored.name)}</file-name>\n"
            f"<content-type>{escape(content_type)}</content-type>\n"
            f"<data url={quoteattr(url)} until={quoteattr(until_text)}/>\n"
            "</file-info>\n"
            "</file>\n"
        )


class _Handler(BaseHTTPRequestHandler):
    owner: FileServer
    protocol_version = "HTTP/1.1"
    timeout = 10  # an idle keep-alive connection is closed after this

    def log_message(self, format: str, *args: object) -> None:
        pass  # the request list is the log

    def _record(self, status: int, authorised: bool) -> None:
        with self.owner._lock:
            self.owner.requests.append(RequestRecord(self.command, self.path, status, authorised))

    def _reply(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if status != 204:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)

    def _challenge(self) -> None:
        nonce = self.owner.new_nonce()
        header = f'Digest realm="{self.owner.realm}", nonce="{nonce}", qop="auth", algorithm=MD5'
        self._record(401, False)
        self._reply(401, b"authentication required\n", {"WWW-Authenticate": header})

    def do_POST(self) -> None:
        if self.path.split("?")[0] != UPLOAD_PATH:
            self._record(404, False)
            self._reply(404)
            return
        length = int(self.headers.get("Content-Length") or 0)
        authorised = self.owner.check_digest(self.headers.get("Authorization"), "POST")
        if length > self.owner.max_upload_bytes + 64 * 1024:
            self.close_connection = True
            self._record(413, authorised)
            self._reply(413, b"file too large\n", {"Connection": "close"})
            return
        body = self.rfile.read(length)
        if not authorised:
            self._challenge()
            return
        if length == 0:
            self._record(204, True)
            self._reply(204)
            return
        part = _file_part(self.headers.get("Content-Type", ""), body)
        if part is None:
            self._record(400, True)
            self._reply(400, b"no part named File\n")
            return
        token, stored = self.owner.store(*part)
        xml = self.owner.answer_xml(token, stored).encode()
        self._record(200, True)
        self._reply(200, xml, {"Content-Type": "application/vnd.gsma.rcs-ft-http+xml"})

    def do_GET(self) -> None:
        if self.owner.download_needs_auth and not self.owner.check_digest(
            self.headers.get("Authorization"), "GET"
        ):
            self._challenge()
            return
        if not self.path.startswith(DOWNLOAD_PREFIX):
            self._record(404, True)
            self._reply(404)
            return
        token = unquote(self.path[len(DOWNLOAD_PREFIX) :].split("/")[0])
        stored = self.owner.files.get(token)
        if stored is None:
            self._record(404, True)
            self._reply(404, b"no such file\n")
            return
        if stored.expires_at < time.time():
            self._record(410, True)
            self._reply(410, b"expired\n")
            return
        self._record(200, True)
        self._send_file(stored)

    def _send_file(self, stored: StoredFile) -> None:
        misbehave = self.owner.misbehave
        data = stored.path.read_bytes()
        cut: int | None = None
        with self.owner._lock:
            if misbehave.truncate_after is not None and misbehave.truncate_count > 0:
                misbehave.truncate_count -= 1
                cut = misbehave.truncate_after
        self.send_response(200)
        self.send_header("Content-Type", stored.content_type)
        self.send_header("Content-Length", str(len(data) + misbehave.content_length_offset))
        self.end_headers()
        body = data if cut is None else data[:cut]
        for start in range(0, len(body), _CHUNK):
            if misbehave.chunk_delay:
                time.sleep(misbehave.chunk_delay)
            try:
                self.wfile.write(body[start : start + _CHUNK])
            except OSError:
                return
        if cut is not None or misbehave.content_length_offset:
            self.close_connection = True
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)


def _file_part(content_type: str, body: bytes) -> tuple[str, str, bytes] | None:
    """(file name, content type, bytes) of the multipart part named File."""
    found = re.search(r'boundary="?([^";]+)"?', content_type)
    if not content_type.lower().startswith("multipart/form-data") or found is None:
        return None
    delimiter = b"--" + found.group(1).encode()
    for chunk in body.split(delimiter)[1:]:
        if chunk.startswith(b"--"):
            break
        head, separator, data = chunk.partition(b"\r\n\r\n")
        if not separator:
            continue
        headers = head.decode("utf-8", "replace")
        if not re.search(r'name="File"', headers):
            continue
        name = re.search(r'filename="((?:[^"\\]|\\.)*)"', headers)
        part_type = re.search(r"(?im)^content-type:\s*(.+?)\s*$", headers)
        file_name = re.sub(r"\\(.)", r"\1", name.group(1)) if name else "file"
        mime = part_type.group(1) if part_type else "application/octet-stream"
        return file_name, mime, data.removesuffix(b"\r\n")
    return None


def self_signed_tls(folder: Path) -> tuple[ssl.SSLContext, Path]:
    """(server context, certificate file to trust) for 127.0.0.1, made with openssl."""
    key, cert = folder / "key.pem", folder / "cert.pem"
    argv = [
        *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"),
        *("-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1"),
        *("-addext", "subjectAltName=IP:127.0.0.1"),
    ]
    subprocess.run(
        argv,
        check=True,
        capture_output=True,
        timeout=30,
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context, cert


@pytest.fixture(name="file_server")
def file_server_fixture(tmp_path: Path) -> Iterator[FileServer]:
    """A running `FileServer` storing its files under the test's temporary folder."""
    root = tmp_path / "file-server"
    root.mkdir()
    server = FileServer(root)
    server.start()
    try:
        yield server
    finally:
        server.stop()
