"""A message that could not be read, in the user's language.

domain/incoming_messages.py stores such a message (content type UNREADABLE) with its
body made of the explanation, in English, then what could be read of it after an empty
line; old rows are the same. The explanation is translated when shown, the rest (the
sender's) stays as it came.
"""

from __future__ import annotations

from jego_desktop.domain.message_formats import UNREADABLE
from jego_desktop.domain.messages import Message
from jego_desktop.models.window.engine_texts import engine_text


def unreadable_text(body: str) -> str:
    """The stored body with its explanation in the language on screen."""
    explanation, gap, rest = body.partition("\n\n")
    return engine_text(explanation, area="UnreadableMessage") + gap + rest


def is_unreadable(message: Message) -> bool:
    return message.content_type == UNREADABLE and not message.recalled
