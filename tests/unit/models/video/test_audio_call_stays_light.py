"""A call window lists cameras when it shows (for the chooser); on Linux that reads
/sys/class/video4linux only, so an audio call never loads the video stack (PyAV, aiortc,
cryptography: ~50 MB). Before, listing imported media/video/cameras.py and aiortc with it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[4]

LIST_AS_A_CALL_WINDOW_DOES = """
import json, sys
from jego_desktop.models.video.video_sources import CameraSources
CameraSources().list_blocking()
print(json.dumps(sorted(m for m in ("av", "aiortc", "cryptography") if m in sys.modules)))
"""


def modules_loaded_by(script: str) -> list[str]:
    """The watched modules `script`, run in a fresh interpreter, reports as loaded."""
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=True,
    )
    loaded: list[str] = json.loads(result.stdout.splitlines()[-1])
    return loaded


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="v4l2 listing is Linux's")
def test_listing_cameras_loads_no_video_stack() -> None:
    assert modules_loaded_by(LIST_AS_A_CALL_WINDOW_DOES) == []


LIST_AS_THE_VIDEO_CONTROLLER_DOES = """
import json, sys
from PySide6.QtCore import QCoreApplication, QTimer
from jego_desktop.models.video.video_call import VideoCalls
app = QCoreApplication([])
video = VideoCalls(engine=None)
video.cameras.listed.connect(app.quit)
QTimer.singleShot(0, video.cameras.refresh)
QTimer.singleShot(20_000, app.quit)
app.exec()
video.shutdown()
print(json.dumps(sorted(m for m in ("asyncio", "av", "aiortc") if m in sys.modules)))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="v4l2 listing is Linux's")
def test_listing_cameras_for_an_audio_call_imports_no_asyncio() -> None:
    """Without a video session no event loop is needed to list: asyncio, the loop's thread
    and its executor (~2 MB that stayed after the first call) are left out."""
    assert modules_loaded_by(LIST_AS_THE_VIDEO_CONTROLLER_DOES) == []
