"""The PyInstaller bundle builds, holds the video stack, starts under Xvfb, shows its window
and answers status."""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest
from PyInstaller.archive.readers import pkg_archive_contents  # type: ignore[import-untyped]
from PySide6.QtGui import QImage

from jego_desktop.platform.app_icons import HICOLOR_SIZES
from tests.peers.xvfb import Xvfb

pytestmark = pytest.mark.peers
ROOT = Path(__file__).resolve().parents[2]


# What a video call imports (media/video) and what aiortc itself imports lazily.
VIDEO_MODULES = (
    "jego_desktop.media.video.session",
    "aiortc.rtcpeerconnection",
    "aiortc.codecs.vpx",
    "aioice.ice",
    "aioice.mdns",
    "pylibsrtp",
)


def assert_video_stack_bundled(program: Path) -> None:
    """aiortc's Python modules are in the executable's archive; PyAV's compiled modules,
    pylibsrtp's binding and FFmpeg with libvpx and libopus are in _internal."""
    archived = set(pkg_archive_contents(str(program)))
    missing = [name for name in VIDEO_MODULES if name not in archived]
    assert not missing, f"not in the bundle: {missing}"
    internal = program.parent / "_internal"
    names = [f.name for f in internal.rglob("*") if f.is_file()]
    for needed in ("libvpx", "libopus", "libavcodec", "libavformat", "libswscale"):
        assert any(name.startswith(needed) for name in names), f"no {needed} in the bundle"
    assert list((internal / "av").glob("_core*.so")), "PyAV's compiled modules are missing"
    assert list((internal / "av" / "video").glob("frame*.so"))
    assert list((internal / "pylibsrtp").glob("_binding*.so"))


def test_bundle_starts_shows_its_window_and_answers_status(tmp_path: Path, xvfb: Xvfb) -> None:
    build = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build_bundle.sh"), str(tmp_path / "bundle")],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    program = tmp_path / "bundle" / "dist" / "jego-desktop" / "jego-desktop"
    files = [f for f in program.parent.rglob("*") if f.is_file() and not f.is_symlink()]
    size_mb = sum(f.stat().st_size for f in files) / 2**20  # links to libraries count once
    print(f"bundle: {size_mb:.0f} MB")
    bundled_icons = program.parent / "_internal" / "share" / "icons" / "hicolor"
    for size in HICOLOR_SIZES:
        icon = QImage(str(bundled_icons / f"{size}x{size}" / "apps" / "jego-desktop.png"))
        assert icon.width() == size, f"no {size} px icon in the bundle"
    assert_video_stack_bundled(program)

    profile = tmp_path / "profile"
    profile.mkdir()
    (profile / "settings.ini").write_text("[network]\nbind_address=127.0.0.1\n")
    env = dict(xvfb.env(), HOME=str(tmp_path / "home"), PYTHONPATH="")
    env.pop("PYTHONHOME", None)
    started = time.monotonic()
    app = subprocess.Popen(
        [str(program), "--profile", str(profile)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        log = profile / "logs" / "jego.log"
        deadline = time.monotonic() + 60
        while not (log.exists() and "main window shown" in log.read_text(encoding="utf-8")):
            assert app.poll() is None, app.communicate()[0][-3000:]
            assert time.monotonic() < deadline, "the bundle did not show its window"
            time.sleep(0.1)
        print(f"bundle window shown after {time.monotonic() - started:.2f} s")
        time.sleep(0.5)
        image = QImage(str(xvfb.screenshot(tmp_path / "bundle.png")))
        colours = {
            image.pixel(x, y) for x in range(0, image.width(), 16) for y in range(0, 400, 16)
        }
        assert len(colours) > 5, "the screen is blank"
        status = subprocess.run(
            [str(program), "--profile", str(profile), "status", "--json"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert status.returncode == 0, status.stderr
        assert json.loads(status.stdout) == {
            "running": True,
            "accounts": [],
            "calls": [],
            "unread": 0,
            "my_status": "online",
        }
    finally:
        app.terminate()
        app.communicate(timeout=20)
    assert (profile / "jego.sqlite3").exists()
    # The install step at first start: desktop entry running the bundle, hicolor icons.
    share = tmp_path / "home" / ".local" / "share"
    entry = (share / "applications" / "jego-desktop.desktop").read_text(encoding="utf-8")
    assert f"Exec={program} %u\n" in entry and "Icon=jego-desktop\n" in entry
    assert QImage(str(share / "icons/hicolor/256x256/apps/jego-desktop.png")).width() == 256
    offline = subprocess.run(
        [str(program), "--profile", str(profile), "status", "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert offline.returncode == 0
    stopped = json.loads(offline.stdout)
    assert stopped["running"] is False and stopped["my_status"] == "online"
