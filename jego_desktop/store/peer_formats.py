"""What each peer reads (CPIM or plain text), remembered across restarts."""

from __future__ import annotations

from jego_desktop.store.database import Database

# A bound on the table: every stranger who writes adds a row. Beyond it the rows
# learned longest ago go (a forgotten peer is sent plain text, which every phone reads).
MAX_PEERS = 10_000


class PeerFormats:
    """`speaks_cpim(account, peer)`: True, False, or None when nothing was learned.

    Account keys are the store's (see domain/accounts.py).
    """

    def __init__(self, database: Database) -> None:
        self._db = database

    def speaks_cpim(self, account_key: str, peer_uri: str) -> bool | None:
        with self._db.read() as connection:
            row = connection.execute(
                "SELECT speaks_cpim FROM peer_formats WHERE account_key = ? AND peer_uri = ?",
                (account_key, peer_uri),
            ).fetchone()
        return None if row is None else bool(row[0])

    def remember(self, account_key: str, peer_uri: str, speaks_cpim: bool) -> None:
        """Write what was learned (a write only when it changed)."""
        if self.speaks_cpim(account_key, peer_uri) is speaks_cpim:
            return
        with self._db.write() as connection:
            connection.execute(
                "INSERT INTO peer_formats (account_key, peer_uri, speaks_cpim, learned_at)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (account_key, peer_uri) DO UPDATE"
                " SET speaks_cpim = excluded.speaks_cpim, learned_at = excluded.learned_at",
                (account_key, peer_uri, int(speaks_cpim), self._db.now()),
            )
            count = int(connection.execute("SELECT count(*) FROM peer_formats").fetchone()[0])
            if count > MAX_PEERS:
                connection.execute(
                    "DELETE FROM peer_formats WHERE (account_key, peer_uri) IN"
                    " (SELECT account_key, peer_uri FROM peer_formats"
                    " ORDER BY learned_at LIMIT ?)",
                    (count - MAX_PEERS,),
                )
