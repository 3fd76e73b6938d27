"""Per-sender limits and the quota of received files, through the engine and Kamailio
(issue #13, item 7). Bob writes file descriptions to himself: a sender he knows, so only
the limits hold files back. Every message is stored; a held file is one click away."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from jego_desktop.domain.download_limits import DownloadLimits
from jego_desktop.domain.file_transfer import FileInfo
from jego_desktop.domain.messages import Attachment, AttachmentState, Message
from jego_desktop.store.file_store import RECEIVED
from jego_desktop.store.http_transfer import upload
from tests.integration.engine_probe import pump
from tests.integration.test_attachments import Stack, bob, send_description
from tests.peers.file_server import FileServer, file_server_fixture
from tests.peers.kamailio import Kamailio

__all__ = ["bob", "file_server_fixture"]

pytestmark = pytest.mark.peers

SIZE = 3_000


def uploaded(file_server: FileServer, tmp_path: Path, name: str) -> FileInfo:
    path = tmp_path / name
    path.write_bytes(os.urandom(SIZE))
    return upload(file_server.upload_url, path, "application/octet-stream")


def settle(bob: Stack, names: list[str], timeout: float = 20.0) -> dict[str, Attachment]:
    """The named attachments once none is downloading or untouched by a decision."""
    deadline = time.monotonic() + timeout
    while True:
        found: dict[str, tuple[Message, Attachment]] = {
            m.attachments[0].file_name: (m, m.attachments[0])
            for m in bob.incoming()
            if m.attachments
        }
        done = all(
            name in found
            and found[name][1].state is not AttachmentState.DOWNLOADING
            and found[name][1].id is not None
            and not bob.attachments.is_busy(found[name][1].id or 0)
            for name in names
        )
        if done:
            pump(0.3)  # a decision is taken when the message is added: let it finish
            return {name: found[name][1] for name in names}
        assert time.monotonic() < deadline, f"not settled: {found.keys()}"
        pump(0.05)


def test_sender_rate_then_quota_make_room_then_hold(
    bob: Stack, kamailio: Kamailio, file_server: FileServer, tmp_path: Path
) -> None:
    bob.attachments._limits = lambda: DownloadLimits(  # the settings, made small
        auto_bytes=20_000, sender_files_per_hour=2, sender_bytes_per_day=10**6, quota_bytes=10**9
    )
    for name in ("one.bin", "two.bin", "three.bin"):
        send_description(bob, kamailio, uploaded(file_server, tmp_path, name))
        settle(bob, [name])  # one at a time, so "the third" is well defined
    got = settle(bob, ["one.bin", "two.bin", "three.bin"])
    assert [got[n].state for n in ("one.bin", "two.bin")] == [AttachmentState.AVAILABLE] * 2
    assert got["three.bin"].state is AttachmentState.REMOTE  # the sender's hourly rate
    assert any("three.bin" in p and "sent many files lately" in p for p in bob.problems)

    # Quota: room for one more file only if an unopened one goes; "one" was opened.
    bob.attachments._limits = lambda: DownloadLimits(20_000, 100, 10**6, 3 * SIZE - SIZE // 2)
    bob.attachments.mark_opened(got["one.bin"])
    send_description(bob, kamailio, uploaded(file_server, tmp_path, "four.bin"))
    got = settle(bob, ["one.bin", "two.bin", "four.bin"])
    assert got["one.bin"].state is AttachmentState.AVAILABLE
    assert got["two.bin"].state is AttachmentState.REMOTE and got["two.bin"].local_path is None
    assert got["four.bin"].state is AttachmentState.AVAILABLE
    assert any("never opened were removed (1)" in p for p in bob.problems)
    on_disk = sorted(p.name for p in bob.files.folder(RECEIVED).iterdir())
    assert on_disk == ["four.bin", "one.bin"]

    # Nothing unopened left to remove: the next file is held, with a note.
    bob.attachments.mark_opened(got["four.bin"])
    send_description(bob, kamailio, uploaded(file_server, tmp_path, "five.bin"))
    got = settle(bob, ["five.bin"])
    assert got["five.bin"].state is AttachmentState.REMOTE
    assert any("five.bin" in p and "space limit" in p for p in bob.problems)

    # Every message was stored, and a held file is one click away.
    assert len(bob.incoming()) == 5
    [held] = [m for m in bob.incoming() if m.attachments[0].file_name == "five.bin"]
    bob.attachments.download(held, held.attachments[0])
    got = settle(bob, ["five.bin"])
    assert got["five.bin"].state is AttachmentState.AVAILABLE
