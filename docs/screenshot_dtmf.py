"""Render the call window's line about keypad tones the far end refused into
docs/screenshots/in-call-dtmf-failed[-dark][-LANG].png.

Run from the repository root (after `bash translations/update.sh` and lrelease):
    .venv/bin/python docs/screenshot_dtmf.py [--dark] [--language fr|zh_CN]
Offscreen, against the fake engine: no account, database or network.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from screenshot_kit import fake_calls, parse_variant, save, start_app

from jego_desktop.domain.calls import CallState
from jego_desktop.domain.engine_events import DtmfFailed
from jego_desktop.models.calls.dial_pad import DialPadModel
from jego_desktop.models.calls.dtmf_failures import DtmfFailures

PEER = "sip:+33140000000@sip.example.org"


def main() -> int:
    variant = parse_variant(sys.argv[1:])
    start_app(variant)
    with tempfile.TemporaryDirectory() as work:
        fake = fake_calls(variant.palette, DialPadModel("FR").uri_for, Path(work))
        engine, windows = fake.engine, fake.windows
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
        save(window, f"in-call-dtmf-failed{variant.suffix}")
        windows.close_all()
    return 0


if __name__ == "__main__":
    sys.exit(main())
