"""Render a link's extension into docs/screenshots/: waiting in the dial pad, then in the
call window before and after it is keyed in.

Run from the repository root (after `bash translations/update.sh` and lrelease):
    .venv/bin/python docs/screenshot_dial_extension.py [--dark] [--language fr|zh_CN]
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

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from jego_desktop.domain.calls import CallState  # noqa: E402
from jego_desktop.domain.links import parse_link  # noqa: E402
from jego_desktop.engine.refcount_workaround import protect_singletons  # noqa: E402
from jego_desktop.models.calls import CallsModel  # noqa: E402
from jego_desktop.models.post_dial import PostDial, connect_dial_pad  # noqa: E402
from jego_desktop.ui import main_window as main_window_module  # noqa: E402
from jego_desktop.ui import style  # noqa: E402
from jego_desktop.ui.call_windows import CallWindows  # noqa: E402
from jego_desktop.ui.main_window import DIAL_PAD_PAGE, MainWindow  # noqa: E402
from jego_desktop.ui.translations import install_translators  # noqa: E402
from tests.ui.account_line import registered_line  # noqa: E402
from tests.ui.fake_engine import FakeEngine  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
ACCOUNT = "+33100000000@sip.example.org"
LINK = "tel:+33-1-40-00-00-00;ext=4711"


def save(widget: QWidget, name: str) -> None:
    QApplication.processEvents()
    path = OUT / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    dark = "--dark" in sys.argv
    language = sys.argv[sys.argv.index("--language") + 1] if "--language" in sys.argv else ""
    suffix = ("-dark" if dark else "") + (f"-{language}" if language else "")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    protect_singletons()
    assert isinstance(app, QApplication)
    if language:
        install_translators(app, language)
    if dark:
        # The offscreen platform has no colour scheme to follow: pretend it is dark.
        style.current_palette = lambda: style.DARK
        main_window_module.current_palette = lambda: style.DARK
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        settings = QSettings(str(Path(work) / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("dialing/home_region", "FR")
        window = MainWindow(settings)
        window.resize(960, 680)
        window.set_account_state(registered_line("+33 1 00 00 00 00"))
        window.dial_pad.set_account(ACCOUNT, "sip.example.org")
        engine = FakeEngine()
        post_dial = PostDial(engine.send_dtmf, delay_ms=0)
        engine.call_changed.connect(post_dial.on_call_changed)
        connect_dial_pad(window.dial_pad, engine.make_call, post_dial)
        window.show()
        request = parse_link(LINK, "FR")
        post_dial.offer(request)
        window.show_page(DIAL_PAD_PAGE)
        window.show_dial_request(request)
        save(window, f"dial-pad-extension{suffix}")

        calls = CallsModel()
        engine.call_changed.connect(calls.on_call_changed)
        windows = CallWindows(
            engine, calls, style.current_palette(), window.dial_pad.uri_for, Path(work), "FR"
        )
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
