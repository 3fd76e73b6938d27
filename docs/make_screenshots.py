"""Take screenshots of the real app window under Xvfb into docs/screenshots/.

Run from the repository root: .venv/bin/python docs/make_screenshots.py
It starts its own Xvfb, runs `python -m jego_desktop` with a fresh profile, waits for
the window and grabs the screen through X11.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.peers.xvfb import Xvfb  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def wait_for_log(log: Path, text: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists() and text in log.read_text(encoding="utf-8"):
            return
        time.sleep(0.1)
    raise RuntimeError(f"{text!r} did not appear in {log}")


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        screen = Xvfb(Path(work))
        screen.start()
        try:
            profile = Path(work) / "profile"
            app = subprocess.Popen(
                [sys.executable, "-m", "jego_desktop", "--profile", str(profile)],
                env=dict(
                    screen.env(),
                    LANG="en_US.UTF-8",
                    HOME=str(Path(work) / "home"),  # keep the user's link handlers untouched
                    XDG_DATA_HOME=str(Path(work) / "home" / "data"),
                    XDG_CONFIG_HOME=str(Path(work) / "home" / "config"),
                ),
            )
            try:
                wait_for_log(profile / "logs" / "jego.log", "main window shown", 30)
                time.sleep(1.0)
                screen.screenshot(OUT / "main-window.png")
            finally:
                app.terminate()
                app.wait(10)
        finally:
            screen.stop()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
