"""Upload and download through a real HTTP file-transfer server speaking Linphone's protocol."""

from __future__ import annotations

import os
import socket
import ssl
import time
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from jego_desktop.domain.fetch_rules import FileServerTrust
from jego_desktop.domain.file_transfer import FileInfo, build_ft_http, parse_ft_http
from jego_desktop.store.file_store import RECEIVED, FileStore
from jego_desktop.store.http_auth import Credentials
from jego_desktop.store.http_transfer import download, upload
from jego_desktop.store.transfer_errors import (
    AuthenticationError,
    BadAnswerError,
    CancelledError,
    ContentTypeMismatchError,
    ExpiredError,
    FileTooLargeError,
    ServerRejectedError,
    ServerUnreachableError,
    SizeMismatchError,
    TransferError,
    TruncatedError,
)
from tests.peers.file_server import FileServer, file_server_fixture, self_signed_tls

__all__ = ["file_server_fixture"]

pytestmark = pytest.mark.peers

ALICE = Credentials("alice", "s3cret")
MB = 1024 * 1024


def trusted(server_url: str) -> FileServerTrust:
    """The server as configured in the settings; plain http on loopback allowed (tests)."""
    return FileServerTrust(server_url, plain_http_loopback=True)


@pytest.fixture
def picture(tmp_path: Path) -> Path:
    image = QImage(320, 240, QImage.Format.Format_RGB32)
    image.fill(QColor(200, 30, 30))
    for x in range(0, 320, 7):
        image.setPixelColor(x, x % 240, QColor(0, 0, 255))
    path = tmp_path / "picture.png"
    assert image.save(str(path))
    return path


@pytest.fixture
def files(tmp_path: Path) -> FileStore:
    return FileStore(tmp_path / "profile" / "files")


@pytest.fixture
def uploaded(file_server: FileServer, picture: Path) -> FileInfo:
    return upload(file_server.upload_url, picture, "image/png")


def all_names(files: FileStore) -> list[str]:
    """Everything in the received folder, hidden temporary files included."""
    return sorted(p.name for p in files.folder(RECEIVED).iterdir())


def test_picture_round_trip_with_digest_authentication(
    file_server: FileServer, picture: Path, files: FileStore
) -> None:
    file_server.users["alice"] = "s3cret"
    file_server.download_needs_auth = True
    sent: list[tuple[int, int]] = []
    info = upload(
        file_server.upload_url, picture, "image/png", ALICE, lambda *p: sent.append(p),
        plain_http_loopback=True,
    )  # fmt: skip
    assert info.name == "picture.png" and info.size == picture.stat().st_size
    assert info.content_type == "image/png" and info.until is not None
    assert sent[-1] == (info.size, info.size)

    # What travels in the SIP MESSAGE, and what the receiver reads from it.
    received_info = parse_ft_http(build_ft_http(info))
    got: list[tuple[int, int]] = []
    path = download(
        received_info, files, 10 * MB, lambda *p: got.append(p), credentials=ALICE,
        trust=trusted(file_server.upload_url),
    )  # fmt: skip
    assert path.read_bytes() == picture.read_bytes()
    assert path == files.folder(RECEIVED) / "picture.png"
    assert got[-1] == (info.size, info.size)
    assert [(r.method, r.status) for r in file_server.requests] == [
        ("POST", 401),  # the empty POST is challenged
        ("POST", 200),  # the multipart POST carries the answer
        ("GET", 401),
        ("GET", 200),
    ]


def test_a_server_without_authentication_answers_204_first(
    file_server: FileServer, picture: Path
) -> None:
    upload(file_server.upload_url, picture, "image/png")
    assert [(r.method, r.status) for r in file_server.requests] == [("POST", 204), ("POST", 200)]


def test_wrong_or_missing_password(file_server: FileServer, picture: Path) -> None:
    file_server.users["alice"] = "s3cret"
    with pytest.raises(AuthenticationError, match="user name or password"):
        upload(
            file_server.upload_url, picture, "image/png", Credentials("alice", "wrong"),
            plain_http_loopback=True,
        )  # fmt: skip
    with pytest.raises(AuthenticationError, match="none is set"):
        upload(file_server.upload_url, picture, "image/png")
    assert not list(file_server.root.iterdir())


def test_voice_recording_keeps_its_playing_length(file_server: FileServer, tmp_path: Path) -> None:
    voice = tmp_path / "voice.ogg"
    voice.write_bytes(b"OggS" + bytes(100))
    info = upload(
        file_server.upload_url, voice, "audio/ogg;voice-recording=yes", playing_length_ms=2500
    )
    assert parse_ft_http(build_ft_http(info)).playing_length_ms == 2500
    assert info.is_voice_recording


def test_hostile_file_name_lands_inside_the_folder(
    file_server: FileServer, picture: Path, files: FileStore
) -> None:
    info = upload(file_server.upload_url, picture, "image/png", file_name="../../../evil.png")
    assert info.name == "../../../evil.png"  # the server echoes what it was given
    path = download(info, files, 10 * MB, trust=trusted(file_server.upload_url))
    assert path == files.folder(RECEIVED) / "evil.png"
    assert not (files.root.parent.parent / "evil.png").exists()


def test_a_server_storing_another_size_is_caught_at_upload(
    file_server: FileServer, picture: Path
) -> None:
    file_server.misbehave.size_offset = 10
    with pytest.raises(BadAnswerError, match="stored"):
        upload(file_server.upload_url, picture, "image/png")


def test_size_that_does_not_match(
    file_server: FileServer, uploaded: FileInfo, files: FileStore
) -> None:
    with pytest.raises(SizeMismatchError, match="announced as"):
        download(
            replace(uploaded, size=uploaded.size - 1),
            files,
            10 * MB,
            trust=trusted(file_server.upload_url),
        )
    file_server.misbehave.content_length_offset = 5
    with pytest.raises(SizeMismatchError):
        download(uploaded, files, 10 * MB, trust=trusted(file_server.upload_url))
    assert all_names(files) == []


def test_more_bytes_than_announced_without_content_length(
    file_server: FileServer, uploaded: FileInfo, files: FileStore
) -> None:
    # A lying size detected while counting, when there is no Content-Length to compare.
    with pytest.raises(SizeMismatchError):
        _download_counting_only(replace(uploaded, size=uploaded.size - 100), files)
    assert all_names(files) == []


def test_truncated_download_is_retried_then_succeeds(
    file_server: FileServer, uploaded: FileInfo, files: FileStore, picture: Path
) -> None:
    file_server.misbehave.truncate_after = 1000
    file_server.misbehave.truncate_count = 1
    path = download(
        uploaded, files, 10 * MB, trust=trusted(file_server.upload_url), retry_delay=0.01
    )
    assert path.read_bytes() == picture.read_bytes()
    assert [r.method for r in file_server.requests].count("GET") == 2
    assert all_names(files) == ["picture.png"]


def test_truncated_download_gives_up_and_leaves_nothing(
    file_server: FileServer, uploaded: FileInfo, files: FileStore
) -> None:
    file_server.misbehave.truncate_after = 1000
    file_server.misbehave.truncate_count = 10
    with pytest.raises(TruncatedError, match="stopped after 1,000 of"):
        download(
            uploaded,
            files,
            10 * MB,
            trust=trusted(file_server.upload_url),
            retries=2,
            retry_delay=0.01,
        )
    assert [r.method for r in file_server.requests].count("GET") == 3
    assert all_names(files) == []


def test_oversized_file_is_not_even_requested(
    file_server: FileServer, uploaded: FileInfo, files: FileStore
) -> None:
    with pytest.raises(FileTooLargeError, match="are not downloaded"):
        download(
            uploaded, files, max_bytes=uploaded.size - 1, trust=trusted(file_server.upload_url)
        )
    assert "GET" not in [r.method for r in file_server.requests]


def test_content_type_that_lies(file_server: FileServer, picture: Path, files: FileStore) -> None:
    file_server.misbehave.declared_content_type = "image/jpeg"
    info = upload(file_server.upload_url, picture, "image/png")
    with pytest.raises(ContentTypeMismatchError, match="announced as image/jpeg"):
        download(info, files, 10 * MB, trust=trusted(file_server.upload_url))
    assert all_names(files) == []


def test_unreachable_server(picture: Path, files: FileStore, uploaded: FileInfo) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    dead = f"http://127.0.0.1:{port}/hft.php"
    with pytest.raises(ServerUnreachableError, match="cannot be reached"):
        upload(dead, picture, "image/png", timeout=2)
    started = time.monotonic()
    with pytest.raises(ServerUnreachableError):
        download(
            replace(uploaded, url=dead), files, 10 * MB, retries=2, retry_delay=0.05,
            trust=trusted(dead),
        )  # fmt: skip
    assert time.monotonic() - started >= 0.15  # waited 0.05 + 0.1 between the three tries
    with pytest.raises(TransferError, match="No file-transfer server"):
        upload("", picture, "image/png")


def test_expired_files(file_server: FileServer, uploaded: FileInfo, files: FileStore) -> None:
    with pytest.raises(ExpiredError):
        download(
            uploaded,
            files,
            10 * MB,
            trust=trusted(file_server.upload_url),
            now=lambda: (uploaded.until or 0) + 1,
        )
    assert "GET" not in [r.method for r in file_server.requests]
    for stored in file_server.files.values():
        stored.expires_at = time.time() - 1
    with pytest.raises(ExpiredError, match="no longer available"):
        download(uploaded, files, 10 * MB, trust=trusted(file_server.upload_url))
    assert all_names(files) == []


def test_slow_server_cancel_and_timeout(
    file_server: FileServer, tmp_path: Path, files: FileStore
) -> None:
    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(2 * MB))
    info = upload(file_server.upload_url, big, "application/octet-stream")
    file_server.misbehave.chunk_delay = 0.02
    progress: list[int] = []
    with pytest.raises(CancelledError):
        download(
            info, files, 10 * MB, lambda done, total: progress.append(done), lambda: bool(progress),
            trust=trusted(file_server.upload_url),
        )  # fmt: skip
    assert all_names(files) == []
    file_server.misbehave.chunk_delay = 0.3
    with pytest.raises(TruncatedError, match="interrupted"):
        download(
            info, files, 10 * MB, trust=trusted(file_server.upload_url), retries=0, timeout=0.1
        )
    assert all_names(files) == []


def test_server_refuses_a_large_upload(file_server: FileServer, tmp_path: Path) -> None:
    file_server.max_upload_bytes = 100_000
    big = tmp_path / "big.bin"
    big.write_bytes(bytes(1 * MB))
    with pytest.raises((ServerRejectedError, ServerUnreachableError)):
        upload(file_server.upload_url, big, "application/octet-stream")


def test_speed(file_server: FileServer, tmp_path: Path, files: FileStore) -> None:
    """Not a limit, a figure: about 150 MB/s each way on loopback on the reference machine."""
    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(20 * MB))
    started = time.perf_counter()
    info = upload(file_server.upload_url, big, "application/octet-stream")
    up = time.perf_counter() - started
    started = time.perf_counter()
    path = download(info, files, 100 * MB, trust=trusted(file_server.upload_url))
    down = time.perf_counter() - started
    assert path.stat().st_size == 20 * MB
    print(f"upload {20 / up:.0f} MB/s, download {20 / down:.0f} MB/s")


def _download_counting_only(info: FileInfo, files: FileStore) -> Path:
    """`download` against a server that sends no Content-Length (HTTP/1.0 style)."""
    import http.server
    import threading

    body = b"\x89PNG\r\n\x1a\n" + bytes(info.size + 92)

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(200)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/x"
        return download(replace(info, url=url), files, 10 * MB, retries=0, trust=trusted(url))
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_https_certificates_are_verified(tmp_path: Path, picture: Path, files: FileStore) -> None:
    context, certificate = self_signed_tls(tmp_path)
    server = FileServer(tmp_path / "stored", tls=context)
    server.root.mkdir()
    server.start()
    try:
        with pytest.raises(ServerUnreachableError, match="certificate is not trusted"):
            upload(server.upload_url, picture, "image/png")
        trusting = ssl.create_default_context(cafile=str(certificate))
        info = upload(server.upload_url, picture, "image/png", ssl_context=trusting)
        assert info.url.startswith("https://127.0.0.1:")
        with pytest.raises(ServerUnreachableError, match="certificate is not trusted"):
            download(info, files, 10 * MB, trust=trusted(server.upload_url), retries=0)
        path = download(
            info, files, 10 * MB, trust=trusted(server.upload_url), ssl_context=trusting
        )
        assert path.read_bytes() == picture.read_bytes()
    finally:
        server.stop()
