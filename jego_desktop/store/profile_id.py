"""A profile's own id: random, kept in a file inside the profile, so it moves with it."""

from __future__ import annotations

import os
import re
from pathlib import Path

from jego_desktop.store.private_files import open_private

ID_FILE = "jego.profile-id"
_VALID = re.compile(r"^[0-9a-f]{32}$")


def read_profile_id(root: Path) -> str | None:
    """The id kept in `root`, or None if there is none (or it is not one of ours)."""
    try:
        text = (root / ID_FILE).read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        return None
    return text if _VALID.match(text) else None


def ensure_profile_id(root: Path) -> str:
    """The id kept in `root`, made and written (0600) on first use."""
    found = read_profile_id(root)
    if found is not None:
        return found
    made = os.urandom(16).hex()
    path = root / ID_FILE
    temporary = path.with_name(f"{ID_FILE}.new")
    descriptor = open_private(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    with open(descriptor, "w", encoding="ascii") as stream:
        stream.write(made + "\n")
    temporary.replace(path)
    return made
