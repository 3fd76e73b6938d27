"""The default profile lives in the desktop's own folders; an old one is moved there whole."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from jego_desktop.store.file_store import THUMBNAILS, FileStore
from jego_desktop.store.profile import Profile

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def desktop(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, Path]:
    folders = {name: tmp_path / name for name in ("data", "config", "cache", "state")}
    for name, folder in folders.items():
        monkeypatch.setenv(f"XDG_{name.upper()}_HOME", str(folder))
    return folders


def make_old_layout(root: Path) -> dict[str, bytes]:
    """A profile as version 0.1 left it: everything in the data folder."""
    contents = {
        "jego.sqlite3": b"SQLite format 3\0 the database",
        "jego.sqlite3-wal": b"the write-ahead log",
        "settings.ini": b"[ui]\nlanguage=fr\n",
        "logs/jego.log": b"2026-12-01 INFO started\n",
        "logs/jego.log.1": b"2026-11-30 INFO older\n",
        "files/received/photo.jpg": b"\xff\xd8 a photo",
        "files/sent/voice.ogg": b"OggS a voice message",
        "files/recordings/call.wav": b"RIFF a recording",
        "files/thumbnails/attachment-7.jpg": b"\xff\xd8 a thumbnail",
    }
    for name, data in contents.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
    return contents


def test_the_default_profile_uses_the_desktop_folders(desktop: dict[str, Path]) -> None:
    profile = Profile.open(None)
    assert profile.database_path == desktop["data"] / "jego-desktop" / "jego.sqlite3"
    assert profile.files_dir == desktop["data"] / "jego-desktop" / "files"
    assert profile.settings_path == desktop["config"] / "jego-desktop" / "settings.ini"
    assert profile.logs_dir.is_relative_to(desktop["state"] / "jego-desktop")
    assert profile.thumbnails_dir.is_relative_to(desktop["cache"] / "jego-desktop")
    assert profile.settings_path.is_file() and profile.logs_dir.is_dir()
    files = FileStore(profile.files_dir, profile.thumbnails_dir)
    assert files.folder(THUMBNAILS) == profile.thumbnails_dir


def test_a_profile_folder_keeps_everything_under_it(
    desktop: dict[str, Path], tmp_path: Path
) -> None:
    profile = Profile.open(tmp_path / "mine")
    for path in (profile.settings_path, profile.logs_dir, profile.thumbnails_dir):
        assert path.is_relative_to(tmp_path / "mine")
    assert profile.settings_path == tmp_path / "mine" / "settings.ini"
    assert profile.logs_dir == tmp_path / "mine" / "logs"
    assert not any(folder.exists() for folder in desktop.values())


def test_an_old_profile_is_moved_on_first_start_and_nothing_is_lost(
    desktop: dict[str, Path],
) -> None:
    old = desktop["data"] / "jego-desktop"
    contents = make_old_layout(old)
    profile = Profile.open(None)
    new_place = {
        "jego.sqlite3": profile.database_path,
        "jego.sqlite3-wal": profile.root / "jego.sqlite3-wal",
        "settings.ini": profile.settings_path,
        "logs/jego.log": profile.logs_dir / "jego.log",
        "logs/jego.log.1": profile.logs_dir / "jego.log.1",
        "files/received/photo.jpg": profile.files_dir / "received" / "photo.jpg",
        "files/sent/voice.ogg": profile.files_dir / "sent" / "voice.ogg",
        "files/recordings/call.wav": profile.files_dir / "recordings" / "call.wav",
        "files/thumbnails/attachment-7.jpg": profile.thumbnails_dir / "attachment-7.jpg",
    }
    for name, data in contents.items():
        assert new_place[name].read_bytes() == data, name
    assert not (old / "settings.ini").exists()
    assert not (old / "logs").exists() and not (old / "files" / "thumbnails").exists()
    assert len(profile.moved) == 3
    assert Profile.open(None).moved == ()  # the second start has nothing to move


def test_a_file_in_both_places_is_kept_in_both(desktop: dict[str, Path]) -> None:
    old = desktop["data"] / "jego-desktop"
    make_old_layout(old)
    newer = desktop["config"] / "jego-desktop" / "settings.ini"
    newer.parent.mkdir(parents=True)
    newer.write_text("[ui]\nlanguage=zh_CN\n")
    profile = Profile.open(None)
    assert profile.settings_path.read_text() == "[ui]\nlanguage=zh_CN\n"
    assert (old / "settings.ini").read_text() == "[ui]\nlanguage=fr\n"


def test_status_reads_an_old_profiles_settings_before_it_is_moved(
    desktop: dict[str, Path],
) -> None:
    old = desktop["data"] / "jego-desktop"
    make_old_layout(old)
    profile = Profile.locate(None)
    assert profile.settings_to_read() == old / "settings.ini"


@pytest.mark.parametrize("args", [["status"], ["status", "--json"], ["--help"]])
def test_status_and_help_write_nothing(tmp_path: Path, args: list[str]) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "PYTHONPATH": str(ROOT),
        "PYTHONDONTWRITEBYTECODE": "1",
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [sys.executable, "-m", "jego_desktop", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert [str(p.relative_to(home)) for p in home.rglob("*")] == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home"]
