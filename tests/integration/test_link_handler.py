"""Clicking a tel: link (xdg-open) reaches the running app, which dials through Kamailio
and keys in the link's extension once answered; the desktop files are valid."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from jego_desktop import DESKTOP_ID
from jego_desktop.platform.link_handler import MIME_TYPES, desktop_entry
from tests.integration.app_process import AppProcess
from tests.peers.kamailio import Kamailio
from tests.peers.xvfb import Xvfb

pytestmark = pytest.mark.peers


def test_desktop_entry_is_valid(tmp_path: Path) -> None:
    entry = tmp_path / "net.jego.JegoDesktop.desktop"
    entry.write_text(desktop_entry("jego-desktop"), encoding="utf-8")
    result = subprocess.run(
        ["desktop-file-validate", str(entry)], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 0, result.stdout + result.stderr
    shipped = Path(__file__).resolve().parents[2] / "packaging" / "linux" / entry.name
    assert shipped.read_text(encoding="utf-8") == entry.read_text(encoding="utf-8")


def test_appstream_metainfo_is_valid() -> None:
    linux = Path(__file__).resolve().parents[2] / "packaging" / "linux"
    metainfo = linux / f"{DESKTOP_ID}.metainfo.xml"
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(metainfo)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_xdg_open_tel_link_dials_through_the_running_app(
    tmp_path: Path, kamailio: Kamailio, baresip_factory, xvfb: Xvfb
) -> None:
    assert shutil.which("xdg-open"), "xdg-utils is not installed"
    peer = baresip_factory("li", tone_hz=900.0)
    peer.add_account(
        kamailio.aor("+8613800138000"), password="secret-cn", registrar=kamailio.uri("udp")
    )
    peer.start()
    home = tmp_path / "home"
    profile = home / ".local" / "share" / "jego-desktop"  # the default profile
    app = AppProcess(
        profile, tmp_path / "keyring.json", settings="[links]\ncall_at_once=true\n", home=home
    )
    try:
        app.start()
        added = app.cli(
            "account",
            "add",
            "--number",
            "alice",
            "--server",
            f"127.0.0.1:{kamailio.udp_port}",
            "--password-stdin",
            stdin="secret-a\n",
        )
        assert added.returncode == 0, added.stderr
        app.wait_status(lambda s: bool(s["accounts"]) and s["accounts"][0]["registered"])

        mimeapps = (home / ".config" / "mimeapps.list").read_text(encoding="utf-8")
        assert all(f"{mime}=net.jego.JegoDesktop.desktop;" in mimeapps for mime in MIME_TYPES)

        since = peer.mark()
        opened = subprocess.run(
            ["xdg-open", "tel:+86-138-0013-8000;ext=2046"],
            env=dict(app.env, DISPLAY=xvfb.display),  # xdg-open uses handlers only with a display
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert opened.returncode == 0, opened.stdout + opened.stderr
        incoming = peer.wait_call_established(since=since, timeout=20)
        assert "alice" in str(incoming.get("peeruri", ""))
        app.wait_status(lambda s: [c["state"] for c in s["calls"]] == ["active"])
        # The extension follows as DTMF once the call is answered.
        peer.wait_for(lambda: peer.dtmf_received(since=since) == "2046", what="extension 2046")
    finally:
        app.stop()
