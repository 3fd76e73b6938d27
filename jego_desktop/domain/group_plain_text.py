"""What a member whose phone reads plain text only gets of a group: the group's name and
the author in front ("[Family] Alice: see you at noon"). Their answers come back as a
one-to-one chat, since a plain text carries no group."""

from __future__ import annotations

from jego_desktop.domain.group_events import GroupEvent, GroupEventError, parse_group_event
from jego_desktop.domain.groups import GROUP_EVENT_CONTENT_TYPE
from jego_desktop.domain.reply_quotes import author_of, quoted_for_plain_text

# Wire texts, not UI texts: the peer's phone shows them as they come.
_EVENT_SENTENCES = {
    "created": "created the group with {members}",
    "renamed": "renamed the group",
    "added": "added {members}",
    "removed": "removed {members}",
    "left": "left the group",
}


def plain_group_text(
    group_name: str, author: str, body: str, content_type: str, quoted_line: str = ""
) -> tuple[str, str]:
    """(body, content type) for a plain-text member."""
    if content_type == GROUP_EVENT_CONTENT_TYPE:
        try:
            event = parse_group_event(body, "")
        except GroupEventError:
            return f"[{group_name}] {author}", "text/plain"
        return f"[{group_name}] {author} {_sentence(event)}", "text/plain"
    if not content_type.startswith("text/"):
        return body, content_type  # a file travels as its link, as to anyone
    if quoted_line:
        body = quoted_for_plain_text("", quoted_line, body)
    return f"[{group_name}] {author}: {body}", content_type


def _sentence(event: GroupEvent) -> str:
    members = ", ".join(author_of(member) for member in event.members)
    return _EVENT_SENTENCES[event.event].format(members=members)
