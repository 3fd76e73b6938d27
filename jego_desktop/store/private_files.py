"""Files and folders of a profile that only their owner can read: 0600 and 0700.

A profile holds the messages, call history, received files and logs; on a computer
shared with other accounts none of it may be readable by them. New files are created
with these modes whatever the umask (`create_private`, `make_private_folder`), and
`restrict_tree` fixes a profile made by an older version (0755 folders, 0644 files).
On Windows a profile under the user's AppData is already private by its ACL, and these
Unix modes mean nothing there: the functions do nothing.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

PRIVATE_FOLDER = 0o700
PRIVATE_FILE = 0o600
PRIVATE_UMASK = 0o077
POSIX = os.name == "posix"


def use_private_umask() -> None:
    """Files this process creates without asking for a mode (call recordings by pjsua2,
    voice messages by libsndfile, Qt's files) are 0600 too; for the app process only."""
    os.umask(PRIVATE_UMASK)


def make_private_folder(folder: Path) -> None:
    """Create `folder` (and missing parents) and make it 0700 (parents as they come)."""
    folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
    if POSIX and stat.S_IMODE(folder.stat().st_mode) != PRIVATE_FOLDER:
        folder.chmod(PRIVATE_FOLDER)


def create_private(path: Path) -> None:
    """Create `path` empty and 0600 if it does not exist (an existing file is kept)."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))


def restrict_file(path: Path) -> None:
    """Take the group's and others' rights off an existing file (not through a link)."""
    with contextlib.suppress(FileNotFoundError):
        info = path.lstat()
        if POSIX and not stat.S_ISLNK(info.st_mode) and info.st_mode & ~PRIVATE_FILE & 0o777:
            path.chmod(stat.S_IMODE(info.st_mode) & PRIVATE_FILE)


def open_private(path: Path, flags: int) -> int:
    """`os.open` with mode 0600 for a file it creates (binary: no newline translation on
    Windows, where a descriptor is text by default)."""
    return os.open(path, flags | getattr(os, "O_BINARY", 0), PRIVATE_FILE)


def restrict_tree(root: Path) -> int:
    """Make every folder under `root` (and `root`) 0700 and every file 0600.

    Symbolic links are neither followed nor changed: a link inside a profile must not
    lend its target our chmod. Returns how many modes were changed.
    """
    if not POSIX:
        return 0
    changed = _restrict(root, PRIVATE_FOLDER)
    for folder, folders, files in os.walk(root):  # does not descend into linked folders
        for name in (*folders, *files):
            path = Path(folder, name)
            with contextlib.suppress(OSError):  # vanished meanwhile, or not ours
                info = path.lstat()
                if stat.S_ISLNK(info.st_mode):
                    continue
                wanted = PRIVATE_FOLDER if stat.S_ISDIR(info.st_mode) else PRIVATE_FILE
                if stat.S_IMODE(info.st_mode) & ~wanted:
                    path.chmod(stat.S_IMODE(info.st_mode) & wanted)
                    changed += 1
    return changed


def _restrict(folder: Path, wanted: int) -> int:
    mode = stat.S_IMODE(folder.lstat().st_mode)
    if mode & ~wanted:
        folder.chmod(mode & wanted)
        return 1
    return 0
