"""Render the call window's line about keypad tones the far end refused into
docs/screenshots/in-call-dtmf-failed[-dark][-LANG].png.

Run from the repository root (after `bash translations/update.sh` and lrelease):
    .venv/bin/python docs/screenshot_dtmf.py [--dark] [--language fr|zh_CN]
Offscreen, against the fake engine: no account, database or network.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from jego_desktop.domain.calls import CallState  # noqa: E402
from jego_desktop.engine.events import DtmfFailed  # noqa: E402
from jego_desktop.engine.refcount_workaround import protect_singletons  # noqa: E402
from jego_desktop.models.calls import CallsModel  # noqa: E402
from jego_desktop.models.dial_pad import DialPadModel  # noqa: E402
from jego_desktop.models.dtmf_failures import DtmfFailures  # noqa: E402
from jego_desktop.ui import style  # noqa: E402
from jego_desktop.ui.call_windows import CallWindows  # noqa: E402
from jego_desktop.ui.translations import install_translators  # noqa: E402
from tests.ui.fake_engine import FakeEngine  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
PEER = "sip:+33140000000@sip.example.org"


def main() -> int:
    dark = "--dark" in sys.argv
    language = sys.argv[sys.argv.index("--language") + 1] if "--language" in sys.argv else ""
    suffix = ("-dark" if dark else "") + (f"-{language}" if language else "")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    protect_singletons()
    if language:
        install_translators(app, language)
    palette = style.DARK if dark else style.LIGHT
    if dark:
        # The offscreen platform has no colour scheme to follow: pretend it is dark.
        style.current_palette = lambda: style.DARK
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        engine = FakeEngine()
        calls = CallsModel()
        engine.call_changed.connect(calls.on_call_changed)
        windows = CallWindows(engine, calls, palette, DialPadModel("FR").uri_for, Path(work), "FR")
        failures = DtmfFailures(windows)
        engine.dtmf_failed.connect(failures.on_dtmf_failed)
        windows.follow_dtmf_failures(failures)
        engine.publish(engine.call_event("call-1", CallState.ACTIVE, peer=PEER))
        window = windows.window
        window.keypad_button.click()
        for digit in "42":
            window.send_digits(digit)
            engine.publish(DtmfFailed("call-1", digit, 501, "Not Implemented"))
        window.resize(window.sizeHint())
        QApplication.processEvents()
        path = OUT / f"in-call-dtmf-failed{suffix}.png"
        window.grab().save(str(path))
        print(path)
        windows.close_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
