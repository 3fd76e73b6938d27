"""Nothing of a profile is readable by other local users: folders 0700, files 0600.

The process umask is set to the common 022 in each test, so a file created without an
explicit mode would come out 0644 and fail.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from jego_desktop.store.database import Database
from jego_desktop.store.file_store import RECEIVED, SENT, THUMBNAILS, FileStore
from jego_desktop.store.logs import configure_logging
from jego_desktop.store.private_files import restrict_tree
from jego_desktop.store.profile import Profile

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Unix file modes")


@pytest.fixture(autouse=True)
def common_umask() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def readable_by_others(root: Path) -> list[str]:
    """Every folder and file under `root` (and `root`) that group or others can use."""
    found = []
    for path in [root, *root.rglob("*")]:
        if not path.is_symlink() and mode(path) & 0o077:
            found.append(f"{path.relative_to(root.parent)} {oct(mode(path))}")
    return found


@pytest.fixture
def restore_logging() -> Iterator[None]:
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    for handler in root.handlers:
        handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)


def test_a_new_profile_is_private(tmp_path: Path, restore_logging: None) -> None:
    profile = Profile.open(tmp_path / "profile")
    database = Database.open(profile.database_path)
    with database.write() as connection:  # the log (-wal) and shared memory (-shm) exist
        connection.execute("PRAGMA user_version")
    configure_logging(profile.logs_dir)
    logging.getLogger("test").info("a line")
    files = FileStore(profile.files_dir)
    for kind in (RECEIVED, SENT, THUMBNAILS):
        with files.begin("photo.jpg", kind) as partial:
            partial.write(b"\xff\xd8 not really a photo")
            partial.commit()
    assert Path(f"{profile.database_path}-wal").exists()
    assert readable_by_others(profile.root) == []
    assert mode(profile.root) == 0o700 and mode(profile.settings_path) == 0o600
    assert mode(profile.database_path) == 0o600 and mode(profile.logs_dir / "jego.log") == 0o600
    database.close()


def test_a_rotated_log_is_private(tmp_path: Path, restore_logging: None) -> None:
    logs = Profile.open(tmp_path / "profile").logs_dir
    path = configure_logging(logs)
    handler = logging.getLogger().handlers[0]
    assert isinstance(handler, logging.handlers.RotatingFileHandler)
    logging.getLogger("test").info("before")
    handler.doRollover()
    logging.getLogger("test").info("after")
    assert sorted(p.name for p in logs.iterdir()) == ["jego.log", "jego.log.1"]
    assert mode(path) == 0o600 and mode(logs / "jego.log.1") == 0o600


def make_old_profile(root: Path) -> Path:
    """A profile as an older version left it: folders 0755, files 0644."""
    for folder in ("logs", "files/received", "files/thumbnails"):
        (root / folder).mkdir(parents=True)
    for file in (
        "jego.sqlite3",
        "jego.sqlite3-wal",
        "jego.sqlite3-shm",
        "settings.ini",
        "logs/jego.log",
        "logs/jego.log.1",
        "files/received/photo.jpg",
        "files/thumbnails/photo.jpg",
    ):
        (root / file).write_bytes(b"")
    for path in [root, *root.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    return root


def test_an_old_profile_is_made_private_at_start(tmp_path: Path) -> None:
    root = make_old_profile(tmp_path / "profile")
    outside = tmp_path / "outside.txt"
    outside.write_text("the user's own file elsewhere")
    outside.chmod(0o644)
    (root / "files" / "received" / "link").symlink_to(outside)
    changed = Profile.open(root).restrict_modes()
    assert readable_by_others(root) == []
    assert changed == 10  # 8 files, 2 folders (open() already fixed root, logs, files)
    assert mode(outside) == 0o644  # a link is not followed


def test_only_the_apps_own_files_change_and_owners_rights_stay(tmp_path: Path) -> None:
    """`--profile` on a folder in use: the user's own files there keep their modes."""
    root = make_old_profile(tmp_path / "profile")
    mine = root / "notes.txt"
    mine.write_text("the user's")
    mine.chmod(0o644)
    script = root / "files" / "received" / "run.sh"
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    Profile.open(root).restrict_modes()
    assert mode(mine) == 0o644
    assert mode(script) == 0o700
    assert readable_by_others(root) == ["profile/notes.txt 0o644"]


def test_an_old_database_and_log_are_made_private_when_opened(
    tmp_path: Path, restore_logging: None
) -> None:
    """Also without the walk at start: opening them takes the others' rights away."""
    old = tmp_path / "old"
    old.mkdir()
    Database.open(old / "jego.sqlite3").close()
    for path in old.iterdir():
        path.chmod(0o644)
    (old / "jego.log").write_text("old line\n")
    (old / "jego.log").chmod(0o644)
    database = Database.open(old / "jego.sqlite3")
    with database.write() as connection:
        connection.execute("PRAGMA user_version")
    configure_logging(old)
    logging.getLogger("test").info("new line")
    assert [p.name for p in old.iterdir() if mode(p) & 0o077] == []
    database.close()


def test_restrict_tree_leaves_a_private_tree_unchanged(tmp_path: Path) -> None:
    root = make_old_profile(tmp_path / "profile")
    restrict_tree(root)
    assert restrict_tree(root) == 0
