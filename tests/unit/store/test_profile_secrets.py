"""A profile's passwords are named by its own id: they survive a move of its folder, and
entries named by the folder (version 0.1) are moved to the new name."""

from __future__ import annotations

import shutil
from pathlib import Path

import keyring

from jego_desktop.store.keyring_label import entry_label
from jego_desktop.store.profile import Profile
from jego_desktop.store.profile_id import ID_FILE
from jego_desktop.store.secrets import SecretStore
from tests.support.keyring_fixture import KeyringFile, file_keyring

__all__ = ["file_keyring"]

KEY = "+8613800138000@sip.example.com"


def secrets_of(profile: Profile) -> SecretStore:
    return SecretStore(profile.keyring_service, profile.legacy_keyring_services)


def test_an_old_entry_is_moved_to_the_profile_id_and_survives_a_folder_move(
    file_keyring: KeyringFile,
    tmp_path: Path,
) -> None:
    first_home = (tmp_path / "first").resolve()
    first_home.mkdir()
    keyring.set_password(f"jego-desktop:{first_home}", KEY, "s3cret")  # as 0.1 kept it

    profile = Profile.open(first_home)
    assert secrets_of(profile).password(KEY) == "s3cret"
    assert file_keyring.entries() == {f"{profile.keyring_service}\0{KEY}": "s3cret"}
    assert str(first_home) not in profile.keyring_service

    moved_home = tmp_path / "elsewhere" / "profile"
    moved_home.parent.mkdir()
    shutil.move(first_home, moved_home)
    moved = Profile.open(moved_home)
    assert moved.profile_id == profile.profile_id
    assert secrets_of(moved).password(KEY) == "s3cret"


def test_saving_writes_under_the_id_and_clears_the_old_name(
    file_keyring: KeyringFile,
    tmp_path: Path,
) -> None:
    profile = Profile.open(tmp_path / "p")
    keyring.set_password(profile.legacy_keyring_services[0], KEY, "old")
    secrets_of(profile).save_password(KEY, "new")
    assert file_keyring.entries() == {f"{profile.keyring_service}\0{KEY}": "new"}
    secrets_of(profile).delete_password(KEY)
    assert file_keyring.entries() == {}


def test_two_profiles_have_their_own_ids(tmp_path: Path) -> None:
    one, two = Profile.open(tmp_path / "one"), Profile.open(tmp_path / "two")
    assert one.profile_id != two.profile_id
    assert Profile.open(tmp_path / "one").profile_id == one.profile_id
    assert (tmp_path / "one" / ID_FILE).stat().st_mode & 0o077 == 0


def test_status_makes_no_id() -> None:
    assert Profile.locate(Path("/nonexistent/profile")).profile_id == ""


def test_the_label_says_whose_password_it_is() -> None:
    assert entry_label(KEY) == "Jego Desktop: +86 138 0013 8000 at sip.example.com"
    assert entry_label("alice@127.0.0.1:5080") == "Jego Desktop: alice at 127.0.0.1"
