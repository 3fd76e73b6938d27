"""Render a link's extension into docs/screenshots/: waiting in the dial pad, then in the
call window before and after it is keyed in.

Run from the repository root (after `bash translations/update.sh` and lrelease):
    .venv/bin/python docs/screenshot_dial_extension.py [--dark] [--language fr|zh_CN]
Offscreen, against the fake engine: no account, database or network.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from screenshot_kit import (
    fake_calls,
    parse_variant,
    sample_main_window,
    sample_settings,
    save,
    start_app,
)

from jego_desktop.domain.calls import CallState
from jego_desktop.domain.links import parse_link
from jego_desktop.models.calls.post_dial import PostDial, connect_dial_pad
from jego_desktop.ui.window.main_window import DIAL_PAD_PAGE

LINK = "tel:+33-1-40-00-00-00;ext=4711"


def main() -> int:
    variant = parse_variant(sys.argv[1:])
    app = start_app(variant)
    suffix = variant.suffix
    with tempfile.TemporaryDirectory() as work:
        window = sample_main_window(sample_settings(Path(work)), 960, 680)
        fake = fake_calls(variant.palette, window.dial_pad.uri_for, Path(work))
        engine = fake.engine
        post_dial = PostDial(engine.send_dtmf, delay_ms=0)
        engine.call_changed.connect(post_dial.on_call_changed)
        connect_dial_pad(window.dial_pad, engine.make_call, post_dial)
        window.show()
        request = parse_link(LINK, "FR")
        post_dial.offer(request)
        window.show_page(DIAL_PAD_PAGE)
        window.show_dial_request(request)
        save(window, f"dial-pad-extension{suffix}")

        windows = fake.windows
        windows.window.follow_extensions(post_dial)
        window.dial_pad_page.call_button.click()  # call-1, the extension follows it
        peer = "sip:+33140000000@sip.example.org"
        engine.publish(engine.call_event("call-1", CallState.RINGING_OUT, peer=peer))
        in_call = windows.window
        in_call.resize(in_call.sizeHint())
        save(in_call, f"in-call-extension{suffix}")

        engine.publish(engine.call_event("call-1", CallState.ACTIVE, peer=peer))
        app.processEvents()  # the zero-delay timer sends the digits
        in_call.resize(in_call.sizeHint())
        save(in_call, f"in-call-extension-dialled{suffix}")
        windows.close_all()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
