"""Start at login: XDG autostart on Linux, the Run key on Windows, a LaunchAgent on macOS.

Only the Linux part is exercised by the tests here; the others are written to the
platforms' documented mechanisms and marked untested in the README.
"""

from __future__ import annotations

import contextlib
import plistlib
import sys
from pathlib import Path

from jego_desktop import APP_ID
from jego_desktop.platform.link_handler import config_home, desktop_entry, launch_command

HIDDEN_FLAG = "--start-hidden"
_WINDOWS_RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
_MAC_LABEL = "net.jego.JegoDesktop"


def set_start_at_login(enabled: bool, hidden: bool = False) -> None:
    command = launch_command() + (f" {HIDDEN_FLAG}" if hidden else "")
    if sys.platform.startswith("linux"):
        _linux(enabled, command)
    elif sys.platform == "win32":
        _windows(enabled, command)
    elif sys.platform == "darwin":
        _macos(enabled, command)


def starts_at_login() -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _WINDOWS_RUN_KEY) as key:
                winreg.QueryValueEx(key, APP_ID)
        except OSError:
            return False
        return True
    if sys.platform == "darwin":  # pragma: no cover - macOS only
        return _mac_agent().exists()
    return _linux_entry().exists()


def _linux_entry() -> Path:
    return config_home() / "autostart" / f"{APP_ID}.desktop"


def _linux(enabled: bool, command: str) -> None:
    entry = _linux_entry()
    if not enabled:
        entry.unlink(missing_ok=True)
        return
    entry.parent.mkdir(parents=True, exist_ok=True)
    text = desktop_entry(command).replace(" %u\n", "\n")  # no link at login
    entry.write_text(text + "X-GNOME-Autostart-enabled=true\n", encoding="utf-8")


def _windows(enabled: bool, command: str) -> None:  # pragma: no cover - Windows only
    if sys.platform == "win32":
        import winreg

        access = winreg.KEY_SET_VALUE
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, _WINDOWS_RUN_KEY, 0, access) as key:
            if enabled:
                winreg.SetValueEx(key, APP_ID, 0, winreg.REG_SZ, command)
            else:
                with contextlib.suppress(FileNotFoundError):
                    winreg.DeleteValue(key, APP_ID)


def _mac_agent() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{_MAC_LABEL}.plist"


def _macos(enabled: bool, command: str) -> None:  # pragma: no cover - macOS only
    agent = _mac_agent()
    if not enabled:
        agent.unlink(missing_ok=True)
        return
    agent.parent.mkdir(parents=True, exist_ok=True)
    arguments = [sys.executable, "-m", "jego_desktop"]
    if command.endswith(HIDDEN_FLAG):
        arguments.append(HIDDEN_FLAG)
    with open(agent, "wb") as handle:
        plistlib.dump(
            {"Label": _MAC_LABEL, "ProgramArguments": arguments, "RunAtLoad": True}, handle
        )
    agent.chmod(0o644)
