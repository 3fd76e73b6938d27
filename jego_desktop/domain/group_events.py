"""Membership changes as the group's conversation keeps them: a small JSON the UI words.

    {"event": "added", "by": "sip:alice@x", "name": "Family", "members": ["sip:carol@x"]}

`members`: everyone for "created", the ones added or removed for "added"/"removed",
empty for "renamed" and "left". The received JSON is read with bounds and written
again from the parsed fields, so what is stored is always this shape.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from jego_desktop.domain.group_headers import GROUP_EVENTS
from jego_desktop.domain.groups import MAX_GROUP_MEMBERS, checked_name
from jego_desktop.domain.peers import normalise_peer_uri

MAX_EVENT_BYTES = 16 * 1024


class GroupEventError(ValueError):
    """Not a group event this app writes."""


@dataclass(frozen=True)
class GroupEvent:
    event: str
    by: str
    name: str
    members: tuple[str, ...] = ()

    def to_json(self) -> str:
        return json.dumps(
            {"event": self.event, "by": self.by, "name": self.name, "members": list(self.members)},
            ensure_ascii=False,
        )


def parse_group_event(text: str, by: str) -> GroupEvent:
    """A received event; `by` is the sender (what the body says of it is ignored)."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_EVENT_BYTES:
        raise GroupEventError("the group event is too large")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # "[[[[…": nested past the recursion limit
        raise GroupEventError("the group event is not JSON") from None
    if not isinstance(data, dict):
        raise GroupEventError("the group event is not an object")
    event, name, members = data.get("event"), data.get("name", ""), data.get("members", [])
    if event not in GROUP_EVENTS or not isinstance(name, str) or not isinstance(members, list):
        raise GroupEventError("the group event has the wrong fields")
    if len(members) > MAX_GROUP_MEMBERS or not all(isinstance(m, str) for m in members):
        raise GroupEventError("the group event names too many members")
    try:
        return GroupEvent(
            event, by, checked_name(name), tuple(normalise_peer_uri(m) for m in members)
        )
    except ValueError as error:
        raise GroupEventError(f"the group event is malformed: {error}") from None
