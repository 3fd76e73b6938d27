"""Full-text search over every message, whatever its case, accents or script."""

from __future__ import annotations

from jego_desktop.domain.messages import Message
from jego_desktop.domain.text_search import fold
from jego_desktop.store.database import Database
from jego_desktop.store.message_rows import MESSAGE_COLUMNS, messages_from_rows

TRIGRAM = 3  # the index matches substrings of at least this many characters
_M_COLUMNS = ", ".join(f"m.{column.strip()}" for column in MESSAGE_COLUMNS.split(","))


class MessageSearch:
    """Finds messages whose text contains every word of a query, newest first.

    Bodies and queries are both folded (`domain.text_search.fold`), so "cafe" finds
    "Café" and case never matters. Words of 3+ characters use the FTS5 trigram index
    over all messages. The index cannot look up shorter words ("你好", "ok"): they
    only narrow the indexed matches, or, when the query has no long word, are looked
    for by a plain scan of the `recent_scan_limit` newest messages.
    "Newest" is the order messages were stored in.
    """

    def __init__(self, database: Database, *, recent_scan_limit: int = 100_000) -> None:
        self._db = database
        self._recent_scan_limit = recent_scan_limit

    def search(
        self, query: str, *, conversation_id: int | None = None, limit: int = 50
    ) -> list[Message]:
        words = fold(query).split()
        if not words:
            return []
        long_words = [word for word in words if len(word) >= TRIGRAM]
        short_words = [word for word in words if len(word) < TRIGRAM]
        containing = "".join(" AND instr(m.search_text, ?) > 0" for _ in short_words)
        in_conversation = " AND m.conversation_id = ?" if conversation_id is not None else ""
        conversation = () if conversation_id is None else (conversation_id,)
        with self._db.read() as connection:
            if long_words:
                rows = connection.execute(
                    f"SELECT {_M_COLUMNS} FROM message_search AS s"
                    " JOIN messages AS m ON m.id = s.rowid WHERE message_search MATCH ?"
                    f"{containing}{in_conversation} ORDER BY s.rowid DESC LIMIT ?",
                    (_match_expression(long_words), *short_words, *conversation, limit),
                ).fetchall()
            else:
                newest = connection.execute("SELECT coalesce(max(id), 0) FROM messages")
                floor = int(newest.fetchone()[0]) - self._recent_scan_limit
                rows = connection.execute(
                    f"SELECT {_M_COLUMNS} FROM messages AS m WHERE m.id > ?"
                    f"{containing}{in_conversation} ORDER BY m.id DESC LIMIT ?",
                    (floor, *short_words, *conversation, limit),
                ).fetchall()
            return messages_from_rows(connection, rows)

    def rebuild_index(self) -> None:
        """Rebuild the index from the stored text: after a damaged index, or when the
        folding of text changes (then `messages.search_text` is refreshed first)."""
        with self._db.write() as connection:
            connection.execute("INSERT INTO message_search (message_search) VALUES ('rebuild')")


def _match_expression(words: list[str]) -> str:
    """Every word as an FTS5 string (a substring for the trigram tokenizer), all required."""
    return " AND ".join('"' + word.replace('"', '""') + '"' for word in words)
