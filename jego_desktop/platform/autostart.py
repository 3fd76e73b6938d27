"""Start at login: XDG autostart on Linux, the Run key on Windows, a LaunchAgent on macOS.

Each platform's part takes what it writes to (a folder, the registry module) as an
argument, so all three are unit-tested here with temporary folders and a fake
`winreg`; only the Linux one also runs for real on this machine (README: packaging).
"""

from __future__ import annotations

import contextlib
import hashlib
import sys
from pathlib import Path
from typing import Any

from jego_desktop import APP_ID, DESKTOP_ID
from jego_desktop.platform.link_handler import (
    config_home,
    desktop_entry,
    exec_line,
    launch_arguments,
)
from jego_desktop.store.profile import default_profile_dir

HIDDEN_FLAG = "--start-hidden"
WINDOWS_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
MAC_LABEL = DESKTOP_ID


def profile_tag(profile_dir: Path | None) -> str:
    """ "" for the default profile, else a short tag of the profile folder that names its
    own entry (two profiles starting at login need two entries)."""
    if profile_dir is None:
        return ""
    root = profile_dir.expanduser().resolve()
    if root == default_profile_dir().expanduser().resolve():
        return ""
    return hashlib.sha256(str(root).encode("utf-8")).hexdigest()[:12]


def login_arguments(profile_dir: Path | None, hidden: bool) -> list[str]:
    """The command that starts `profile_dir`'s app at login (None: the default profile)."""
    profile: list[str] = []
    if profile_dir is not None and profile_tag(profile_dir):
        profile = ["--profile", str(profile_dir.expanduser().resolve())]
    return launch_arguments() + profile + ([HIDDEN_FLAG] if hidden else [])


def entry_name(profile_dir: Path | None) -> str:
    """The desktop entry's base name and the Windows Run value's name."""
    tag = profile_tag(profile_dir)
    return f"{APP_ID}-{tag}" if tag else APP_ID


def agent_label(profile_dir: Path | None) -> str:
    tag = profile_tag(profile_dir)
    return f"{MAC_LABEL}.{tag}" if tag else MAC_LABEL


def set_start_at_login(
    enabled: bool, hidden: bool = False, profile_dir: Path | None = None
) -> None:
    arguments = login_arguments(profile_dir, hidden)
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import winreg

        set_windows_run_value(winreg, enabled, arguments, entry_name(profile_dir))
    elif sys.platform == "darwin":  # pragma: no cover - macOS only
        set_launch_agent(launch_agents_dir(), enabled, arguments, agent_label(profile_dir))
    else:
        set_xdg_autostart(config_home() / "autostart", enabled, arguments, entry_name(profile_dir))


def starts_at_login(profile_dir: Path | None = None) -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import winreg

        return windows_run_value(winreg, entry_name(profile_dir)) is not None
    if sys.platform == "darwin":  # pragma: no cover - macOS only
        return (launch_agents_dir() / f"{agent_label(profile_dir)}.plist").exists()
    return (config_home() / "autostart" / f"{entry_name(profile_dir)}.desktop").exists()


# ----- Linux and other XDG desktops ---------------------------------------------------


def set_xdg_autostart(
    folder: Path, enabled: bool, arguments: list[str], name: str = APP_ID
) -> None:
    entry = folder / f"{name}.desktop"
    if not enabled:
        entry.unlink(missing_ok=True)
        return
    folder.mkdir(parents=True, exist_ok=True)
    text = desktop_entry(exec_line(arguments)).replace(" %u\n", "\n")  # no link at login
    entry.write_text(text + "X-GNOME-Autostart-enabled=true\n", encoding="utf-8")


# ----- Windows: HKCU\Software\Microsoft\Windows\CurrentVersion\Run -------------------


def windows_command(arguments: list[str]) -> str:
    """A Windows command line: each argument quoted by the C runtime's rules."""
    import subprocess

    return subprocess.list2cmdline(arguments)


def set_windows_run_value(
    registry: Any, enabled: bool, arguments: list[str], name: str = APP_ID
) -> None:
    """`registry` is the `winreg` module (a fake in the tests)."""
    with registry.CreateKeyEx(
        registry.HKEY_CURRENT_USER, WINDOWS_RUN_KEY, 0, registry.KEY_SET_VALUE
    ) as key:
        if enabled:
            registry.SetValueEx(key, name, 0, registry.REG_SZ, windows_command(arguments))
        else:
            with contextlib.suppress(FileNotFoundError):
                registry.DeleteValue(key, name)


def windows_run_value(registry: Any, name: str = APP_ID) -> str | None:
    try:
        with registry.OpenKey(registry.HKEY_CURRENT_USER, WINDOWS_RUN_KEY) as key:
            value, _kind = registry.QueryValueEx(key, name)
    except OSError:  # FileNotFoundError: no key or no value
        return None
    return str(value)


# ----- macOS: a LaunchAgent in ~/Library/LaunchAgents -------------------------------


def launch_agents_dir() -> Path:
    return Path.home() / "Library" / "LaunchAgents"


def set_launch_agent(
    folder: Path, enabled: bool, arguments: list[str], label: str = MAC_LABEL
) -> None:
    agent = folder / f"{label}.plist"
    if not enabled:
        agent.unlink(missing_ok=True)
        return
    folder.mkdir(parents=True, exist_ok=True)
    plist = {
        "Label": label,
        "ProgramArguments": arguments,
        "RunAtLoad": True,
        "LimitLoadToSessionType": "Aqua",  # the user's graphical session only
    }
    import plistlib  # macOS only: not at every start elsewhere

    temporary = agent.with_suffix(".tmp")
    with open(temporary, "wb") as handle:
        plistlib.dump(plist, handle)
    temporary.chmod(0o644)
    temporary.replace(agent)
