"""Typing notices name their sender's conversation: only a SIP or tel address does."""

from __future__ import annotations

from jego_desktop.domain.engine_events import TypingChanged
from jego_desktop.engine.messaging import MessageCenter


def test_a_typing_notice_from_a_group_s_own_key_is_dropped() -> None:
    """ "group:<id>" is how a group's conversation is keyed here: a stranger's From of
    that form must not make the group's conversation show someone typing."""
    published: list[object] = []
    center = MessageCenter(published.append)
    center.on_typing("k", "<group:0123456789abcdef0123456789abcdef>", True)
    center.on_typing("k", "<sip:bob@x>", True)
    assert published == [TypingChanged("k", "sip:bob@x", True)]
