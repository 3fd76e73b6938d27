"""Where one profile keeps its data: database, settings and logs all live under one folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import platformdirs

from jego_desktop import APP_ID


def default_profile_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


@dataclass(frozen=True)
class Profile:
    """The folder of one profile. Two profiles never share a file."""

    root: Path

    @classmethod
    def open(cls, root: Path | None) -> Profile:
        """Create the profile folder (and its subfolders) if needed."""
        profile = cls((root or default_profile_dir()).expanduser().resolve())
        for folder in (profile.root, profile.logs_dir, profile.files_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return profile

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
