"""The address book as a list model: favourites first, then everyone, filtered by a search."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)

from jego_desktop.domain.addresses import InvalidTargetError, to_sip_uri
from jego_desktop.models.contacts.vcard_import import VCardReader
from jego_desktop.models.role_names import role_names
from jego_desktop.store.errors import StoreError

if TYPE_CHECKING:
    from jego_desktop.domain.contacts import Contact
    from jego_desktop.domain.engine_events import PresenceChanged
    from jego_desktop.models.model_index import Index
    from jego_desktop.store.contacts import ContactStore

SEARCH_LIMIT = 1000


class ContactRole(enum.IntEnum):
    CONTACT = Qt.ItemDataRole.UserRole + 1  # the Contact
    ID = enum.auto()  # int
    FAVOURITE = enum.auto()  # bool
    DETAIL = enum.auto()  # the first number, else the SIP address, else the e-mail
    SECTION = enum.auto()  # the heading above this row ("Favourites"), or ""
    PRESENCE = enum.auto()  # "online", "busy", "away", "offline", or "" when not known


# The most telling of a contact's addresses wins: one online phone makes them online.
_PRESENCE_RANK = {"online": 4, "busy": 3, "away": 2, "offline": 1}


def contact_detail(contact: Contact) -> str:
    if contact.phones:
        return contact.phones[0].number
    return contact.sip_uri or contact.email


class ContactsModel(QAbstractListModel):
    """Contacts from a `ContactStore`, favourites first; edits go through the model.

    Without a store (no database) the model is empty and edits raise RuntimeError.

    Signals:
        contacts_changed(): a contact was added, changed, removed or imported.
        vcard_imported(str, object): a file's name and the contacts stored from it.
        vcard_import_failed(str, str): a file's name and why nothing was imported.
    """

    contacts_changed = Signal()
    vcard_imported = Signal(str, object)
    vcard_import_failed = Signal(str, str)

    def __init__(self, store: ContactStore | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._filter = ""
        self._rows: list[Contact] = []
        self._favourites = 0
        self._bound: tuple[tuple[str, str], ...] = ()  # (account key, domain) watched through
        self._home_region = ""
        self._presence: dict[tuple[str, str], str] = {}  # (account key, URI) -> state
        self._vcard_reader: VCardReader | None = None
        self.refresh()

    # ----- source and filter ----------------------------------------------------------

    def set_store(self, store: ContactStore | None) -> None:
        self._store = store
        self.refresh()

    @property
    def filter_text(self) -> str:
        return self._filter

    def set_filter(self, text: str) -> None:
        if text != self._filter:
            self._filter = text
            self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        found = self._load()
        favourites = [c for c in found if c.favourite]
        self._rows = favourites + [c for c in found if not c.favourite]
        self._favourites = len(favourites)
        self.endResetModel()

    def _load(self) -> list[Contact]:
        if self._store is None:
            return []
        if self._filter.strip():
            return self._store.search(self._filter, limit=SEARCH_LIMIT)
        return self._store.all()

    # ----- edits ----------------------------------------------------------------------

    def add(self, contact: Contact) -> Contact:
        stored = self._writable().add(contact)
        self._changed()
        return stored

    def update(self, contact: Contact) -> Contact:
        stored = self._writable().update(contact)
        self._changed()
        return stored

    def delete(self, contact_id: int) -> bool:
        removed = self._writable().delete(contact_id)
        self._changed()
        return removed

    def set_favourite(self, contact_id: int, favourite: bool) -> Contact | None:
        current = self._writable().get(contact_id)
        if current is None:
            return None
        if current.favourite == favourite:
            return current
        return self.update(dataclasses.replace(current, favourite=favourite))

    def import_contacts(self, contacts: Sequence[Contact]) -> list[Contact]:
        """Store them all in one transaction (or none, raising the store's error)."""
        stored = self._writable().add_many(contacts)
        self._changed()
        return stored

    def start_vcard_import(self, path: Path) -> bool:
        """Read `path` on a worker thread, then store its contacts in one transaction;
        `vcard_imported` or `vcard_import_failed` follows. False while one is running."""
        if self._vcard_reader is None:
            from jego_desktop.store.vcard import read_vcard_file  # vobject: only when asked

            self._vcard_reader = VCardReader(read_vcard_file, self)
            self._vcard_reader.read.connect(self._store_imported)
            self._vcard_reader.failed.connect(self.vcard_import_failed)
        return self._vcard_reader.start(path)

    @property
    def importing(self) -> bool:
        return self._vcard_reader is not None and self._vcard_reader.busy

    def _store_imported(self, name: str, contacts: list[Contact]) -> None:
        try:
            stored = self.import_contacts(contacts)
        except (StoreError, ValueError, RuntimeError) as error:
            self.vcard_import_failed.emit(name, str(error))
            return
        self.vcard_imported.emit(name, stored)

    def export_vcard_file(self, path: Path, contacts: Sequence[Contact]) -> None:
        """Raises OSError when the file cannot be written."""
        from jego_desktop.store.vcard import write_vcard_file

        write_vcard_file(path, contacts)

    def all_contacts(self) -> list[Contact]:
        """Every stored contact, whatever the filter."""
        return self._store.all() if self._store is not None else []

    def favourites(self) -> list[Contact]:
        return self._store.all(favourites_only=True) if self._store is not None else []

    def _writable(self) -> ContactStore:
        if self._store is None:
            raise RuntimeError("the address book is not available")
        return self._store

    def _changed(self) -> None:
        self.refresh()
        self.contacts_changed.emit()

    # ----- reading --------------------------------------------------------------------

    def contact(self, row: int) -> Contact | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, contact_id: int) -> int:
        for row, contact in enumerate(self._rows):
            if contact.id == contact_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, QByteArray]:  # noqa: N802 - Qt override
        return role_names(super().roleNames(), ContactRole)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        contact = self.contact(index.row()) if index.isValid() else None
        if contact is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return contact.display_name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            detail = contact_detail(contact)
            return f"{contact.display_name}, {detail}" if detail else contact.display_name
        if role == ContactRole.SECTION:
            return self._section(index.row())
        values: dict[int, Any] = {
            ContactRole.CONTACT: contact,
            ContactRole.ID: contact.id,
            ContactRole.FAVOURITE: contact.favourite,
            ContactRole.DETAIL: contact_detail(contact),
            ContactRole.PRESENCE: self.presence_of(contact),
        }
        return values.get(role)

    # ----- presence -------------------------------------------------------------------

    def bind_accounts(self, accounts: Sequence[tuple[str, str]], home_region: str = "") -> None:
        """The accounts (key, domain) whose presence subscriptions feed the PRESENCE role."""
        bound = tuple((key, domain) for key, domain in accounts)
        if (bound, home_region) == (self._bound, self._home_region):
            return
        self._bound, self._home_region = bound, home_region
        self._presence.clear()
        self._presence_rows_changed(range(len(self._rows)))

    @property
    def bound_account(self) -> str | None:
        """The first bound account (the one the dial pad dials through)."""
        return self._bound[0][0] if self._bound else None

    @property
    def bound_accounts(self) -> list[str]:
        return [key for key, _domain in self._bound]

    def uris_on(self, account_key: str, contact: Contact) -> list[str]:
        """The contact's addresses watched through this account: every number, on the
        account's domain, and the SIP address unless it names another bound account's
        domain (it then belongs to that account)."""
        domains = dict(self._bound)
        domain = domains.get(account_key)
        if domain is None:
            return []
        uris: list[str] = []
        if contact.sip_uri and self._sip_address_belongs(contact.sip_uri, domain):
            self._add_uri(uris, contact.sip_uri, domain)
        for phone in contact.phones:
            self._add_uri(uris, phone.number, domain)
        return uris

    def _sip_address_belongs(self, raw: str, domain: str) -> bool:
        host = raw.rpartition("@")[2].split(";")[0].split(":")[0].lower()
        owners = {d.lower() for _key, d in self._bound}
        return host == domain.lower() or host not in owners

    def _add_uri(self, uris: list[str], raw: str, domain: str) -> None:
        try:
            uri = to_sip_uri(raw, domain or None, self._home_region)
        except InvalidTargetError:
            return
        if uri not in uris:
            uris.append(uri)

    def watched_uris(self, account_key: str | None = None) -> list[str]:
        """Every address of every contact (not only the filtered rows) to watch through
        this account (the first bound one by default), once each."""
        key = account_key if account_key is not None else self.bound_account
        if key is None:
            return []
        uris: dict[str, None] = {}
        for contact in self.all_contacts():
            uris.update(dict.fromkeys(self.uris_on(key, contact)))
        return list(uris)

    def presence_of(self, contact: Contact) -> str:
        states = [
            self._presence.get((key, uri), "")
            for key, _domain in self._bound
            for uri in self.uris_on(key, contact)
        ]
        known = [state for state in states if state in _PRESENCE_RANK]
        return max(known, key=_PRESENCE_RANK.__getitem__) if known else ""

    def on_presence_changed(self, event: PresenceChanged) -> None:
        key = event.account_key
        if key not in self.bound_accounts or self._presence.get((key, event.uri)) == event.state:
            return
        self._presence[(key, event.uri)] = event.state
        rows = [
            row for row, contact in enumerate(self._rows) if event.uri in self.uris_on(key, contact)
        ]
        self._presence_rows_changed(rows)

    def _presence_rows_changed(self, rows: Sequence[int]) -> None:
        for row in rows:
            index = self.index(row)
            self.dataChanged.emit(index, index, [ContactRole.PRESENCE])

    def _section(self, row: int) -> str:
        if not self._favourites:
            return ""
        if row == 0:
            return self.tr("Favourites")
        if row == self._favourites:
            return self.tr("All contacts")
        return ""
