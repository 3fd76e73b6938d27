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


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="v4l2 listing is Linux's")
def test_listing_cameras_loads_no_video_stack() -> None:
    result = subprocess.run(
        [sys.executable, "-c", LIST_AS_A_CALL_WINDOW_DOES],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=True,
    )
    assert json.loads(result.stdout) == []
