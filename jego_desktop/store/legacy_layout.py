"""Moving files and folders from where an older version kept them, losing nothing.

Each step is a rename (or a copy then delete across file systems), so an interrupted
move is finished by the next start. Where both places hold a file of the same name, the
new one is kept and the old one stays where it was.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path

from jego_desktop.store.private_files import make_private_folder


def move_legacy_layout(moves: Iterable[tuple[Path, Path]]) -> list[str]:
    """Move each old path to its new place; a line for each move made."""
    done: list[str] = []
    for old, new in moves:
        if old.is_symlink() or not old.exists():
            continue
        if _move(old, new):
            done.append(f"{old} -> {new}")
    return done


def _move(old: Path, new: Path) -> bool:
    make_private_folder(new.parent)
    if not new.exists() and not new.is_symlink():
        shutil.move(str(old), str(new))
        return True
    if not (old.is_dir() and new.is_dir()):
        return False  # the file is already in its new place: the old one is left alone
    moved = False
    for child in sorted(old.iterdir()):
        moved = _move(child, new / child.name) or moved
    if not any(old.iterdir()):
        old.rmdir()
    return moved
