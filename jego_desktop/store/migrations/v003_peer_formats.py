"""Version 3: what each peer reads, learned from what it sent or how it answered.

One row per (account, peer): whether the peer takes CPIM (and so receipts and message
ids), or only plain text/plain, as most desk phones, gateways and softphones do. A peer
without a row is sent plain text. Rows are kept when a conversation is deleted: the
phone at that address still reads what it read.
"""

from __future__ import annotations

SCRIPT = """
CREATE TABLE peer_formats (
    account_key TEXT NOT NULL,
    peer_uri TEXT NOT NULL,
    speaks_cpim INTEGER NOT NULL CHECK (speaks_cpim IN (0, 1)),
    learned_at REAL NOT NULL,
    PRIMARY KEY (account_key, peer_uri)
) WITHOUT ROWID;
"""
