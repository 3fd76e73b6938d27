"""The tray's quick-dial list: favourites, then recent distinct numbers not among them."""

from __future__ import annotations

from jego_desktop.domain.calls import CallDirection
from jego_desktop.domain.contacts import Contact, PhoneNumber
from jego_desktop.models.window.quick_dial import QuickDialEntry, quick_dial_entries
from tests.unit.models.calls.test_call_history_model import entry

ACCOUNT = "+33100000000@example.org"
CAMILLE = Contact("Camille", (PhoneNumber("06 12 34 56 78", "cell"),), favourite=True)
ELODIE = Contact("Élodie", sip_uri="sip:elodie@example.net", favourite=True)
NOBODY = Contact("No number", email="x@example.org", favourite=True)


def test_favourites_then_recent_calls_without_repeats() -> None:
    recent = [
        entry(1, "sip:+33612345678@example.org"),  # Camille, in international form
        entry(2, "sip:+442079460000@example.org", CallDirection.INCOMING),
        entry(3, "sip:elodie@example.net"),  # Élodie
        entry(4, "sip:+442079460000@example.org"),  # again
        entry(
            5, "sip:+4930123456@example.org", CallDirection.INCOMING, answered=False, missed=True
        ),
    ]

    entries = quick_dial_entries([CAMILLE, NOBODY, ELODIE], recent, home_region="FR")

    assert entries == [
        QuickDialEntry("Camille", "06 12 34 56 78", "", True),
        QuickDialEntry("Élodie", "sip:elodie@example.net", "", True),
        QuickDialEntry("+44 20 7946 0000", "sip:+442079460000@example.org", ACCOUNT, False),
        QuickDialEntry("+49 30 123456", "sip:+4930123456@example.org", ACCOUNT, False),
    ]


def test_the_lists_are_capped() -> None:
    favourites = [
        Contact(f"F{n}", (PhoneNumber(f"+3361234560{n}"),), favourite=True) for n in range(9)
    ]
    recent = [entry(n, f"sip:+33700000{n:03d}@example.org") for n in range(1, 9)]

    entries = quick_dial_entries(favourites, recent, max_favourites=3, max_recent=2)

    assert [e.label for e in entries if e.favourite] == ["F0", "F1", "F2"]
    assert [e.target for e in entries if not e.favourite] == [
        "sip:+33700000001@example.org",
        "sip:+33700000002@example.org",
    ]


def test_nothing_to_offer() -> None:
    assert quick_dial_entries([NOBODY], []) == []


def test_a_recent_contact_is_offered_by_name_and_number() -> None:
    recent = [entry(1, "sip:+442079460000@example.org")]
    names = {"sip:+442079460000@example.org": "王小明"}
    entries = quick_dial_entries([], recent, home_region="FR", names=lambda u: names.get(u, ""))
    assert entries == [
        QuickDialEntry("王小明 (+44 20 7946 0000)", "sip:+442079460000@example.org", ACCOUNT, False)
    ]
