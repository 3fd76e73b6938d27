"""What the tray's quick-dial menu offers: favourite contacts, then recent numbers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from jego_desktop.domain.addresses import InvalidTargetError, normalise_number
from jego_desktop.domain.call_history import CallHistoryEntry
from jego_desktop.domain.contacts import Contact
from jego_desktop.models.contacts.peer_text import display_number, peer_number
from jego_desktop.store.contacts import dialable_digits

MAX_FAVOURITES = 8
MAX_RECENT = 5


@dataclass(frozen=True)
class QuickDialEntry:
    label: str  # what the menu shows
    target: str  # a number or address to resolve (favourites) or a SIP URI (recent calls)
    account_key: str  # "" when the default account should call
    favourite: bool


def quick_dial_entries(
    favourites: Sequence[Contact],
    recent: Sequence[CallHistoryEntry],
    *,
    home_region: str = "",
    max_favourites: int = MAX_FAVOURITES,
    max_recent: int = MAX_RECENT,
    names: Callable[[str], str] = lambda _uri: "",
) -> list[QuickDialEntry]:
    """Favourites with something to call (by name), then the newest distinct peers of
    the call history that are not already among them (a contact by name and number)."""
    entries: list[QuickDialEntry] = []
    seen: set[str] = set()
    for contact in favourites:
        target = _target_of(contact)
        if not target or len(entries) >= max_favourites:
            continue
        entries.append(QuickDialEntry(contact.display_name, target, "", True))
        seen.add(_key(target, home_region))
    recent_count = 0
    for entry in recent:
        if recent_count >= max_recent:
            break
        peer = entry.record.peer
        key = _key(peer_number(peer), home_region)
        if not key or key in seen:
            continue
        seen.add(key)
        label = display_number(peer, home_region)
        name = names(peer)
        label = f"{name} ({label})" if name else label
        entries.append(QuickDialEntry(label, peer, entry.record.account_key, False))
        recent_count += 1
    return entries


def _target_of(contact: Contact) -> str:
    return contact.phones[0].number if contact.phones else contact.sip_uri


def _key(target: str, home_region: str) -> str:
    """Numbers compare in E.164 ("06 12…" at home == "+33 6 12…"), addresses as written."""
    if "@" in target or target.lower().startswith(("sip:", "sips:")):
        return peer_number(target).lower()
    try:
        return normalise_number(target, home_region)
    except InvalidTargetError:
        return dialable_digits(target)
