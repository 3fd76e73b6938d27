"""The PyInstaller bundle builds, starts under Xvfb, shows its window and answers status."""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.peers.xvfb import Xvfb

pytestmark = pytest.mark.peers
ROOT = Path(__file__).resolve().parents[2]


def test_bundle_starts_shows_its_window_and_answers_status(tmp_path: Path, xvfb: Xvfb) -> None:
    build = subprocess.run(
        ["bash", str(ROOT / "packaging" / "build_bundle.sh"), str(tmp_path / "bundle")],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-3000:]
    program = tmp_path / "bundle" / "dist" / "jego-desktop" / "jego-desktop"
    size_mb = sum(f.stat().st_size for f in program.parent.rglob("*") if f.is_file()) / 2**20
    print(f"bundle: {size_mb:.0f} MB")

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
        assert json.loads(status.stdout) == {"accounts": [], "calls": [], "unread": 0}
    finally:
        app.terminate()
        app.communicate(timeout=20)
    assert (profile / "jego.sqlite3").exists()
