"""The group a CPIM message belongs to, in Jego's header namespace (docs/chat_headers.md).

    jego.Group-Id: 3f2a...              32 hex digits, chosen by the group's creator
    jego.Group-Name: Family             the name at that version (at most 64 characters)
    jego.Group-Version: 7               the membership version the sender holds
    jego.Group-Members: sip:a@x sip:b@y every member, the sender and the recipient too,
                                        in lines of at most MEMBERS_PER_LINE addresses;
                                        sent with membership changes and to a member
                                        whose last message showed another version
    jego.Group-Event: added             on a membership change (the content says what)

Everything here comes from the network: bounded, checked, and refused whole when wrong.
"""

from __future__ import annotations

from dataclasses import dataclass

from jego_desktop.domain.chat_headers import ChatHeaders
from jego_desktop.domain.groups import MAX_GROUP_MEMBERS, GroupError, checked_name, is_group_id
from jego_desktop.domain.peers import normalise_peer_uri

GROUP_ID = "Group-Id"
GROUP_NAME = "Group-Name"
GROUP_VERSION = "Group-Version"
GROUP_MEMBERS = "Group-Members"
GROUP_EVENT = "Group-Event"
MEMBERS_PER_LINE = 10  # 10 addresses of at most 256 characters fit a CPIM header line
MAX_VERSION = 2**31 - 1
GROUP_EVENTS = frozenset({"created", "renamed", "added", "removed", "left"})


class GroupHeaderError(ValueError):
    """The message claims a group but its group headers are malformed."""


@dataclass(frozen=True)
class GroupHeaders:
    group_id: str
    name: str
    version: int
    members: tuple[str, ...] | None  # every member; None when the sender did not send them
    event: str = ""  # one of GROUP_EVENTS on a membership change, '' on a message


def group_chat_headers(headers: GroupHeaders) -> ChatHeaders:
    lines: list[tuple[str, str]] = [
        (GROUP_ID, headers.group_id),
        (GROUP_NAME, headers.name),
        (GROUP_VERSION, str(headers.version)),
    ]
    members = headers.members or ()
    for start in range(0, len(members), MEMBERS_PER_LINE):
        lines.append((GROUP_MEMBERS, " ".join(members[start : start + MEMBERS_PER_LINE])))
    if headers.event:
        lines.append((GROUP_EVENT, headers.event))
    return tuple(lines)


def parse_group_headers(headers: ChatHeaders) -> GroupHeaders | None:
    """The group the headers name; None when they name none. Raises GroupHeaderError."""
    values: dict[str, list[str]] = {}
    for name, value in headers:
        values.setdefault(name.lower(), []).append(value.strip())
    ids = values.get(GROUP_ID.lower())
    if ids is None:
        return None
    if len(ids) != 1 or not is_group_id(ids[0]):
        raise GroupHeaderError("the group id is not 32 hex digits")
    try:
        name = checked_name(_one(values, GROUP_NAME))
    except GroupError as error:
        raise GroupHeaderError(f"bad group name: {error}") from None
    version_text = _one(values, GROUP_VERSION)
    # isdigit() alone takes "²" (which int() refuses) and other scripts' digits
    if (
        not (version_text.isascii() and version_text.isdigit())
        or len(version_text) > len(str(MAX_VERSION))
        or not 1 <= int(version_text) <= MAX_VERSION
    ):
        raise GroupHeaderError("the group version is not a positive number")
    event = _one(values, GROUP_EVENT, required=False).lower()
    if event and event not in GROUP_EVENTS:
        raise GroupHeaderError("unknown group event")
    lines = values.get(GROUP_MEMBERS.lower())
    return GroupHeaders(
        group_id=ids[0],
        name=name,
        version=int(version_text),
        members=None if lines is None else _members(lines),
        event=event,
    )


def _one(values: dict[str, list[str]], name: str, *, required: bool = True) -> str:
    found = values.get(name.lower(), [])
    if len(found) > 1 or (required and not found):
        raise GroupHeaderError(f"{name} must appear once")
    return found[0] if found else ""


def _members(lines: list[str]) -> tuple[str, ...]:
    words = [word for line in lines for word in line.split()]
    if not words or len(words) > MAX_GROUP_MEMBERS:
        raise GroupHeaderError(f"a group has 2 to {MAX_GROUP_MEMBERS} members")
    members: dict[str, None] = {}
    for word in words:
        try:
            uri = normalise_peer_uri(word)
        except ValueError:
            raise GroupHeaderError("a member is not a SIP address") from None
        if not uri.startswith(("sip:", "sips:")) or "@" not in uri:
            raise GroupHeaderError("a member is not a SIP address")
        members[uri] = None
    return tuple(members)
