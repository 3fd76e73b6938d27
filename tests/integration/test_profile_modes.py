"""The real app leaves nothing in its profile that other local users can read.

Started on a fresh profile and on one an older version left with 0755 folders and 0644
files; afterwards every folder under the profile is 0700 and every file 0600 (or
tighter). Run under the common umask 022, so a file the app creates without a mode of
its own would show up as 0644.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from jego_desktop.store.database import Database
from tests.integration.app_process import AppProcess

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Unix file modes")

HARNESS_FILES = {"app-stdout.log"}  # written by the test harness, not by the app


@pytest.fixture(autouse=True)
def common_umask() -> Iterator[None]:
    previous = os.umask(0o022)  # inherited by the app process
    yield
    os.umask(previous)


def readable_by_others(root: Path) -> list[str]:
    found = []
    for path in [root, *root.rglob("*")]:
        if path.name in HARNESS_FILES or path.is_symlink():
            continue
        mode = stat.S_IMODE(path.lstat().st_mode)
        if mode & 0o077:
            found.append(f"{path.relative_to(root)} {oct(mode)}")
    return found


def run_app_once(profile: Path, keyring: Path) -> list[str]:
    """Start the app, let it show its window and answer a command, stop it; the walk."""
    app = AppProcess(profile, keyring)
    try:
        app.start()
        assert app.status()["running"] is True
        during = readable_by_others(profile)
    finally:
        assert app.stop() == 0
    return during + readable_by_others(profile)


def test_a_fresh_profile_stays_private(tmp_path: Path) -> None:
    profile = tmp_path / "fresh"
    assert run_app_once(profile, tmp_path / "keyring.json") == []
    assert (profile / "jego.sqlite3").exists() and (profile / "logs" / "jego.log").exists()


def test_an_old_profile_is_made_private(tmp_path: Path) -> None:
    profile = tmp_path / "old"
    for folder in ("logs", "files/received", "files/thumbnails", "files/recordings"):
        (profile / folder).mkdir(parents=True)
    Database.open(profile / "jego.sqlite3").close()
    for file, data in (
        ("logs/jego.log", b"an old line\n"),
        ("files/received/photo.jpg", b"\xff\xd8"),
        ("files/thumbnails/photo.jpg", b"\xff\xd8"),
        ("files/recordings/call.wav", b"RIFF"),
    ):
        (profile / file).write_bytes(data)
    for path in [profile, *profile.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    assert readable_by_others(profile)
    assert run_app_once(profile, tmp_path / "keyring.json") == []
