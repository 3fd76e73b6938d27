"""Jego's own CPIM headers: replies and recalls between Jego apps.

They live in a CPIM namespace of their own (RFC 3862 section 3.3), so a CPIM reader
that does not know them (Linphone) skips them and shows the content:

    NS: jego <urn:jego:params:chat>
    jego.Reply-To-Id: 3f2a...      the imdn.Message-ID of the message answered
    jego.Recall-Id: 3f2a...        the sender takes back its message with this id

docs/chat_headers.md describes them for other implementers.
"""

from __future__ import annotations

JEGO_URN = "urn:jego:params:chat"
JEGO_PREFIX = "jego"
REPLY_TO_ID = "Reply-To-Id"
RECALL_ID = "Recall-Id"

# A sender may take a message back this long after it was sent (WeChat's two minutes).
RECALL_LIMIT_S = 120.0
# The receiver counts from when the message arrived; a recall may take this much longer
# on its way (a retransmission, a slow proxy) and still be honoured.
RECALL_GRACE_S = 30.0
# What a CPIM reader that does not know recalls (Linphone) shows for one.
RECALL_FALLBACK_TEXT = "(message taken back)"

ChatHeaders = tuple[tuple[str, str], ...]  # (local name, value), without the prefix


def chat_header(headers: ChatHeaders, name: str) -> str:
    """The value of a Jego header (case-insensitive name), '' when absent."""
    wanted = name.lower()
    return next((value for key, value in headers if key.lower() == wanted), "")
