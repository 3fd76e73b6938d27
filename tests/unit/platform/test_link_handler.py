"""Claiming tel:/sip:/sips:/callto: links without overriding the user's own choice."""

from __future__ import annotations

import subprocess
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
    # Named in Traditional Chinese on Taiwan's and Hong Kong's desktops, not in zh_CN's words.
    assert "GenericName[zh_TW]=網路電話和訊息" in entry
    assert "GenericName[zh_HK]=網路電話和訊息" in entry
    packaged = Path(__file__).resolve().parents[3] / "packaging/linux/jego-desktop.desktop"
    assert "GenericName[zh_TW]=網路電話和訊息" in packaged.read_text(encoding="utf-8")
    assert install_link_handler() == []  # idempotent
    written = tmp_path / "data" / "applications" / "jego-desktop.desktop"
    result = subprocess.run(["desktop-file-validate", str(written)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout  # with this machine's real Exec path


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


def test_icons_are_installed_in_every_hicolor_size_once(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QImage

    from jego_desktop.platform.app_icons import HICOLOR_SIZES, write_hicolor_icons

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    svg = Path(__file__).resolve().parents[3] / "resources" / "icons" / "jego.svg"
    install_link_handler(svg)
    hicolor = tmp_path / "data" / "icons" / "hicolor"
    assert (hicolor / "scalable" / "apps" / "jego-desktop.svg").read_bytes() == svg.read_bytes()
    for size in HICOLOR_SIZES:
        image = QImage(str(hicolor / f"{size}x{size}" / "apps" / "jego-desktop.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel() and image.pixelColor(0, 0).alpha() == 0  # round corner
        middle = image.pixelColor(size // 2, size // 2 - size // 4)
        assert middle.alpha() == 255  # the badge is drawn, not an empty square
    assert write_hicolor_icons(svg, hicolor) == []  # nothing rewritten on the next start
    (hicolor / "48x48" / "apps" / "jego-desktop.png").unlink()
    assert len(write_hicolor_icons(svg, hicolor)) == len(HICOLOR_SIZES) + 1
    entry = (tmp_path / "data" / "applications" / "jego-desktop.desktop").read_text()
    assert "Icon=jego-desktop\n" in entry


def test_exec_arguments_follow_the_desktop_entry_quoting_rules() -> None:
    from jego_desktop.platform.link_handler import exec_line

    assert exec_line(["/usr/bin/jego-desktop"]) == "/usr/bin/jego-desktop"
    assert exec_line(["/opt/My Apps/jego", "-m", "x"]) == '"/opt/My Apps/jego" -m x'
    assert exec_line(['/a"b/$c']) == '"/a\\\\"b/\\\\$c"'
    assert exec_line(["/100%/jego"]) == "/100%%/jego"
