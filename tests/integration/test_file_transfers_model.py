"""The thread-pool wrapper: transfers off the GUI thread, results as signals."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from jego_desktop.domain.fetch_rules import FileServerTrust
from jego_desktop.domain.file_transfer import FileInfo
from jego_desktop.models.chats.file_transfers import FileTransfers
from jego_desktop.store.file_store import FileStore
from jego_desktop.store.http_auth import Credentials
from tests.peers.file_server import FileServer, file_server_fixture

__all__ = ["file_server_fixture"]

pytestmark = pytest.mark.peers


@pytest.fixture
def transfers(tmp_path: Path, qapp: object) -> Iterator[FileTransfers]:
    service = FileTransfers(FileStore(tmp_path / "files"), max_download_bytes=10_000_000)
    yield service
    assert service.shutdown()


def test_upload_then_download_reported_by_signals(
    qtbot: QtBot, transfers: FileTransfers, file_server: FileServer, tmp_path: Path
) -> None:
    file_server.users["alice"] = "pw"
    trust = FileServerTrust(file_server.upload_url, plain_http_loopback=True)
    source = tmp_path / "data.bin"
    source.write_bytes(os.urandom(3_000_000))
    progress: list[tuple[int, int, int]] = []
    transfers.progress.connect(lambda *p: progress.append(p))
    with qtbot.waitSignal(transfers.uploaded, timeout=10_000) as uploaded:
        job = transfers.start_upload(
            file_server.upload_url,
            source,
            "application/octet-stream",
            Credentials("alice", "pw"),
            plain_http_loopback=True,
        )
    assert uploaded.args is not None
    assert uploaded.args[0] == job and isinstance(uploaded.args[1], FileInfo)
    assert progress[-1] == (job, 3_000_000, 3_000_000)
    with qtbot.waitSignal(transfers.downloaded, timeout=10_000) as downloaded:
        job = transfers.start_download(uploaded.args[1], trust=trust)
    assert downloaded.args is not None and downloaded.args[0] == job
    assert Path(downloaded.args[1]).read_bytes() == source.read_bytes()


def test_failures_and_cancel_become_messages(
    qtbot: QtBot, transfers: FileTransfers, file_server: FileServer, tmp_path: Path
) -> None:
    source = tmp_path / "data.bin"
    source.write_bytes(os.urandom(2_000_000))
    trust = FileServerTrust(file_server.upload_url)
    with qtbot.waitSignal(transfers.uploaded, timeout=10_000) as uploaded:
        transfers.start_upload(file_server.upload_url, source, "application/octet-stream")
    assert uploaded.args is not None
    info: FileInfo = uploaded.args[1]
    with qtbot.waitSignal(transfers.failed, timeout=10_000) as failed:
        transfers.start_download(FileInfo("x", 10**9, "image/png", info.url), trust=trust)
    assert failed.args is not None and "are not downloaded" in failed.args[1]
    file_server.misbehave.chunk_delay = 0.05
    with qtbot.waitSignal(transfers.failed, timeout=10_000) as failed:
        job = transfers.start_download(info, trust=trust)
        transfers.cancel(job)
    assert failed.args == [job, "The download was cancelled."]
