"""Accounts saved from the GUI: password in the keyring only, row in the store, engine reloaded."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from jego_desktop.domain.accounts import AccountConfig, Transport
from jego_desktop.models.settings.account_editor import AccountEditor, AccountSaveError
from jego_desktop.store.accounts import AccountStore
from jego_desktop.store.database import Database
from jego_desktop.store.secrets import SecretStore
from tests.support.keyring_fixture import KeyringFile, file_keyring

__all__ = ["file_keyring"]

SERVICE = "jego-test"
SECRET = "s3cret-Passw0rd"


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    db = Database.open(tmp_path / "jego.sqlite3")
    yield db
    db.close()


def make_editor(database: Database) -> tuple[AccountEditor, list[str]]:
    reloads: list[str] = []
    editor = AccountEditor(
        AccountStore(database), SecretStore(SERVICE), lambda: reloads.append("reload")
    )
    return editor, reloads


ALICE = AccountConfig("+33612345678", "127.0.0.1:5060", Transport.TCP)


def test_add_keeps_the_password_in_the_keyring_only(
    database: Database, file_keyring: KeyringFile, tmp_path: Path
) -> None:
    editor, reloads = make_editor(database)
    editor.add(ALICE, SECRET)
    assert editor.accounts() == [ALICE]
    assert file_keyring.entries() == {f"{SERVICE}\0{ALICE.key}": SECRET}
    assert reloads == ["reload"]
    database.close()
    for path in tmp_path.glob("jego.sqlite3*"):
        assert SECRET.encode() not in path.read_bytes(), path


def test_a_duplicate_is_refused(database: Database, file_keyring: KeyringFile) -> None:
    editor, _ = make_editor(database)
    editor.add(ALICE, SECRET)
    with pytest.raises(AccountSaveError, match="already bound"):
        editor.add(ALICE, "other")
    assert editor.stored_password(ALICE.key) == SECRET


def test_update_moves_the_password_to_the_new_key(
    database: Database, file_keyring: KeyringFile
) -> None:
    editor, reloads = make_editor(database)
    editor.add(ALICE, SECRET)
    moved = AccountConfig("+33612345678", "127.0.0.1:5070", Transport.UDP)
    editor.update(ALICE.key, moved, "")  # empty: keep the password
    assert editor.accounts() == [moved]
    assert file_keyring.entries() == {f"{SERVICE}\0{moved.key}": SECRET}
    editor.update(moved.key, moved, "new-one")
    assert editor.stored_password(moved.key) == "new-one"
    assert len(reloads) == 3


def test_remove_forgets_the_password(database: Database, file_keyring: KeyringFile) -> None:
    editor, _ = make_editor(database)
    editor.add(ALICE, SECRET)
    editor.remove(ALICE.key)
    assert editor.accounts() == []
    assert file_keyring.entries() == {}
    with pytest.raises(AccountSaveError, match="not bound"):
        editor.remove(ALICE.key)


def test_without_a_keyring_the_account_is_kept_and_the_password_held_for_the_session(
    database: Database,
) -> None:
    import keyring
    import keyring.backends.fail

    previous = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())
    try:
        secrets = SecretStore(SERVICE)
        reloads: list[str] = []
        editor = AccountEditor(AccountStore(database), secrets, lambda: reloads.append("r"))
        assert not editor.keyring_keeps_passwords()
        editor.add(ALICE, SECRET)
        assert secrets.held_for_session(ALICE.key)
        assert secrets.password(ALICE.key) == SECRET
        assert SecretStore(SERVICE).password(ALICE.key) is None  # the next start has none
    finally:
        keyring.set_keyring(previous)
    assert editor.accounts() == [ALICE]
    assert reloads == ["r"]
