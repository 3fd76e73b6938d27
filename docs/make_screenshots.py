"""Take every screenshot in docs/screenshots/: the real app window under Xvfb, then the
views the docs/screenshot_*.py scripts render offscreen, in each of their variants.

Run from the repository root: .venv/bin/python docs/make_screenshots.py [--main-window-only]
For the window it starts its own Xvfb, runs `python -m jego_desktop` with a fresh profile,
waits for the window and grabs the screen through X11.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.peers.xvfb import Xvfb  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
VARIANTS = ((), ("--dark",), ("--language", "fr"), ("--language", "zh_CN"))
# Each offscreen script with the command lines it runs with; a script with no options
# takes all its variants in one run.
OFFSCREEN: dict[str, tuple[tuple[str, ...], ...]] = {
    "screenshot_chats.py": (*VARIANTS, ("--dark", "--language", "zh_CN")),
    "screenshot_contacts.py": (*VARIANTS, ("--dark", "--language", "zh_CN")),
    "screenshot_my_status.py": (*VARIANTS, ("--dark", "--language", "zh_CN")),
    "screenshot_dtmf.py": (*VARIANTS, ("--dark", "--language", "zh_CN")),
    "screenshot_dial_extension.py": VARIANTS,
    "screenshot_call_outcomes.py": VARIANTS,
    "screenshot_groups.py": ((), ("--language", "fr"), ("--language", "zh_CN")),
    "screenshot_views.py": ((), ("--dark",)),
    "screenshot_languages.py": ((),),
    "screenshot_voice_recorder.py": ((),),
    "screenshot_settings.py": ((),),
    "screenshot_video.py": ((),),
    "screenshot_camera_problem.py": ((),),
}
# Traditional Chinese: these scripts take all their pictures, the few the README shows are kept.
TRADITIONAL = ("--language", "zh_TW")
TRADITIONAL_SCRIPTS = (
    "screenshot_chats.py",
    "screenshot_contacts.py",
    "screenshot_views.py",
    "screenshot_settings.py",
)
TRADITIONAL_KEPT = {
    "chats-zh_TW.png",
    "contacts-zh_TW.png",
    "in-call-keypad-zh_TW.png",
    "settings-calls-zh_TW.png",
}

# Group chats: every English picture; in French and Chinese the conversation alone.
GROUPS_TRANSLATED_KEPT = {"groups-conversation-fr.png", "groups-conversation-zh_CN.png"}


def wait_for_log(log: Path, text: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log.exists() and text in log.read_text(encoding="utf-8"):
            return
        time.sleep(0.1)
    raise RuntimeError(f"{text!r} did not appear in {log}")


def shoot_offscreen() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for script, variants in OFFSCREEN.items():
        for options in variants:
            command = [sys.executable, str(ROOT / "docs" / script), *options]
            print(" ".join(command[1:]), flush=True)
            subprocess.run(command, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    for script in TRADITIONAL_SCRIPTS:
        command = [sys.executable, str(ROOT / "docs" / script), *TRADITIONAL]
        print(" ".join(command[1:]), flush=True)
        subprocess.run(command, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    for picture in OUT.glob("*-zh_TW.png"):
        if picture.name not in TRADITIONAL_KEPT:
            picture.unlink()
    for picture in [*OUT.glob("groups-*-fr.png"), *OUT.glob("groups-*-zh_CN.png")]:
        if picture.name not in GROUPS_TRANSLATED_KEPT:
            picture.unlink()


def shoot_main_window() -> None:
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


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    shoot_main_window()
    if "--main-window-only" not in sys.argv:
        shoot_offscreen()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
