"""Claiming tel:/sip:/sips:/callto: links without overriding the user's own choice."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from jego_desktop import DESKTOP_ID
from jego_desktop.platform.link_handler import MIME_TYPES, install_link_handler

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux desktop files")
ENTRY = f"{DESKTOP_ID}.desktop"


@pytest.fixture(autouse=True)
def no_system_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """System data folders of the test's own, empty unless a test installs an entry."""
    system = tmp_path / "system"
    monkeypatch.setenv("XDG_DATA_DIRS", str(system))
    return system


def test_first_run_installs_the_entry_and_claims_every_link_type(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert install_link_handler() == list(MIME_TYPES)
    entry = (tmp_path / "data" / "applications" / ENTRY).read_text()
    assert "MimeType=x-scheme-handler/tel;x-scheme-handler/sip;" in entry and "%u" in entry
    # Named in Traditional Chinese on Taiwan's and Hong Kong's desktops, not in zh_CN's words.
    assert "GenericName[zh_TW]=網路電話和訊息" in entry
    assert "GenericName[zh_HK]=網路電話和訊息" in entry
    packaged = Path(__file__).resolve().parents[3] / "packaging/linux/net.jego.JegoDesktop.desktop"
    assert "GenericName[zh_TW]=網路電話和訊息" in packaged.read_text(encoding="utf-8")
    assert install_link_handler() == []  # idempotent
    written = tmp_path / "data" / "applications" / ENTRY
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
    assert (hicolor / "scalable" / "apps" / f"{DESKTOP_ID}.svg").read_bytes() == svg.read_bytes()
    for size in HICOLOR_SIZES:
        image = QImage(str(hicolor / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel() and image.pixelColor(0, 0).alpha() == 0  # round corner
        middle = image.pixelColor(size // 2, size // 2 - size // 4)
        assert middle.alpha() == 255  # the badge is drawn, not an empty square
    assert write_hicolor_icons(svg, hicolor) == []  # nothing rewritten on the next start
    (hicolor / "48x48" / "apps" / f"{DESKTOP_ID}.png").unlink()
    assert len(write_hicolor_icons(svg, hicolor)) == len(HICOLOR_SIZES) + 1
    entry = (tmp_path / "data" / "applications" / ENTRY).read_text()
    assert f"Icon={DESKTOP_ID}\n" in entry


def test_exec_arguments_follow_the_desktop_entry_quoting_rules() -> None:
    from jego_desktop.platform.link_handler import exec_line

    assert exec_line(["/usr/bin/jego-desktop"]) == "/usr/bin/jego-desktop"
    assert exec_line(["/opt/My Apps/jego", "-m", "x"]) == '"/opt/My Apps/jego" -m x'
    assert exec_line(['/a"b/$c']) == '"/a\\\\"b/\\\\$c"'
    assert exec_line(["/100%/jego"]) == "/100%%/jego"


def test_a_packaged_system_entry_replaces_the_per_user_one(
    qapp, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_system_entry: Path
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    svg = Path(__file__).resolve().parents[3] / "resources" / "icons" / "jego.svg"
    install_link_handler(svg)  # first run from a folder: the app registers itself
    own = tmp_path / "data" / "applications" / ENTRY
    assert own.exists()
    packaged = no_system_entry / "applications" / ENTRY  # then the .deb is installed
    packaged.parent.mkdir(parents=True)
    shipped = Path(__file__).resolve().parents[3] / "packaging" / "linux" / ENTRY
    packaged.write_text(shipped.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "config" / "mimeapps.list").unlink()
    assert install_link_handler(svg) == list(MIME_TYPES)  # links still go to the app's id
    assert not own.exists(), "a per-user entry would hide the system one"
    icons = tmp_path / "data" / "icons"
    shutil.rmtree(icons)
    install_link_handler(svg)
    assert not own.exists() and not icons.exists()
    assert packaged.exists()


def test_a_per_user_entry_someone_else_wrote_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_system_entry: Path
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    (no_system_entry / "applications").mkdir(parents=True)
    (no_system_entry / "applications" / ENTRY).write_text("[Desktop Entry]\n")
    edited = tmp_path / "data" / "applications" / ENTRY
    edited.parent.mkdir(parents=True)
    edited.write_text("[Desktop Entry]\nName=Jego Desktop\nExec=/home/me/jego.sh %u\n")
    install_link_handler()
    assert edited.exists()


def test_the_entry_of_the_old_id_goes_and_its_links_move_to_the_new_id(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    applications = tmp_path / "data" / "applications"
    applications.mkdir(parents=True)
    old = applications / "jego-desktop.desktop"
    old.write_text("[Desktop Entry]\nType=Application\nName=Jego Desktop\nExec=/x %u\n")
    mimeapps = tmp_path / "config" / "mimeapps.list"
    mimeapps.parent.mkdir(parents=True)
    mimeapps.write_text(
        "[Default Applications]\n"
        "x-scheme-handler/tel=jego-desktop.desktop;\n"
        "x-scheme-handler/sip=linphone.desktop;\n"
    )
    claimed = install_link_handler()
    assert not old.exists() and (applications / ENTRY).exists()
    assert "x-scheme-handler/tel" in claimed and "x-scheme-handler/sip" not in claimed
    text = mimeapps.read_text()
    assert f"x-scheme-handler/tel={ENTRY};" in text and "jego-desktop.desktop" not in text
    assert "x-scheme-handler/sip=linphone.desktop;" in text
