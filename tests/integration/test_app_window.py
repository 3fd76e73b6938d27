"""The real app starts under Xvfb with no account, sound card or keyring, and shows its window."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.peers.xvfb import Xvfb


def wait_for_log(log: Path, text: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists() and text in log.read_text(encoding="utf-8"):
            return
        time.sleep(0.1)
    raise AssertionError(f"{text!r} not in {log}")


@pytest.mark.peers
def test_window_opens_without_account_sound_or_keyring(xvfb: Xvfb, tmp_path: Path) -> None:
    profile = tmp_path / "profile"
    home = tmp_path / "home"  # the app claims tel: links in the user's files: not ours
    env = dict(
        xvfb.env(),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
    )
    env.pop("PULSE_SERVER", None)
    app = subprocess.Popen(
        [sys.executable, "-m", "jego_desktop", "--profile", str(profile)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        log = profile / "logs" / "jego.log"
        wait_for_log(log, "main window shown", 30)
        time.sleep(0.5)
        shot = xvfb.screenshot(tmp_path / "window.png")
        assert app.poll() is None, "the app exited after showing its window"
    finally:
        app.terminate()
        output, _ = app.communicate(timeout=10)
    assert app.returncode in (0, -15), output
    image = QImage(str(shot))
    assert image.width() == xvfb.width
    # The rail (left) and the page (right) are painted: not one flat colour.
    colours = {
        image.pixel(x, y) for x in range(0, image.width(), 16) for y in range(0, image.height(), 16)
    }
    assert len(colours) > 5
    text = log.read_text(encoding="utf-8")
    assert "keyring: no keyring backend" in text
    assert "Traceback" not in text
