"""Start at login: XDG autostart (also run for real), the Windows Run key through a fake
`winreg`, and the macOS LaunchAgent in a temporary folder."""

from __future__ import annotations

import plistlib
import shlex
import subprocess
import sys
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest

from jego_desktop.cli import command_line as cli
from jego_desktop.platform import autostart
from jego_desktop.platform.autostart import (
    HIDDEN_FLAG,
    MAC_LABEL,
    WINDOWS_RUN_KEY,
    agent_label,
    entry_name,
    login_arguments,
    set_launch_agent,
    set_start_at_login,
    set_windows_run_value,
    set_xdg_autostart,
    starts_at_login,
    windows_run_value,
)

APP = ["/opt/Jego Desktop/jego-desktop"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG autostart")
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


def test_a_path_with_spaces_is_quoted_for_the_desktop_entry(tmp_path: Path) -> None:
    set_xdg_autostart(tmp_path, True, [*APP, HIDDEN_FLAG])
    text = (tmp_path / "jego-desktop.desktop").read_text(encoding="utf-8")
    assert 'Exec="/opt/Jego Desktop/jego-desktop" --start-hidden\n' in text
    result = subprocess.run(
        ["desktop-file-validate", str(tmp_path / "jego-desktop.desktop")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


class FakeKey:
    def __init__(self, values: dict[str, tuple[object, int]]) -> None:
        self.values = values

    def __enter__(self) -> FakeKey:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        return None


class FakeWinreg:
    """The part of `winreg` the Run key needs, keeping keys in a dict."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_SET_VALUE = 2
    REG_SZ = 1

    def __init__(self) -> None:
        self.keys: dict[tuple[str, str], dict[str, tuple[object, int]]] = {}

    def CreateKeyEx(self, root: str, path: str, reserved: int, access: int) -> FakeKey:
        assert reserved == 0 and access == self.KEY_SET_VALUE
        return FakeKey(self.keys.setdefault((root, path), {}))

    def OpenKey(self, root: str, path: str) -> FakeKey:
        if (root, path) not in self.keys:
            raise FileNotFoundError(path)
        return FakeKey(self.keys[(root, path)])

    def SetValueEx(self, key: FakeKey, name: str, reserved: int, kind: int, value: Any) -> None:
        key.values[name] = (value, kind)

    def QueryValueEx(self, key: FakeKey, name: str) -> tuple[object, int]:
        if name not in key.values:
            raise FileNotFoundError(name)
        return key.values[name]

    def DeleteValue(self, key: FakeKey, name: str) -> None:
        if name not in key.values:
            raise FileNotFoundError(name)
        del key.values[name]


def test_windows_run_value_is_a_quoted_command_under_hkcu() -> None:
    registry = FakeWinreg()
    assert windows_run_value(registry) is None  # no Run key at all
    exe = r"C:\Users\Zoé\AppData\Local\Programs\Jego Desktop\jego-desktop.exe"
    set_windows_run_value(registry, True, [exe, HIDDEN_FLAG])
    command = rf'"{exe}" --start-hidden'
    assert registry.keys[("HKCU", WINDOWS_RUN_KEY)] == {"jego-desktop": (command, 1)}
    assert windows_run_value(registry) == command
    set_windows_run_value(registry, False, [exe])
    assert windows_run_value(registry) is None
    set_windows_run_value(registry, False, [exe])  # removing twice is fine


def test_macos_launch_agent_runs_the_app_at_login(tmp_path: Path) -> None:
    agents = tmp_path / "Library" / "LaunchAgents"
    app = "/Applications/Jego Desktop.app/Contents/MacOS/jego-desktop"
    set_launch_agent(agents, True, [app, HIDDEN_FLAG])
    agent = agents / f"{MAC_LABEL}.plist"
    with open(agent, "rb") as handle:
        plist = plistlib.load(handle)
    assert plist == {
        "Label": "net.jego.JegoDesktop",
        "ProgramArguments": [app, "--start-hidden"],
        "RunAtLoad": True,
        "LimitLoadToSessionType": "Aqua",
    }
    assert agent.stat().st_mode & 0o777 == 0o644
    set_launch_agent(agents, False, [app])
    assert not agent.exists() and list(agents.iterdir()) == []


# ----- one entry per profile, each starting its own profile ----------------------------


@pytest.fixture
def profiles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path, Path]:
    """(the default profile, two other profiles); XDG config and the app in tmp_path."""
    default = tmp_path / "data" / "jego-desktop"
    monkeypatch.setattr(autostart, "default_profile_dir", lambda: default)
    monkeypatch.setattr(autostart, "launch_arguments", lambda: list(APP))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return default, tmp_path / 'Zoé "work" profile', tmp_path / "home"


def exec_arguments(entry: Path) -> list[str]:
    """The Exec key read back as the desktop-entry spec says: the value's own escapes
    first (only doubled backslashes occur here), then the double-quoted arguments."""
    (line,) = [x for x in entry.read_text(encoding="utf-8").splitlines() if x.startswith("Exec=")]
    return shlex.split(line.removeprefix("Exec=").replace("\\\\", "\\"))


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG autostart")
def test_each_profile_gets_its_own_entry_that_starts_it(
    profiles: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    default, work, home = profiles
    folder = tmp_path / "config" / "autostart"
    set_start_at_login(True, hidden=True, profile_dir=work)
    set_start_at_login(True, hidden=False, profile_dir=home)
    set_start_at_login(True, hidden=False, profile_dir=default)
    entries = sorted(p.name for p in folder.iterdir())
    assert len(entries) == 3 and "jego-desktop.desktop" in entries
    work_entry = folder / f"{entry_name(work)}.desktop"
    assert exec_arguments(work_entry) == [*APP, "--profile", str(work.resolve()), HIDDEN_FLAG]
    assert 'Exec="/opt/Jego Desktop/jego-desktop" --profile "' in work_entry.read_text()
    assert exec_arguments(folder / f"{entry_name(home)}.desktop") == [
        *APP,
        "--profile",
        str(home.resolve()),
    ]
    assert exec_arguments(folder / "jego-desktop.desktop") == APP  # the default: no --profile
    for name in entries:
        result = subprocess.run(
            ["desktop-file-validate", str(folder / name)], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout

    # What the entry runs starts the right profile, hidden as asked.
    invocation, _ = cli.parse(login_arguments(work, hidden=True)[len(APP) :])
    assert invocation.profile == work.resolve() and invocation.start_hidden

    set_start_at_login(False, profile_dir=work)  # one profile off leaves the others on
    assert not starts_at_login(work) and starts_at_login(home) and starts_at_login(default)
    assert starts_at_login(None) and not work_entry.exists()


def test_the_default_profile_keeps_the_plain_names(profiles: tuple[Path, Path, Path]) -> None:
    default, work, _home = profiles
    assert entry_name(None) == entry_name(default) == "jego-desktop"
    assert agent_label(default) == MAC_LABEL
    assert login_arguments(default, hidden=False) == APP
    assert entry_name(work) != entry_name(work.parent / "other")
    assert entry_name(work).startswith("jego-desktop-") and agent_label(work) != MAC_LABEL
    assert entry_name(work / ".." / work.name) == entry_name(work)  # one folder, one entry


def test_windows_and_macos_entries_are_per_profile(
    profiles: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    _default, work, home = profiles
    registry = FakeWinreg()
    set_windows_run_value(registry, True, login_arguments(work, False), entry_name(work))
    set_windows_run_value(registry, True, login_arguments(home, False), entry_name(home))
    assert windows_run_value(registry, entry_name(work)) == (
        f'"/opt/Jego Desktop/jego-desktop" --profile "{work.resolve()!s}"'.replace(
            '"work"', '\\"work\\"'
        )
    )
    assert windows_run_value(registry) is None  # the default profile's value is untouched
    agents = tmp_path / "agents"
    set_launch_agent(agents, True, login_arguments(home, True), agent_label(home))
    with open(agents / f"{agent_label(home)}.plist", "rb") as handle:
        plist = plistlib.load(handle)
    assert plist["Label"] == agent_label(home)
    assert plist["ProgramArguments"] == [*APP, "--profile", str(home.resolve()), HIDDEN_FLAG]
