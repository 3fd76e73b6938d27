"""Render the call window whose camera did not open (light, dark, fr, zh_CN).

Run from the repository root after compiling the translations:
    .venv/bin/pyside6-lrelease translations/*.ts
    .venv/bin/python docs/screenshot_camera_problem.py
As docs/screenshot_video.py, but our camera is busy (held by another app): the peer's
picture comes in, ours stays dark, and the window says why.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "docs")]

from PySide6.QtCore import QLocale  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshot_video import OUT, StillTrack, Wire, portrait, save, wait  # noqa: E402

from jego_desktop.domain.calls import CallDirection  # noqa: E402
from jego_desktop.engine.events import CallStats  # noqa: E402
from jego_desktop.engine.refcount_workaround import protect_singletons  # noqa: E402
from jego_desktop.media.video.camera_errors import CameraError, CameraFailure  # noqa: E402
from jego_desktop.models.calls import CallsModel  # noqa: E402
from jego_desktop.models.video_call import VideoCalls, VideoState  # noqa: E402
from jego_desktop.models.video_sources import CameraSources  # noqa: E402
from jego_desktop.ui import style  # noqa: E402
from jego_desktop.ui.call_windows import CallWindows  # noqa: E402
from jego_desktop.ui.translations import install_translators  # noqa: E402
from jego_desktop.ui.video_view import attach_video  # noqa: E402
from tests.ui.fake_engine import FakeEngine  # noqa: E402

BUSY = "Could not run graph (sometimes caused by a device already in use by other application)"


def busy_camera(device: str) -> StillTrack:
    raise CameraError(CameraFailure.BUSY, BUSY)


def shoot(suffix: str, palette: style.Palette, work: Path) -> None:
    engine = FakeEngine()
    calls = CallsModel()
    engine.call_changed.connect(calls.on_call_changed)
    engine.call_stats.connect(calls.on_call_stats)
    windows = CallWindows(engine, calls, palette, lambda text: (None, ""), work, "FR")
    ours, theirs = Wire(), Wire()
    camille = portrait(640, 480, (150, 120, 90), (170, 60, 60))
    video = VideoCalls(ours, CameraSources(device="video=Integrated Camera", opener=busy_camera))
    peer = VideoCalls(theirs, CameraSources(override=lambda: StillTrack(camille)))
    ours.peer, ours.peer_call, theirs.peer, theirs.peer_call = peer, "p1", video, "c1"
    video.connect_engine(engine)
    peer.status_changed.connect(
        lambda status: status.state is VideoState.CONNECTING and peer.set_sending("p1", True)
    )
    pane = attach_video(windows.window, calls, video, palette)
    call = engine.call_event(
        "c1", peer="sip:+33612345678@sip.example.org", peer_name="Camille Martin"
    )
    engine.publish(call)
    engine.publish(CallStats("c1", "G722", 16000, 3.1, 0.0, 0.0, 24.0, 2100, 2100))
    peer.on_call_changed(engine.call_event("p1", direction=CallDirection.INCOMING))
    pane.video_button.click()
    wait(lambda: video.status("c1").state is VideoState.ACTIVE)
    wait(lambda: windows.window.problem_label.isVisibleTo(windows.window))
    wait(lambda: video.status("c1").stats is not None)
    wait(lambda: False, 1.5)  # past the first key frame's blur
    save(windows.window, f"in-call-camera-busy{suffix}")
    video.shutdown()
    peer.shutdown()
    windows.close_all()


def main() -> int:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    protect_singletons()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        shoot("", style.LIGHT, Path(work))
        shoot("-dark", style.DARK, Path(work))
        for language in ("fr", "zh_CN"):
            translators = install_translators(app, language)
            shoot(f"-{language}", style.LIGHT, Path(work))
            for translator in translators:
                app.removeTranslator(translator)
    return 0


if __name__ == "__main__":
    sys.exit(main())
