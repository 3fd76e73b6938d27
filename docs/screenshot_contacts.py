"""Render the Contacts page, its editor and the tray menu into docs/screenshots/.

Run from the repository root (after `bash translations/update.sh` and lrelease):
    .venv/bin/python docs/screenshot_contacts.py [--dark] [--language fr|zh_CN|zh_TW]
Offscreen, with sample contacts in a temporary database; no account or network.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from screenshot_kit import (
    ACCOUNT,
    DOMAIN,
    HOME_REGION,
    PastCall,
    SampleHistory,
    parse_variant,
    sample_main_window,
    sample_settings,
    save,
    start_app,
)

from jego_desktop.domain.calls import CallDirection
from jego_desktop.domain.contacts import Contact, PhoneNumber
from jego_desktop.domain.engine_events import PresenceChanged
from jego_desktop.store.contacts import ContactStore
from jego_desktop.store.database import Database

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


def recent_calls(now: float) -> SampleHistory:
    """Two recent calls, one of them missed, for the tray's quick dial and count."""
    return SampleHistory(
        [
            PastCall(
                "sip:+442079460000@sip.example.org",
                CallDirection.INCOMING,
                now - 3600,
                None,
                3540,
                missed=True,
            ),
            PastCall(
                "sip:+33145678900@sip.example.org", CallDirection.OUTGOING, now - 3600, 600, 3540
            ),
        ]
    )


def main() -> int:
    variant = parse_variant(sys.argv[1:])
    start_app(variant)
    suffix = variant.suffix
    with tempfile.TemporaryDirectory() as work:
        database = Database.open(Path(work) / "jego.sqlite3")
        store = ContactStore(database)
        store.add_many(SAMPLE)
        window = sample_main_window(sample_settings(Path(work)), 980, 680)
        window.contacts.set_store(store)
        window.contacts.bind_accounts([(ACCOUNT, DOMAIN)], HOME_REGION)
        for contact in window.contacts.all_contacts():
            state = PRESENCE.get(contact.display_name, "")
            for uri in window.contacts.uris_on(ACCOUNT, contact)[:1] if state else []:
                window.contacts.on_presence_changed(PresenceChanged(ACCOUNT, uri, state, ""))
        calls = recent_calls(time.time())
        window.call_history.set_source(calls)
        window.presence.attention.set_sources(calls, None)
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
