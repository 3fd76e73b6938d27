"""The .deb installed for real with `dpkg -i` (maintainer scripts included) inside a private
mount namespace whose /usr, /opt, /etc and /var are copy-on-write overlays: the machine's
own folders never change. Proves the installed program, the desktop entry and metainfo,
the caches the post-install refreshes, the link handler for a fresh user (xdg-mime,
xdg-open reaching the installed app), no per-user entry from the installed app,
`dpkg -r` leaving nothing behind, and the README's `apt install ./….deb` working offline.
The tests run in file order on one installation."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from jego_desktop import APP_ID, DESKTOP_ID
from jego_desktop.platform.link_handler import MIME_TYPES
from tests.integration.mount_namespace import OVERLAID, MountNamespace, mount_namespace
from tests.peers.xvfb import Xvfb

pytestmark = pytest.mark.peers
PACKAGE = "jego-desktop"
ENTRY = f"{DESKTOP_ID}.desktop"
APPLICATIONS = Path("/usr/share/applications")
ICON_CACHE = Path("/usr/share/icons/hicolor/icon-theme.cache")
NOBODY = 65534  # the app runs as a user who cannot write the system's folders


@dataclass
class Installation:
    namespace: MountNamespace
    deb: Path
    files: list[Path]  # `dpkg -L`: what the package put on the (overlaid) system
    host_icon_cache: bytes


def cache_handlers(namespace: MountNamespace, mime: str) -> list[str]:
    """The desktop entries the system's mimeinfo.cache lists for MIME, in order."""
    cache = namespace.inside(APPLICATIONS / "mimeinfo.cache").read_text(encoding="utf-8")
    for line in cache.splitlines():
        if line.startswith(f"{mime}="):
            return [name for name in line.partition("=")[2].split(";") if name]
    return []


def user_env(home: Path) -> dict[str, str]:
    """A fresh user: HOME of its own, the XDG folders at their defaults."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "PYTHON", "QT_", "JEGO_")) and key != "DISPLAY"
    }
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return env


@pytest.fixture
def user_home() -> Iterator[Path]:
    """An empty HOME owned by NOBODY, in a folder that user can reach."""
    folder = Path(tempfile.mkdtemp(prefix="jego-deb-user-"))
    folder.chmod(0o755)
    home = folder / "home"
    home.mkdir()
    os.chown(home, NOBODY, NOBODY)
    try:
        yield home
    finally:
        shutil.rmtree(folder)


def files_on_host(files: list[Path]) -> list[Path]:
    """The package's own files (not the folders it shares, like /usr/bin) seen from outside."""
    return [path for path in files if os.path.lexists(path) and not path.is_dir()]


@pytest.fixture(scope="module")
def installed(built_deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Installation]:
    if not shutil.which("dpkg"):
        pytest.skip("dpkg is not installed")
    if subprocess.run(["dpkg", "-s", PACKAGE], capture_output=True).returncode == 0:
        pytest.skip(f"{PACKAGE} is installed on this machine: a fresh install cannot be shown")
    host_icon_cache = ICON_CACHE.read_bytes() if ICON_CACHE.exists() else b""
    files: list[Path] = []
    namespace_made = mount_namespace(tmp_path_factory.mktemp("overlays"))
    namespace = next(namespace_made)
    try:
        started = time.monotonic()
        # Depends satisfied here: dpkg alone, nothing downloaded (no apt-get).
        result = namespace.run("dpkg", "-i", str(built_deb), timeout=180)
        print(f"dpkg -i: {time.monotonic() - started:.1f} s")
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        listed = namespace.run("dpkg", "-L", PACKAGE).stdout.splitlines()
        files = [Path(line) for line in listed if line.startswith("/")]
        yield Installation(namespace, built_deb, files, host_icon_cache)
    finally:
        next(namespace_made, None)
    leaked = files_on_host(files)
    assert not leaked, f"files of the package outside the namespace: {leaked[:10]}"


def test_the_installed_program_answers_status_and_files_are_where_the_issue_says(
    installed: Installation, tmp_path: Path
) -> None:
    namespace = installed.namespace
    files = set(installed.files)
    for path in (
        Path("/opt/jego-desktop/jego-desktop"),
        Path("/usr/bin/jego-desktop"),
        APPLICATIONS / ENTRY,
        Path(f"/usr/share/metainfo/{DESKTOP_ID}.metainfo.xml"),
        Path(f"/usr/share/icons/hicolor/scalable/apps/{DESKTOP_ID}.svg"),
    ):
        assert path in files, path
        assert os.path.lexists(namespace.inside(path)), path
    # Nothing of the package is visible outside the namespace.
    assert not files_on_host(installed.files)
    status = namespace.run(
        "/usr/bin/jego-desktop", "status", "--json", env=user_env(tmp_path / "home")
    )
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["running"] is False
    assert not (tmp_path / "home").exists() or not any((tmp_path / "home").rglob("*"))


def test_the_post_install_refreshed_the_desktop_and_icon_caches(
    installed: Installation,
) -> None:
    for mime in MIME_TYPES:
        assert ENTRY in cache_handlers(installed.namespace, mime), mime
    cache = installed.namespace.inside(ICON_CACHE).read_bytes()
    assert DESKTOP_ID.encode() in cache  # gtk-update-icon-cache ran after the icons came
    assert DESKTOP_ID.encode() not in installed.host_icon_cache


def test_a_fresh_user_opens_tel_links_with_the_app_started_from_the_installed_entry(
    installed: Installation, user_home: Path, xvfb: Xvfb
) -> None:
    if not (shutil.which("xdg-mime") and shutil.which("xdg-open")):
        pytest.skip("xdg-utils is not installed (bash packaging/setup.sh test installs it)")
    namespace = installed.namespace
    home = user_home
    settings = home / ".config" / APP_ID / "settings.ini"
    settings.parent.mkdir(parents=True)
    settings.write_text("[network]\nbind_address=127.0.0.1\n", encoding="utf-8")
    for made in (home / ".config", settings.parent, settings):
        os.chown(made, NOBODY, NOBODY)
    env = dict(user_env(home), DISPLAY=xvfb.display)  # xdg-open uses handlers only then

    def as_user(*argv: str) -> subprocess.CompletedProcess[str]:
        return namespace.run(*argv, env=env, user=NOBODY)

    def default_handler() -> str:
        query = as_user("xdg-mime", "query", "default", "x-scheme-handler/tel")
        assert query.returncode == 0, query.stderr
        return query.stdout.strip()

    # Before any start the system's cache decides: the first handler listed (another
    # program's when one is installed, e.g. Linphone; the package does not override it).
    system_choice = cache_handlers(namespace, "x-scheme-handler/tel")[0]
    print(f"tel: handler for a fresh user before the first start: {default_handler()}")
    assert default_handler() == system_choice

    entry = namespace.inside(APPLICATIONS / ENTRY).read_text(encoding="utf-8")
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec="))
    program = exec_line.removeprefix("Exec=").removesuffix(" %u")
    assert program == PACKAGE  # found on PATH: /usr/bin/jego-desktop
    app = subprocess.Popen(
        namespace.command(program, user=NOBODY),
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        logs = home / ".local" / "state"
        deadline = time.monotonic() + 60
        while not any(
            "main window shown" in found.read_text(encoding="utf-8")
            for found in logs.rglob("jego.log")
        ):
            assert app.poll() is None, app.communicate()[0][-3000:]
            assert time.monotonic() < deadline, "the installed app did not show its window"
            time.sleep(0.2)
        log = next(logs.rglob("jego.log"))
        deadline = time.monotonic() + 20
        while "handling " not in log.read_text(encoding="utf-8"):  # claimed the link types
            assert time.monotonic() < deadline, log.read_text(encoding="utf-8")[-2000:]
            time.sleep(0.2)
        assert Path(f"/proc/{app.pid}/exe").readlink() == Path("/opt/jego-desktop/jego-desktop")
        # The system entry is there: no per-user entry or icons hiding it.
        share = home / ".local" / "share"
        assert not (share / "applications").exists() or not any((share / "applications").iterdir())
        assert not (share / "icons").exists()
        assert default_handler() == ENTRY

        opened = as_user("xdg-open", "tel:+86-138-0013-8000;ext=2046")
        assert opened.returncode == 0, opened.stdout + opened.stderr
        # The reply of the running installed app, printed by the program xdg-open started.
        assert "+8613800138000 is ready in the dial pad (then extension 2046)" in opened.stdout
    finally:
        app.terminate()
        output = app.communicate(timeout=20)[0]
    assert app.returncode == 0, output[-3000:]
    # Running changed none of the installed files (checked against the package's md5sums).
    verified = namespace.run("dpkg", "--verify", PACKAGE)
    assert verified.returncode == 0 and not verified.stdout, verified.stdout + verified.stderr


def test_dpkg_remove_leaves_nothing_and_refreshes_the_caches(installed: Installation) -> None:
    namespace = installed.namespace
    result = namespace.run("dpkg", "-r", PACKAGE, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    seen = [namespace.inside(path) for path in installed.files]
    assert not [path for path in seen if os.path.lexists(path) and not path.is_dir()]
    assert not namespace.inside(Path("/opt/jego-desktop")).exists()
    for mime in MIME_TYPES:
        assert ENTRY not in cache_handlers(namespace, mime), mime
    cache = namespace.inside(ICON_CACHE).read_bytes()
    assert DESKTOP_ID.encode() not in cache
    # What install and removal changed on the system, read from the overlays' upper folders:
    # only dpkg's own records and the two caches; no machine file deleted (whiteouts).
    changed = {
        f"{folder.strip('/')}/{path.relative_to(namespace.upper(folder))}": path
        for folder in OVERLAID
        for path in namespace.upper(folder).rglob("*")
        if not path.is_dir() or path.is_symlink()
    }
    relative = sorted(changed)
    print(f"left on the overlaid system: {relative}")
    whiteouts = [name for name, path in changed.items() if path.is_char_device()]
    assert not whiteouts
    expected = {
        "usr/share/applications/mimeinfo.cache",
        "usr/share/icons/hicolor/icon-theme.cache",
        "var/log/dpkg.log",
    }
    assert not [
        path for path in relative if path not in expected and not path.startswith("var/lib/dpkg/")
    ]
    purged = namespace.run("dpkg", "--purge", PACKAGE)
    assert purged.returncode == 0, purged.stdout + purged.stderr
    assert not list(namespace.inside(Path("/var/lib/dpkg/info")).glob(f"{PACKAGE}.*"))


def test_the_readme_route_apt_install_of_the_file_needs_no_network(
    installed: Installation,
) -> None:
    """`sudo apt install ./jego-desktop_….deb`, as the README says, in a namespace without
    network: apt downloads nothing when the machine has the Depends."""
    namespace = installed.namespace
    apt = namespace.run(
        "unshare", "--net", "apt-get", "install", "-y", str(installed.deb), timeout=180
    )
    assert apt.returncode == 0, apt.stdout[-3000:] + apt.stderr[-3000:]
    assert "0 upgraded, 1 newly installed, 0 to remove" in apt.stdout
    assert namespace.run("test", "-x", "/usr/bin/jego-desktop").returncode == 0
    removed = namespace.run("unshare", "--net", "apt-get", "purge", "-y", PACKAGE, timeout=120)
    assert removed.returncode == 0, removed.stdout[-3000:] + removed.stderr[-3000:]
    assert not namespace.inside(Path("/opt/jego-desktop")).exists()
