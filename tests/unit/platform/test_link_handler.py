"""Claiming tel:/sip:/sips:/callto: links without overriding the user's own choice."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from jego_desktop.platform.link_handler import MIME_TYPES, install_link_handler

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktop files")


def test_first_run_installs_the_entry_and_claims_every_link_type(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert install_link_handler() == list(MIME_TYPES)
    entry = (tmp_path / "data" / "applications" / "jego-desktop.desktop").read_text()
    assert "MimeType=x-scheme-handler/tel;x-scheme-handler/sip;" in entry and "%u" in entry
    assert install_link_handler() == []  # idempotent


def test_another_programs_choice_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    mimeapps = tmp_path / "config" / "mimeapps.list"
    mimeapps.parent.mkdir(parents=True)
    mimeapps.write_text(
        "[Default Applications]\n"
        "x-scheme-handler/sip=linphone.desktop;\n"
        "text/html=firefox.desktop\n"
    )
    claimed = install_link_handler()
    assert "x-scheme-handler/sip" not in claimed and "x-scheme-handler/tel" in claimed
    text = mimeapps.read_text()
    assert "x-scheme-handler/sip=linphone.desktop;" in text and "text/html=firefox.desktop" in text
