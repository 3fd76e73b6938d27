"""Linux: install the desktop entry and make Jego the handler of tel:, sip:, sips:, callto:.

Done by the app itself at start (idempotent, user-level files only), so clicking a
phone link works on first run without anyone running xdg-mime by hand. An existing
choice of another program is respected. When a package installed the system entry
(/usr/share/applications, the .deb), the app writes no entry or icons of its own: a
per-user entry with the same id would hide the system one.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from pathlib import Path

from jego_desktop import APP_ID, APP_NAME, DESKTOP_ID
from jego_desktop.platform.app_icons import write_hicolor_icons

log = logging.getLogger(__name__)

DESKTOP_FILE = f"{DESKTOP_ID}.desktop"
# The entry's name before the one id (net.jego.JegoDesktop): removed, links moved over.
LEGACY_DESKTOP_FILE = f"{APP_ID}.desktop"
# Marks the per-user entry the app writes, so it removes only its own.
WRITTEN_BY_APP = "X-Jego-Written-At-Start=true"
SCHEMES = ("tel", "sip", "sips", "callto")
MIME_TYPES = tuple(f"x-scheme-handler/{scheme}" for scheme in SCHEMES)


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def config_home() -> Path:
    return Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")


def data_dirs() -> list[Path]:
    """The system's data folders, by the XDG Base Directory rules."""
    listed = os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    return [Path(folder) for folder in listed.split(":") if folder]


def system_entry() -> Path | None:
    """The desktop entry a package installed, if any."""
    for folder in data_dirs():
        entry = folder / "applications" / DESKTOP_FILE
        if entry.is_file():
            return entry
    return None


def launch_arguments() -> list[str]:
    """How the system should start us: the bundle, the installed script, or the module."""
    if getattr(sys, "frozen", False):  # a PyInstaller bundle: the executable is the app
        return [sys.executable]
    suffix = ".exe" if sys.platform == "win32" else ""
    script = Path(sys.executable).parent / f"{APP_ID}{suffix}"
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "jego_desktop"]


# Characters that make the Desktop Entry spec's Exec key need a quoted argument.
_EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")


def exec_argument(argument: str) -> str:
    """One argument for a desktop entry's Exec key (not a shell: single quotes do not
    quote there). Inside double quotes `"`, backtick, `$` and `\\` take a backslash, and
    the key's value is itself an escaped string, so every backslash is doubled again."""
    text = argument.replace("%", "%%")
    if text and not any(char in _EXEC_RESERVED for char in text):
        return text
    quoted = "".join("\\" + char if char in '"`$\\' else char for char in text)
    return '"' + quoted.replace("\\", "\\\\") + '"'


def exec_line(arguments: list[str]) -> str:
    return " ".join(exec_argument(argument) for argument in arguments)


def desktop_entry(exec_command: str, icon: str = DESKTOP_ID) -> str:
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            f"Name={APP_NAME}",
            "GenericName=Softphone and messenger",
            "GenericName[fr]=Téléphone et messagerie",
            "GenericName[zh_CN]=网络电话和消息",
            "GenericName[zh_TW]=網路電話和訊息",
            "GenericName[zh_HK]=網路電話和訊息",
            "Comment=Calls and chat for the mobile number bound to this app",
            f"Exec={exec_command} %u",
            f"Icon={icon}",
            "Terminal=false",
            "Categories=Network;Telephony;InstantMessaging;Qt;",
            "Keywords=phone;call;sip;voip;chat;dial;",
            f"MimeType={';'.join(MIME_TYPES)};",
            "StartupNotify=true",
            f"StartupWMClass={APP_ID}",
            "",
        ]
    )


def install_link_handler(icon_svg: Path | None = None) -> list[str]:
    """Write the desktop entry and the icons (hicolor PNG sizes and SVG, as Icon=DESKTOP_ID)
    unless a package installed them, and claim the link types nobody else has; returns
    those claimed. Needs a QGuiApplication."""
    if not sys.platform.startswith("linux"):
        return []
    applications = data_home() / "applications"
    changed = _remove_own_entry(applications / LEGACY_DESKTOP_FILE, legacy=True)
    entry = applications / DESKTOP_FILE
    if system_entry() is not None:
        changed = _remove_own_entry(entry) or changed
    else:
        text = desktop_entry(exec_line(launch_arguments())) + WRITTEN_BY_APP + "\n"
        if not entry.exists() or entry.read_text(encoding="utf-8") != text:
            applications.mkdir(parents=True, exist_ok=True)
            entry.write_text(text, encoding="utf-8")
            changed = True
        if icon_svg is not None and icon_svg.exists():
            write_hicolor_icons(icon_svg, data_home() / "icons" / "hicolor")
    if changed:
        _refresh_database(applications)
    return _claim_defaults(config_home() / "mimeapps.list")


def _remove_own_entry(entry: Path, legacy: bool = False) -> bool:
    """Remove a per-user entry this app wrote (all entries of the legacy name were)."""
    try:
        text = entry.read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError):
        return False
    ours = f"Name={APP_NAME}\n" in text if legacy else WRITTEN_BY_APP in text
    if ours:
        entry.unlink()
        log.info("removed the per-user desktop entry %s", entry)
    return ours


def _refresh_database(applications: Path) -> None:
    tool = shutil.which("update-desktop-database")
    if tool:
        import subprocess  # with the first claim, after the window shows

        subprocess.run([tool, str(applications)], check=False, capture_output=True, timeout=20)


def _claim_defaults(mimeapps: Path) -> list[str]:
    import configparser

    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    if mimeapps.exists():
        try:
            parser.read(mimeapps, encoding="utf-8")
        except configparser.Error as error:
            log.warning("not touching the unreadable %s: %s", mimeapps, error)
            return []
    if not parser.has_section("Default Applications"):
        parser.add_section("Default Applications")
    defaults = parser["Default Applications"]
    ours_before = f"{LEGACY_DESKTOP_FILE};"
    claimed = [mime for mime in MIME_TYPES if defaults.get(mime) in (None, "", ours_before)]
    if not claimed:
        return []
    for mime in claimed:
        defaults[mime] = f"{DESKTOP_FILE};"
    mimeapps.parent.mkdir(parents=True, exist_ok=True)
    temporary = mimeapps.with_suffix(".jego-tmp")
    with open(temporary, "w", encoding="utf-8") as handle:
        parser.write(handle, space_around_delimiters=False)
    temporary.replace(mimeapps)
    log.info("handling %s links", ", ".join(claimed))
    return claimed
