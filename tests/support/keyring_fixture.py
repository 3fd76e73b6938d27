"""A file keyring for one test (tests/support/file_keyring.py), restored afterwards."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from tests.support.file_keyring import FileKeyring


class KeyringFile:
    def __init__(self, path: Path) -> None:
        self.path = path

    def entries(self) -> dict[str, str]:
        """'service\\0account' -> password."""
        if not self.path.exists():
            return {}
        data = json.loads(self.path.read_text(encoding="utf-8"))
        return {str(k): str(v) for k, v in data.items()}


@pytest.fixture
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[KeyringFile]:
    path = tmp_path / "keyring.json"
    monkeypatch.setenv("JEGO_TEST_KEYRING_FILE", str(path))
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    yield KeyringFile(path)
    keyring.set_keyring(previous)
