"""Version 1: the whole schema.

Times are epoch seconds (REAL). Enumerations are stored as their `.value` text and
checked. Conversations and calls name their account by its key ("number@server"),
not by a foreign key, so history outlives removing an account and comes back with it.
There is no password anywhere: passwords live in the system keyring.
"""

from __future__ import annotations

SCRIPT = """
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    number TEXT NOT NULL,
    server TEXT NOT NULL,
    transport TEXT NOT NULL CHECK (transport IN ('udp', 'tcp', 'tls')),
    username TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL DEFAULT '',
    srtp TEXT NOT NULL CHECK (srtp IN ('disabled', 'optional', 'mandatory')),
    register_expires INTEGER NOT NULL DEFAULT 300,
    settings TEXT NOT NULL DEFAULT '{}',
    created_at REAL NOT NULL
);

CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    display_name TEXT NOT NULL,
    given_name TEXT NOT NULL DEFAULT '',
    family_name TEXT NOT NULL DEFAULT '',
    organization TEXT NOT NULL DEFAULT '',
    sip_uri TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    favourite INTEGER NOT NULL DEFAULT 0 CHECK (favourite IN (0, 1)),
    notes TEXT NOT NULL DEFAULT '',
    search_text TEXT NOT NULL DEFAULT '',
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
);

CREATE TABLE contact_phones (
    id INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    number TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    digits TEXT NOT NULL
);
CREATE INDEX contact_phones_by_contact ON contact_phones (contact_id, position);
CREATE INDEX contact_phones_by_digits ON contact_phones (digits);

CREATE TABLE conversations (
    id INTEGER PRIMARY KEY,
    account_key TEXT NOT NULL,
    peer_uri TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    unread_count INTEGER NOT NULL DEFAULT 0 CHECK (unread_count >= 0),
    last_activity_at REAL NOT NULL,
    created_at REAL NOT NULL,
    UNIQUE (account_key, peer_uri)
);
CREATE INDEX conversations_by_activity ON conversations (last_activity_at);

CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
    direction TEXT NOT NULL CHECK (direction IN ('incoming', 'outgoing')),
    message_id TEXT NOT NULL,
    sip_call_id TEXT,
    body TEXT NOT NULL,
    content_type TEXT NOT NULL,
    state TEXT NOT NULL CHECK (
        state IN ('pending', 'sent', 'delivered', 'displayed', 'failed', 'received')
    ),
    failure_reason TEXT NOT NULL DEFAULT '',
    wants_display_report INTEGER NOT NULL DEFAULT 0 CHECK (wants_display_report IN (0, 1)),
    created_at REAL NOT NULL,
    sent_at REAL,
    delivered_at REAL,
    displayed_at REAL,
    search_text TEXT NOT NULL DEFAULT '',
    UNIQUE (conversation_id, direction, message_id)
);
CREATE INDEX messages_by_time ON messages (conversation_id, created_at, id);
CREATE UNIQUE INDEX messages_outgoing_by_id ON messages (message_id)
    WHERE direction = 'outgoing';
CREATE INDEX messages_outbox ON messages (created_at, id)
    WHERE direction = 'outgoing' AND state = 'pending';
CREATE INDEX messages_unread ON messages (conversation_id)
    WHERE direction = 'incoming' AND state = 'received';

-- Full-text search over the folded copy of each body (domain.text_search.fold).
-- The trigram tokenizer matches any substring of 3+ characters, Chinese included.
CREATE VIRTUAL TABLE message_search USING fts5 (
    search_text, content = 'messages', content_rowid = 'id', tokenize = 'trigram'
);
CREATE TRIGGER messages_search_insert AFTER INSERT ON messages BEGIN
    INSERT INTO message_search (rowid, search_text) VALUES (new.id, new.search_text);
END;
CREATE TRIGGER messages_search_delete AFTER DELETE ON messages BEGIN
    INSERT INTO message_search (message_search, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
END;
CREATE TRIGGER messages_search_update AFTER UPDATE OF search_text ON messages BEGIN
    INSERT INTO message_search (message_search, rowid, search_text)
        VALUES ('delete', old.id, old.search_text);
    INSERT INTO message_search (rowid, search_text) VALUES (new.id, new.search_text);
END;

CREATE TABLE attachments (
    id INTEGER PRIMARY KEY,
    message_id INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size INTEGER CHECK (size IS NULL OR size >= 0),
    local_path TEXT,
    download_url TEXT,
    expires_at REAL,
    state TEXT NOT NULL CHECK (
        state IN ('remote', 'downloading', 'uploading', 'available', 'failed', 'expired')
    ),
    duration REAL CHECK (duration IS NULL OR duration >= 0)
);
CREATE INDEX attachments_by_message ON attachments (message_id, position);

CREATE TABLE calls (
    id INTEGER PRIMARY KEY,
    call_id TEXT NOT NULL,
    account_key TEXT NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('incoming', 'outgoing')),
    peer TEXT NOT NULL,
    started_at REAL NOT NULL,
    answered_at REAL,
    ended_at REAL NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    missed INTEGER NOT NULL CHECK (missed IN (0, 1)),
    missed_seen INTEGER NOT NULL DEFAULT 0 CHECK (missed_seen IN (0, 1)),
    UNIQUE (account_key, direction, call_id)
);
CREATE INDEX calls_by_start ON calls (started_at);
CREATE INDEX calls_missed_unseen ON calls (started_at) WHERE missed = 1 AND missed_seen = 0;
"""
