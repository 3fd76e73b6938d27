"""Start at login on Linux: an XDG autostart entry, added and removed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from jego_desktop.platform.autostart import HIDDEN_FLAG, set_start_at_login, starts_at_login

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG autostart")


def test_autostart_entry_is_written_valid_and_removed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert not starts_at_login()
    set_start_at_login(True, hidden=True)
    entry = tmp_path / "autostart" / "jego-desktop.desktop"
    text = entry.read_text(encoding="utf-8")
    assert HIDDEN_FLAG in text and "%u" not in text and starts_at_login()
    result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout
    set_start_at_login(False)
    assert not entry.exists() and not starts_at_login()
