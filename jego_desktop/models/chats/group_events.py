"""A group's membership events as sentences: "Alice renamed the group to “Family”".

The event is a small JSON body (content type application/vnd.jego.group-event) that came
from the network: any field may be missing, of the wrong type, huge or markup. Only a
bounded body is parsed, every name is cut to one short line, at most a few members are
named, and the sentence is plain text.
"""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from jego_desktop.domain.groups import GROUP_EVENT_CONTENT_TYPE
from jego_desktop.models.chats.group_texts import MemberNames, bounded, fill

MAX_EVENT_BYTES = 16 * 1024
NAMED_MEMBERS = 3  # then "and 4 others"
SHOWN_GROUP_NAME_CHARS = 64


def is_group_event(content_type: str) -> bool:
    return content_type.split(";", 1)[0].strip().lower() == GROUP_EVENT_CONTENT_TYPE


def event_sentence(body: str, names: MemberNames) -> str:
    """The sentence for one event body; a neutral one when it cannot be read."""
    event = _parse(body)
    kind = event.get("event")
    by_uri = _text(event.get("by"))
    by = names.name_of(by_uri)
    group_name = bounded(_text(event.get("name")), SHOWN_GROUP_NAME_CHARS)
    members = _members(event.get("members"), names)
    if names.is_own(by_uri):
        template = _template(kind, group_name, members, by_you=True)
    elif _only_you(event.get("members"), names):
        template = _to_you(kind)
    else:
        template = _template(kind, group_name, members, by_you=False)
    return fill(template, by, group_name, members)  # one pass: a "%2" in a name stays


# In the templates: %1 who did it, %2 the group's name, %3 the members it concerns.
# One row per event the sentence can tell: (event, what it needs, by them, by you).
# "name" needs the group's name, "members" the members it concerns, "" nothing.
_SENTENCES: tuple[tuple[str, str, object, object], ...] = (
    (
        "created",
        "name",
        QT_TRANSLATE_NOOP("GroupEvents", "%1 created the group “%2”"),
        QT_TRANSLATE_NOOP("GroupEvents", "You created the group “%2”"),
    ),
    (
        "created",
        "",
        QT_TRANSLATE_NOOP("GroupEvents", "%1 created the group"),
        QT_TRANSLATE_NOOP("GroupEvents", "You created the group"),
    ),
    (
        "renamed",
        "name",
        QT_TRANSLATE_NOOP("GroupEvents", "%1 renamed the group to “%2”"),
        QT_TRANSLATE_NOOP("GroupEvents", "You renamed the group to “%2”"),
    ),
    (
        "added",
        "members",
        QT_TRANSLATE_NOOP("GroupEvents", "%1 added %3"),
        QT_TRANSLATE_NOOP("GroupEvents", "You added %3"),
    ),
    (
        "removed",
        "members",
        QT_TRANSLATE_NOOP("GroupEvents", "%1 removed %3"),
        QT_TRANSLATE_NOOP("GroupEvents", "You removed %3"),
    ),
    (
        "left",
        "",
        QT_TRANSLATE_NOOP("GroupEvents", "%1 left"),
        QT_TRANSLATE_NOOP("GroupEvents", "You left the group"),
    ),
)
_TO_YOU: dict[str, object] = {
    "added": QT_TRANSLATE_NOOP("GroupEvents", "%1 added you"),
    "removed": QT_TRANSLATE_NOOP("GroupEvents", "%1 removed you"),
}
_CHANGED = QT_TRANSLATE_NOOP("GroupEvents", "The group changed")


def _template(kind: object, group_name: str, members: str, *, by_you: bool) -> str:
    have = {"": True, "name": bool(group_name), "members": bool(members)}
    for event, needs, by_them_text, by_you_text in _SENTENCES:
        if kind == event and have[needs]:
            return _translated(by_you_text if by_you else by_them_text)
    return _translated(_CHANGED)


def _to_you(kind: object) -> str:
    return _translated(_TO_YOU.get(kind, _CHANGED) if isinstance(kind, str) else _CHANGED)


def _translated(text: object) -> str:  # QT_TRANSLATE_NOOP returns an object to mypy
    return QCoreApplication.translate("GroupEvents", str(text))


def _parse(body: str) -> dict[str, Any]:
    if len(body) > MAX_EVENT_BYTES:
        return {}
    try:
        event = json.loads(body)
    except (ValueError, RecursionError):
        return {}
    return event if isinstance(event, dict) else {}


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _only_you(value: object, names: MemberNames) -> bool:
    return isinstance(value, list) and len(value) == 1 and names.is_own(_text(value[0]))


def _members(value: object, names: MemberNames) -> str:
    if not isinstance(value, list):
        return ""
    uris = [item for item in value if isinstance(item, str) and item]
    if not uris:
        return ""
    shown = [names.name_of(uri) for uri in uris[:NAMED_MEMBERS]]
    listed = QCoreApplication.translate("GroupEvents", ", ").join(shown)
    rest = len(uris) - len(shown)
    if rest == 1:
        return fill(QCoreApplication.translate("GroupEvents", "%1 and 1 other"), listed)
    if rest > 1:  # in one pass: a member whose address reads "%2" stays as written
        return fill(
            QCoreApplication.translate("GroupEvents", "%1 and %2 others"), listed, str(rest)
        )
    return listed
