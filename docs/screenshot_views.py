"""Render the dial pad, the call history and the call windows into docs/screenshots/.

Run from the repository root:
    .venv/bin/python docs/screenshot_views.py [--dark] [--language fr|zh_CN|zh_TW]
Offscreen, against the fake engine and sample data: no account, database or network.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from screenshot_kit import (
    PastCall,
    SampleHistory,
    fake_calls,
    parse_variant,
    sample_main_window,
    sample_settings,
    save,
    start_app,
    use_locale,
)

from jego_desktop.domain.calls import CallDirection, CallState
from jego_desktop.domain.engine_events import CallStats


def sample_history(now: float) -> SampleHistory:
    rows = [
        ("sip:+33612345678@sip.example.org", CallDirection.INCOMING, None, 20, True),
        ("sip:+33698765432@sip.example.org", CallDirection.OUTGOING, 3, 245, False),
        ("sip:alice@example.net", CallDirection.INCOMING, 4, 3800, False),
        ("sip:+442079460000@sip.example.org", CallDirection.OUTGOING, None, 30, False),
        ("sip:+33145678900@sip.example.org", CallDirection.INCOMING, None, 15, True),
        ("sip:+14155550123@sip.example.org", CallDirection.OUTGOING, 6, 612, False),
    ]
    return SampleHistory(
        [
            PastCall(peer, direction, now - 900 - number * 20_000, answered, length, missed)
            for number, (peer, direction, answered, length, missed) in enumerate(rows)
        ]
    )


def main() -> int:
    variant = parse_variant(sys.argv[1:])
    use_locale(variant.language)
    app = start_app(variant)
    suffix = variant.suffix
    with tempfile.TemporaryDirectory() as work:
        window = sample_main_window(sample_settings(Path(work)), 960, 680)
        window.show()
        window.show_page(2)
        window.dial_pad_page.entry.setFocus()
        window.dial_pad.set_text("0612345")
        save(window, f"dial-pad{suffix}")

        window.dial_pad.set_text("06 12 ab")
        window.dial_pad.dial()
        save(window.dial_pad_page, f"dial-pad-invalid{suffix}")

        window.call_history.set_source(sample_history(time.time()))
        window.show_page(3)
        save(window, f"calls-history{suffix}")

        fake = fake_calls(variant.palette, window.dial_pad.uri_for, Path(work))
        engine, windows = fake.engine, fake.windows
        engine.publish(
            engine.call_event(
                "in1",
                CallState.RINGING_IN,
                CallDirection.INCOMING,
                peer="sip:+33612345678@sip.example.org",
                peer_name="Camille Martin",
            )
        )
        save(windows.incoming["in1"], f"incoming-call{suffix}")
        engine.publish(engine.call_event("in1", CallState.ENDED, CallDirection.INCOMING))

        bob = "sip:+33698765432@sip.example.org"
        engine.publish(engine.call_event("c1", peer=bob))
        engine.publish(CallStats("c1", "opus", 48000, 4.2, 0.3, 0.0, 38.0, 2100, 2100))
        in_call = windows.window
        in_call.resize(in_call.sizeHint())
        save(in_call, f"in-call{suffix}")

        engine.publish(engine.call_event("c1", peer=bob, muted=True, local_hold=True))
        engine.publish(engine.call_event("c2", peer="sip:alice@example.net", peer_name="Alice"))
        in_call.keypad_button.setChecked(True)
        in_call.send_digits("12#")
        in_call.resize(in_call.sizeHint())
        save(in_call, f"in-call-keypad{suffix}")
        windows.close_all()
        window.close()
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
