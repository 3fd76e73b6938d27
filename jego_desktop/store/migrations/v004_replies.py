"""Version 4: the message a message answers.

`reply_to` holds the message id (imdn.Message-ID or ours) of the message it quotes in
the same conversation, '' for none. The original is looked up when shown, so a reply
whose original was deleted or never arrived shows no quote.
"""

from __future__ import annotations

SCRIPT = """
ALTER TABLE messages ADD COLUMN reply_to TEXT NOT NULL DEFAULT '';
"""
