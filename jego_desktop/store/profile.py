"""Where one profile keeps its things, in the desktop's own folders.

The default profile follows the platform (platformdirs): settings in the config folder,
the database and files in the data folder, thumbnails in the cache folder, logs in the
state folder (`~/.config/jego-desktop`, `~/.local/share/jego-desktop`,
`~/.cache/jego-desktop`, `~/.local/state/jego-desktop/log` on Linux). `--profile DIR`
keeps everything under DIR. Version 0.1 kept everything in the data folder; the
first `open` moves such a profile (`legacy_layout`).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

import platformdirs

from jego_desktop import APP_ID
from jego_desktop.store.legacy_layout import move_legacy_layout
from jego_desktop.store.private_files import (
    create_private,
    make_private_folder,
    restrict_entry,
    restrict_tree,
)
from jego_desktop.store.profile_id import ensure_profile_id

# What the app keeps at the top of a profile (database and its side and set-aside files,
# settings, the profile id, the instance socket); anything else there is the user's and
# left alone.
_OWN_TOP_LEVEL_PREFIXES = ("jego.", "jego-desktop-", "settings.ini")
SETTINGS_FILE = "settings.ini"


def default_profile_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


@dataclass(frozen=True)
class Profile:
    """One profile's folders. Two profiles never share a file.

    `root` (the data folder, or `--profile DIR`) names the profile: its database, files,
    id and instance. Only the user can read what the app creates: folders are 0700 and
    files 0600 (see `private_files`).
    """

    root: Path
    settings_path: Path
    logs_dir: Path
    thumbnails_dir: Path
    moved: tuple[str, ...] = field(default=(), compare=False)  # what `open` moved in
    profile_id: str = ""  # kept inside the profile (`profile_id.py`); "" until `open`

    @classmethod
    def locate(cls, root: Path | None) -> Profile:
        """The profile's paths, touching nothing on disk (for `status`)."""
        if root is not None:
            folder = root.expanduser().resolve()
            return cls(folder, folder / SETTINGS_FILE, folder / "logs", folder / "files/thumbnails")
        return cls(
            default_profile_dir().expanduser().resolve(),
            Path(platformdirs.user_config_dir(APP_ID, appauthor=False)) / SETTINGS_FILE,
            Path(platformdirs.user_log_dir(APP_ID, appauthor=False)),
            Path(platformdirs.user_cache_dir(APP_ID, appauthor=False)) / "thumbnails",
        )

    @classmethod
    def open(cls, root: Path | None) -> Profile:
        """Create the profile's folders if needed, all private; move an old layout in."""
        profile = cls.locate(root)
        moved = move_legacy_layout(profile.legacy_moves())
        for folder in (profile.root, profile.logs_dir, profile.files_dir):
            make_private_folder(folder)
        make_private_folder(profile.settings_path.parent)
        # QSettings keeps the mode of an existing settings.ini when it rewrites it.
        create_private(profile.settings_path)
        return replace(profile, moved=tuple(moved), profile_id=ensure_profile_id(profile.root))

    def legacy_moves(self) -> list[tuple[Path, Path]]:
        """(where version 0.1 kept it, where it belongs now), where they differ."""
        pairs = [
            (self.root / SETTINGS_FILE, self.settings_path),
            (self.root / "logs", self.logs_dir),
            (self.root / "files" / "thumbnails", self.thumbnails_dir),
        ]
        return [(old, new) for old, new in pairs if old != new]

    def settings_to_read(self) -> Path:
        """The settings file a read-only command reads: an old layout's until moved."""
        for old, new in self.legacy_moves():
            if new == self.settings_path and old.exists() and not new.exists():
                return old
        return self.settings_path

    def restrict_modes(self) -> int:
        """Make what the app keeps in the profile private (a profile from an older
        version was 0755/0644); how many modes were changed.

        Files that are not the app's, put there by the user (`--profile` on a folder
        in use), keep their modes.
        """
        changed = restrict_entry(self.root)
        changed += restrict_tree(self.logs_dir) + restrict_tree(self.files_dir)
        if self.thumbnails_dir.exists():
            changed += restrict_tree(self.thumbnails_dir)
        changed += restrict_entry(self.settings_path)
        for path in self.root.iterdir():
            if path.name.startswith(_OWN_TOP_LEVEL_PREFIXES):
                changed += restrict_entry(path)
        return changed

    @property
    def database_path(self) -> Path:
        return self.root / "jego.sqlite3"

    @property
    def files_dir(self) -> Path:
        return self.root / "files"

    @property
    def keyring_service(self) -> str:
        """Service name for secrets: one per profile, so profiles do not share passwords;
        from the profile's id, so a profile moved to another folder keeps them."""
        if not self.profile_id:
            raise RuntimeError("the profile is not open: it has no id yet")
        return f"{APP_ID}:{self.profile_id}"

    @property
    def legacy_keyring_services(self) -> tuple[str, ...]:
        """Where version 0.1 kept this profile's secrets: named by its folder."""
        return (f"{APP_ID}:{self.root}",)
