"""Version 2: the files fetched without a click, for per-sender limits and the quota.

One row per automatic download, written when it starts (so a burst counts at once):
which conversation (sender) it came from, its size, and later when the user first
opened it or when it was removed to make room. Rows go with their attachment.
"""

from __future__ import annotations

SCRIPT = """
CREATE TABLE auto_downloads (
    attachment_id INTEGER PRIMARY KEY REFERENCES attachments (id) ON DELETE CASCADE,
    conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    bytes INTEGER NOT NULL CHECK (bytes >= 0),
    started_at REAL NOT NULL,
    opened_at REAL,
    removed_at REAL
);
CREATE INDEX auto_downloads_by_sender ON auto_downloads (conversation_id, started_at);
CREATE INDEX auto_downloads_removable ON auto_downloads (started_at)
    WHERE opened_at IS NULL AND removed_at IS NULL;
"""
