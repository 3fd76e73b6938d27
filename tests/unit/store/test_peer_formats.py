"""PeerFormats: what each peer reads, in the store, bounded."""

from __future__ import annotations

from jego_desktop.store import peer_formats
from jego_desktop.store.database import Database
from jego_desktop.store.peer_formats import PeerFormats


def test_learned_formats_are_kept_per_account_and_peer(db: Database) -> None:
    formats = PeerFormats(db)
    assert formats.speaks_cpim("a", "sip:bob@x") is None
    formats.remember("a", "sip:bob@x", True)
    formats.remember("b", "sip:bob@x", False)
    assert formats.speaks_cpim("a", "sip:bob@x") is True
    assert formats.speaks_cpim("b", "sip:bob@x") is False
    formats.remember("a", "sip:bob@x", False)  # the phone behind the address changed
    assert formats.speaks_cpim("a", "sip:bob@x") is False


def test_strangers_cannot_grow_the_table_without_bound(db: Database, monkeypatch) -> None:
    monkeypatch.setattr(peer_formats, "MAX_PEERS", 5)
    ticks = iter(range(100))
    monkeypatch.setattr(db, "now", lambda: float(next(ticks)))
    formats = PeerFormats(db)
    for n in range(8):
        formats.remember("a", f"sip:stranger{n}@x", False)
    with db.read() as connection:
        assert connection.execute("SELECT count(*) FROM peer_formats").fetchone()[0] == 5
    assert formats.speaks_cpim("a", "sip:stranger7@x") is False
    assert formats.speaks_cpim("a", "sip:stranger0@x") is None  # the oldest went
