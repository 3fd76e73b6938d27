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


def open_private(path: Path, flags: int) -> int:
    """`os.open` with mode 0600 for a file it creates (binary: no newline translation on
    Windows, where a descriptor is text by default)."""
    return os.open(path, flags | getattr(os, "O_BINARY", 0), PRIVATE_FILE)


def restrict_tree(root: Path) -> int:
    """Take the group's and others' rights off `root` and everything under it.

    Only those rights: the owner's stay as they were (a 0644 file becomes 0600, a 0755
    folder 0700). Symbolic links are neither followed nor changed: a link inside a
    profile must not lend its target our chmod. Returns how many modes were changed.
    """
    if not POSIX:
        return 0
    changed = restrict_entry(root)
    for folder, folders, files in os.walk(root):  # does not descend into linked folders
        for name in (*folders, *files):
            changed += restrict_entry(Path(folder, name))
    return changed


def restrict_entry(path: Path) -> int:
    """Take the group's and others' rights off one file or folder (not a link); 1 if
    its mode changed."""
    if not POSIX:
        return 0
    try:
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode) or not info.st_mode & 0o077:
            return 0
        path.chmod(stat.S_IMODE(info.st_mode) & ~0o077)
    except OSError:  # vanished meanwhile, or not ours
        return 0
    return 1
