"""Downloads whose address a stranger chose, against real HTTP servers (issue #13, item 2).

The stranger's server listens on 127.0.0.2 and records what it receives; the
configured file server is the test file server on 127.0.0.1.
"""

from __future__ import annotations

import re
import time
from dataclasses import replace
from pathlib import Path

import pytest

from jego_desktop.domain.fetch_rules import FileServerTrust
from jego_desktop.domain.file_transfer import FileInfo
from jego_desktop.store.file_store import RECEIVED, FileStore
from jego_desktop.store.http_auth import Credentials
from jego_desktop.store.http_transfer import download, upload
from jego_desktop.store.transfer_errors import (
    AuthenticationError,
    ForbiddenAddressError,
    TooSlowError,
)
from tests.peers.file_server import FileServer, file_server_fixture
from tests.peers.stranger_http import (
    DRIP_BODY,
    DRIP_HEADERS,
    STRANGER_HOST,
    StrangerServer,
    stranger_http_fixture,
)

__all__ = ["file_server_fixture", "stranger_http_fixture"]

pytestmark = pytest.mark.peers

BOB = Credentials("bob", "secret-b")
MB = 1024 * 1024


@pytest.fixture
def files(tmp_path: Path) -> FileStore:
    return FileStore(tmp_path / "profile" / "files")


def left_behind(files: FileStore) -> list[str]:
    return sorted(p.name for p in files.folder(RECEIVED).iterdir())


def test_a_strangers_private_address_is_never_contacted(
    stranger_http: StrangerServer, file_server: FileServer, files: FileStore
) -> None:
    trust = FileServerTrust(file_server.upload_url, plain_http_loopback=True)
    info = FileInfo("invoice.png", 5_000, "image/png", stranger_http.url("/invoice.png"))
    with pytest.raises(ForbiddenAddressError, match=re.escape(STRANGER_HOST)):
        download(info, files, 10 * MB, credentials=BOB, trust=trust)
    # Another port of the configured server's own host is another origin.
    other_port = replace(info, url=f"http://127.0.0.1:{stranger_http.port}/x")
    with pytest.raises(ForbiddenAddressError):
        download(other_port, files, 10 * MB, credentials=BOB, trust=trust)
    assert stranger_http.received() == []
    assert left_behind(files) == []


def test_a_name_resolving_to_one_private_address_among_public_ones_is_refused(
    stranger_http: StrangerServer, files: FileStore
) -> None:
    def rebinding(host: str, port: int) -> list[str]:
        return ["93.184.216.34", STRANGER_HOST]

    info = FileInfo(
        "a.png", 5_000, "image/png", f"http://files.stranger.test:{stranger_http.port}/a"
    )
    with pytest.raises(
        ForbiddenAddressError, match=re.escape("files.stranger.test is at 127.0.0.2")
    ):
        download(info, files, 10 * MB, credentials=BOB, resolver=rebinding)
    assert stranger_http.received() == []


def test_the_connection_goes_to_the_checked_address_not_a_second_lookup(
    file_server: FileServer, files: FileStore, tmp_path: Path
) -> None:
    """The configured server under a name only our resolver knows: the system's resolver
    would fail, so a download that works connected to the address checked once."""
    source = tmp_path / "picture.png"
    source.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(3000))
    uploaded = upload(file_server.upload_url, source, "image/png")
    name = "files.jego.test"
    server = f"http://{name}:{file_server.port}"
    lookups: list[str] = []

    def resolver(host: str, port: int) -> list[str]:
        lookups.append(host)
        return ["127.0.0.1"]

    info = replace(uploaded, url=uploaded.url.replace(file_server.base_url, server))
    trust = FileServerTrust(server + "/upload", plain_http_loopback=True)
    path = download(info, files, 10 * MB, trust=trust, resolver=resolver)
    assert path.read_bytes() == source.read_bytes()
    assert lookups == [name]


def test_credentials_need_https_or_the_explicit_loopback_setting(
    file_server: FileServer, files: FileStore, tmp_path: Path
) -> None:
    file_server.users["bob"] = "secret-b"
    file_server.download_needs_auth = True
    source = tmp_path / "picture.png"
    source.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(3000))
    with pytest.raises(AuthenticationError, match="never sent in the clear"):
        upload(file_server.upload_url, source, "image/png", BOB)
    info = upload(file_server.upload_url, source, "image/png", BOB, plain_http_loopback=True)
    file_server.requests.clear()

    configured_plain = FileServerTrust(file_server.upload_url)  # no loopback exception
    with pytest.raises(AuthenticationError):
        download(info, files, 10 * MB, credentials=BOB, trust=configured_plain, retries=0)
    assert [r.authorised for r in file_server.requests] == [False]

    # https configured, the message names plain http on the same host and port: not
    # the configured origin, so neither credentials nor a private address.
    configured_tls = FileServerTrust(file_server.upload_url.replace("http:", "https:"))
    with pytest.raises(ForbiddenAddressError):
        download(info, files, 10 * MB, credentials=BOB, trust=configured_tls)

    allowed = FileServerTrust(file_server.upload_url, plain_http_loopback=True)
    path = download(info, files, 10 * MB, credentials=BOB, trust=allowed)
    assert path.read_bytes() == source.read_bytes()
    assert file_server.requests[-1].authorised


@pytest.mark.parametrize("mode", [DRIP_BODY, DRIP_HEADERS])
def test_a_server_dripping_a_byte_a_second_is_cut_off_at_the_deadline(
    stranger_http: StrangerServer, files: FileStore, mode: str
) -> None:
    stranger_http.mode = mode
    stranger_http.payload = b"\x89PNG\r\n\x1a\n" + bytes(1000)
    # The server is the configured one here: only the deadline may stop it.
    trust = FileServerTrust(stranger_http.url("/"), plain_http_loopback=True)
    info = FileInfo("slow.png", len(stranger_http.payload), "image/png", stranger_http.url())
    started = time.monotonic()
    with pytest.raises(TooSlowError, match="took too long"):
        download(info, files, 10 * MB, trust=trust, deadline_s=3.0, retry_delay=0.1)
    took = time.monotonic() - started
    print(f"{mode}: stopped after {took:.2f} s (deadline 3 s; the whole answer needs ~1000 s)")
    assert took < 30  # not a timing claim: only that the worker is back, not after 1000 s
    assert left_behind(files) == []
