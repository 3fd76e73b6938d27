"""Where one profile keeps its data: database, settings and logs all live under one folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

from jego_desktop import APP_ID
from jego_desktop.store.private_files import (
    create_private,
    make_private_folder,
    restrict_entry,
    restrict_tree,
)

# What the app keeps at the top of a profile (database and its side and set-aside files,
# settings, the instance socket); anything else there is the user's and left alone.
_OWN_TOP_LEVEL_PREFIXES = ("jego.", "jego-desktop-", "settings.ini")


def default_profile_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


@dataclass(frozen=True)
class Profile:
    """The folder of one profile. Two profiles never share a file.

    Only the user can read it: folders are 0700 and files 0600 (see `private_files`).
    """

    root: Path

    @classmethod
    def open(cls, root: Path | None) -> Profile:
        """Create the profile folder (and its subfolders) if needed, all private."""
        profile = cls((root or default_profile_dir()).expanduser().resolve())
        for folder in (profile.root, profile.logs_dir, profile.files_dir):
            make_private_folder(folder)
        # QSettings keeps the mode of an existing settings.ini when it rewrites it.
        create_private(profile.settings_path)
        return profile

    def restrict_modes(self) -> int:
        """Make what the app keeps in the profile private (a profile from an older
        version was 0755/0644); how many modes were changed.

        Files that are not the app's, put there by the user (`--profile` on a folder
        in use), keep their modes.
        """
        changed = restrict_entry(self.root)
        changed += restrict_tree(self.logs_dir) + restrict_tree(self.files_dir)
        for path in self.root.iterdir():
            if path.name.startswith(_OWN_TOP_LEVEL_PREFIXES):
                changed += restrict_entry(path)
        return changed

    @property
    def database_path(self) -> Path:
        return self.root / "jego.sqlite3"

    @property
    def settings_path(self) -> Path:
        return self.root / "settings.ini"

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    @property
    def files_dir(self) -> Path:
        return self.root / "files"

    @property
    def keyring_service(self) -> str:
        """Service name for secrets: one per profile folder, so profiles do not share passwords."""
        return f"{APP_ID}:{self.root}"
