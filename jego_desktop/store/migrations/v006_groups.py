"""Version 6: group chats kept by their members (domain/groups.py).

`groups` holds each group the user is (or was, or is invited to be) in, with its
membership version; `group_members` the OTHER members in their order, with the version
each one's last message held (`seen_version`: a member behind gets the member list).
A group's messages live in one conversation (peer_uri 'group:<id>'); `conversation_id` is NULL
while the user has not accepted an invitation (nothing of the group is shown) or after
the conversation was deleted. `group_deliveries` keeps each outgoing group message's
state per member (the message itself is stored once). `messages.author_uri` names who
wrote an incoming group message. `change_by`, `change_id` and `change_prior` name the
change that made the stored version (its author, its event's message id, the members
the version before listed), so two changes of one version are settled alike by every
member. `group_held` keeps the messages of a group whose invitation waits (the newest
50), shown when the user accepts, dropped when they decline.
"""

from __future__ import annotations

SCRIPT = """
CREATE TABLE groups (
    id TEXT PRIMARY KEY,
    account_key TEXT NOT NULL,
    name TEXT NOT NULL,
    version INTEGER NOT NULL CHECK (version >= 1),
    status TEXT NOT NULL CHECK (status IN ('member', 'invited', 'left', 'removed')),
    invited_by TEXT NOT NULL DEFAULT '',
    conversation_id INTEGER REFERENCES conversations (id) ON DELETE SET NULL,
    created_at REAL NOT NULL,
    change_by TEXT NOT NULL DEFAULT '',
    change_id TEXT NOT NULL DEFAULT '',
    change_prior TEXT NOT NULL DEFAULT ''
);
CREATE INDEX groups_by_conversation ON groups (conversation_id);
CREATE INDEX groups_by_account ON groups (account_key, status);

CREATE TABLE group_members (
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    member_uri TEXT NOT NULL,
    seen_version INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (group_id, member_uri)
);

CREATE TABLE group_deliveries (
    message_pk INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    member_uri TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'sent', 'delivered', 'displayed', 'failed')),
    failure_reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (message_pk, member_uri)
);
CREATE INDEX group_deliveries_pending ON group_deliveries (state) WHERE state = 'pending';

CREATE TABLE group_held (
    id INTEGER PRIMARY KEY,
    group_id TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
    message_id TEXT NOT NULL,
    author_uri TEXT NOT NULL,
    body TEXT NOT NULL,
    content_type TEXT NOT NULL,
    sent_at REAL,
    reply_to TEXT NOT NULL DEFAULT '',
    UNIQUE (group_id, message_id)
);

ALTER TABLE messages ADD COLUMN author_uri TEXT NOT NULL DEFAULT '';
"""
