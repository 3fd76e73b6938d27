"""Render the Contacts page, its editor and the tray menu into docs/screenshots/.

Run from the repository root (after `bash translations/update.sh` and lrelease):
    .venv/bin/python docs/screenshot_contacts.py [--dark] [--language fr|zh_CN]
Offscreen, with sample contacts in a temporary database; no account or network.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from jego_desktop.domain.call_history import CallHistoryEntry  # noqa: E402
from jego_desktop.domain.calls import CallDirection, CallRecord  # noqa: E402
from jego_desktop.domain.contacts import Contact, PhoneNumber  # noqa: E402
from jego_desktop.engine.events import PresenceChanged  # noqa: E402
from jego_desktop.engine.refcount_workaround import protect_singletons  # noqa: E402
from jego_desktop.store.contacts import ContactStore  # noqa: E402
from jego_desktop.store.database import Database  # noqa: E402
from jego_desktop.ui import main_window as main_window_module  # noqa: E402
from jego_desktop.ui import style  # noqa: E402
from jego_desktop.ui.main_window import MainWindow  # noqa: E402
from jego_desktop.ui.translations import install_translators  # noqa: E402
from tests.ui.account_line import registered_line  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
ACCOUNT = "+33100000000@sip.example.org"
SAMPLE = [
    Contact(
        "Camille Martin",
        (PhoneNumber("+33 6 12 34 56 78", "cell"), PhoneNumber("01 45 67 89 00", "work")),
        sip_uri="sip:camille@example.fr",
        organization="Atelier Lumière",
        email="camille@example.fr",
        favourite=True,
        notes="Prefers messages after 18:00",
    ),
    Contact("王小明", (PhoneNumber("+86 138 0013 8000", "cell"),), favourite=True),
    Contact("Alice Durand", (PhoneNumber("+33 6 98 76 54 32", "cell"),)),
    Contact("Bob Smith", (PhoneNumber("+44 20 7946 0000", "work"),)),
    Contact("Élodie Bréhat", sip_uri="sip:elodie@example.net"),
    Contact("François Petit", (PhoneNumber("+33 1 23 45 67 89", "home"),)),
    Contact("李娜", (PhoneNumber("+86 10 6552 9988", "home"),)),
    Contact("Zoé Leroy", (PhoneNumber("+33 7 11 22 33 44", "cell"),)),
]


# Presence shown as if the engine had reported it (name -> state).
PRESENCE = {
    "Camille Martin": "online",
    "王小明": "away",
    "Alice Durand": "online",
    "Bob Smith": "offline",
    "Élodie Bréhat": "offline",
    "李娜": "online",
}


class RecentCalls:
    """Two recent calls, one of them missed, for the tray's quick dial and count."""

    def recent(self, *, limit: int = 200, account_key: str | None = None) -> list[CallHistoryEntry]:
        now = time.time()
        rows = [
            ("sip:+442079460000@sip.example.org", CallDirection.INCOMING, None),
            ("sip:+33145678900@sip.example.org", CallDirection.OUTGOING, now - 3000),
        ]
        return [
            CallHistoryEntry(
                number + 1,
                CallRecord(
                    f"r{number}", ACCOUNT, direction, peer, now - 3600, answered, now - 60, ""
                ),
                answered is None,
            )
            for number, (peer, direction, answered) in enumerate(rows)
        ][:limit]

    def missed_count(self, *, account_key: str | None = None) -> int:
        return 1

    def mark_missed_seen(self) -> int:
        return 0


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
        style.current_palette = lambda: style.DARK
        main_window_module.current_palette = lambda: style.DARK
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        database = Database.open(Path(work) / "jego.sqlite3")
        store = ContactStore(database)
        store.add_many(SAMPLE)
        settings = QSettings(str(Path(work) / "settings.ini"), QSettings.Format.IniFormat)
        settings.setValue("dialing/home_region", "FR")
        window = MainWindow(settings)
        window.resize(980, 680)
        window.set_account_state(registered_line("+33 1 00 00 00 00"))
        window.dial_pad.set_account(ACCOUNT, "sip.example.org")
        window.contacts.set_store(store)
        window.contacts.bind_account(ACCOUNT, "sip.example.org", "FR")
        for contact in window.contacts.all_contacts():
            state = PRESENCE.get(contact.display_name, "")
            for uri in window.contacts.uris_of(contact)[:1] if state else []:
                window.contacts.on_presence_changed(PresenceChanged(ACCOUNT, uri, state, ""))
        window.call_history.set_source(RecentCalls())
        window.presence.attention.set_sources(RecentCalls(), None)
        window.presence.attention.set_unread(3)
        window.show()
        window.show_page(1)
        window.contacts_page.view.setFocus()
        save(window, f"contacts{suffix}")

        camille = window.contacts.contact(0)
        editor = window.contacts_page.open_editor(camille)
        editor.resize(editor.sizeHint())
        save(editor, f"contact-editor{suffix}")
        editor.reject()

        tray = window.presence.tray
        tray.refresh_menu()
        tray.menu.adjustSize()
        save(tray.menu, f"tray-menu{suffix}")
        window.close()
        database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
