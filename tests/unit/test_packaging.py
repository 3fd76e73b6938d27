"""Windows and macOS packaging cannot be built here: their files are checked against the
app's own names, schemes and version so they cannot drift apart silently."""

from __future__ import annotations

import plistlib
import re
from pathlib import Path

from jego_desktop import APP_ID, APP_NAME, DESKTOP_ID, __version__
from jego_desktop.platform.autostart import MAC_LABEL, WINDOWS_RUN_KEY
from jego_desktop.platform.link_handler import SCHEMES

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"


def test_macos_info_plist_declares_the_link_schemes_and_privacy_texts() -> None:
    with open(PACKAGING / "macos" / "Info.plist", "rb") as handle:
        info = plistlib.load(handle)
    schemes = [s for url_type in info["CFBundleURLTypes"] for s in url_type["CFBundleURLSchemes"]]
    assert sorted(schemes) == sorted(SCHEMES)
    assert all(t["CFBundleTypeRole"] == "Viewer" for t in info["CFBundleURLTypes"])
    assert info["CFBundleIdentifier"] == MAC_LABEL
    assert info["CFBundleExecutable"] == APP_ID and info["CFBundleName"] == APP_NAME
    assert info["CFBundleShortVersionString"] == __version__
    assert re.fullmatch(r"\d+\.\d+", info["LSMinimumSystemVersion"])
    assert "microphone" in info["NSMicrophoneUsageDescription"]
    assert "camera" in info["NSCameraUsageDescription"]


def test_one_id_for_appstream_the_desktop_entry_its_icon_and_the_mac_bundle() -> None:
    metainfo = (PACKAGING / "linux" / f"{DESKTOP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert f"<id>{MAC_LABEL}</id>" in metainfo
    assert f'<launchable type="desktop-id">{DESKTOP_ID}.desktop</launchable>' in metainfo
    entry = (PACKAGING / "linux" / f"{DESKTOP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Icon={DESKTOP_ID}\n" in entry


def test_inno_setup_script_registers_every_scheme_per_user() -> None:
    script = (PACKAGING / "windows" / f"{APP_ID}.iss").read_text(encoding="utf-8")
    assert f'#define AppVersion "{__version__}"' in script
    assert f'#define AppExe "{APP_ID}.exe"' in script
    assert "PrivilegesRequired=lowest" in script
    registry = [line for line in script.splitlines() if line.startswith("Root:")]
    assert all(line.startswith("Root: HKCU;") for line in registry)  # nothing machine-wide
    command = 'ValueData: """{app}\\{#AppExe}"" ""%1"""'
    for scheme in SCHEMES:
        lines = [line for line in registry if re.search(rf"\\Classes\\{scheme}[\\\"]", line)]
        assert len(lines) == 4, scheme
        assert all(f"Check: SchemeIsFreeOrOurs('{scheme}')" in line for line in lines)
        assert any('"URL Protocol"' in line for line in lines)
        assert any("DefaultIcon" in line for line in lines)
        assert any("shell\\open\\command" in line and command in line for line in lines)
        assert any(
            "URLAssociations" in line and f'ValueName: "{scheme}"' in line for line in registry
        )
    assert any("Software\\RegisteredApplications" in line for line in registry)
    run = [line for line in registry if WINDOWS_RUN_KEY in line]
    assert run and f'ValueName: "{APP_ID}"' in run[0] and "uninsdeletevalue" in run[0]
    assert "function SchemeIsFreeOrOurs(Scheme: String): Boolean;" in script


def test_the_spec_builds_the_bundle_the_installer_packs() -> None:
    spec = (PACKAGING / f"{APP_ID}.spec").read_text(encoding="utf-8")
    script = (PACKAGING / "windows" / f"{APP_ID}.iss").read_text(encoding="utf-8")
    assert "COLLECT(*executables, a.binaries, a.datas, name=APP_ID)" in spec
    assert 'Source: "{#BundleDir}\\dist\\jego-desktop\\*"' in script
    assert "argv_emulation=False" in spec  # macOS links must reach Qt as QFileOpenEvent
    assert "BUNDLE(" in spec and '"Info.plist"' in spec
