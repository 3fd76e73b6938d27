"""The .deb: built from the session's bundle by packaging/build_deb.sh with dpkg-deb,
unpacked with `dpkg-deb -x`, its files where Debian and the desktop look for them,
Depends naming every system library the bundle needs, lintian without errors, valid
desktop entry and AppStream metainfo, and the unpacked program answering `status`."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from jego_desktop import DESKTOP_ID
from jego_desktop.platform.app_icons import HICOLOR_SIZES
from jego_desktop.platform.link_handler import MIME_TYPES
from tests.support.head_start import outcome
from tests.support.late_builds import chains, lintian_step

pytestmark = pytest.mark.peers
ROOT = Path(__file__).resolve().parents[2]


def elf_needs() -> ModuleType:
    """packaging/elf_needs.py (the folder is not a package: `packaging` is PyPI's name)."""
    spec = importlib.util.spec_from_file_location("elf_needs", ROOT / "packaging/elf_needs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["elf_needs"] = module
    spec.loader.exec_module(module)
    return module


def run(*command: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def deb(built_deb: Path) -> Path:
    for tool in ("lintian", "desktop-file-validate", "appstreamcli"):
        if not shutil.which(tool):
            pytest.skip(f"{tool} is not installed (bash packaging/setup.sh test installs it)")
    return built_deb


@pytest.fixture(scope="module")
def unpacked(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("unpacked")
    result = run("dpkg-deb", "-x", str(deb), str(root))
    assert result.returncode == 0, result.stderr
    return root


def test_files_are_where_debian_and_the_desktop_look(unpacked: Path) -> None:
    program = unpacked / "opt/jego-desktop/jego-desktop"
    assert program.is_file() and os.access(program, os.X_OK)
    link = (unpacked / "usr/bin/jego-desktop").readlink()
    assert link == Path("/opt/jego-desktop/jego-desktop")
    entry = (unpacked / f"usr/share/applications/{DESKTOP_ID}.desktop").read_text("utf-8")
    assert "Exec=jego-desktop %u\n" in entry and f"Icon={DESKTOP_ID}\n" in entry
    assert f"MimeType={';'.join(MIME_TYPES)};\n" in entry
    metainfo = (unpacked / f"usr/share/metainfo/{DESKTOP_ID}.metainfo.xml").read_text("utf-8")
    assert f"<id>{DESKTOP_ID}</id>" in metainfo
    hicolor = unpacked / "usr/share/icons/hicolor"
    for size in HICOLOR_SIZES:
        assert (hicolor / f"{size}x{size}/apps/{DESKTOP_ID}.png").is_file(), size
    assert (hicolor / f"scalable/apps/{DESKTOP_ID}.svg").is_file()
    assert not (unpacked / "opt/jego-desktop/_internal/share").exists()  # icons once
    assert (unpacked / "usr/share/doc/jego-desktop/copyright").is_file()


def test_depends_names_every_system_library_the_bundle_needs(deb: Path, unpacked: Path) -> None:
    needs = elf_needs()
    bundle = unpacked / "opt/jego-desktop"
    depends = run("dpkg-deb", "-f", str(deb), "Depends").stdout.strip()
    print(f"Depends: {depends}")
    floor = ".".join(str(part) for part in needs.glibc_floor(bundle))
    print(f"glibc floor: {floor}")
    packages = {re.sub(r" \(.*\)", "", item.strip()) for item in depends.split(",")}
    assert f"libc6 (>= {floor})" in depends
    paths = needs.library_paths()
    system = needs.system_libraries(bundle)
    assert "libc.so.6" in system and "libQt6Core.so.6" not in system
    for library in sorted(system):
        owner = needs.owning_package(paths[library])  # dpkg -S
        assert owner in packages, f"{library} ({owner}) is not in Depends"


def test_maintainer_scripts_update_the_desktop_and_icon_caches(deb: Path, tmp_path: Path) -> None:
    control = tmp_path / "control"
    assert run("dpkg-deb", "-e", str(deb), str(control)).returncode == 0
    postinst = (control / "postinst").read_text(encoding="utf-8")
    assert "update-desktop-database" in postinst and "gtk-update-icon-cache" in postinst
    assert os.access(control / "postinst", os.X_OK) and os.access(control / "postrm", os.X_OK)
    shell = run("sh", "-n", str(control / "postinst"))
    assert shell.returncode == 0, shell.stderr


def test_md5sums_list_every_file_with_its_checksum(
    deb: Path, unpacked: Path, tmp_path: Path
) -> None:
    control = tmp_path / "control"
    assert run("dpkg-deb", "-e", str(deb), str(control)).returncode == 0
    listed = {}
    for line in (control / "md5sums").read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        listed[name] = digest
    files = {
        str(path.relative_to(unpacked)): path
        for path in unpacked.rglob("*")
        if path.is_file() and not path.is_symlink()
    }
    assert sorted(listed) == sorted(files)
    for name, path in files.items():
        assert hashlib.md5(path.read_bytes()).hexdigest() == listed[name], name


def test_lintian_finds_no_error(deb: Path, request: pytest.FixtureRequest) -> None:
    result = outcome(chains(request.config), lintian_step(deb))
    lines = result.stdout.splitlines()
    for line in lines:
        print(line)
    assert not [line for line in lines if line.startswith("E:")]
    assert result.returncode == 0, result.stderr[-2000:]


def test_desktop_entry_and_metainfo_validate(unpacked: Path) -> None:
    entry = unpacked / f"usr/share/applications/{DESKTOP_ID}.desktop"
    checked = run("desktop-file-validate", str(entry))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    metainfo = unpacked / f"usr/share/metainfo/{DESKTOP_ID}.metainfo.xml"
    checked = run("appstreamcli", "validate", "--no-net", str(metainfo))
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_the_unpacked_program_answers_status(unpacked: Path, tmp_path: Path) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path / "home"),
        PYTHONPATH="",
    )
    env.pop("PYTHONHOME", None)
    program = unpacked / "opt/jego-desktop/jego-desktop"
    status = subprocess.run(
        [str(program), "--profile", str(tmp_path / "profile"), "status", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["running"] is False
