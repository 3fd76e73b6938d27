"""Group chats kept by their members: the group, its states and the rules on its shape.

There is no conference server: each member's app keeps the group (its id, name, member
list and membership version) and sends every message to every other member. See
docs/chat_headers.md for the wire form and the membership rules.
"""

from __future__ import annotations

import enum
import os
import re
from dataclasses import dataclass

from jego_desktop.domain.peers import normalise_peer_uri
from jego_desktop.domain.reasons import reason

MAX_GROUP_MEMBERS = 50  # the user plus at most 49 others
MAX_GROUP_NAME_CHARS = 64
# Why a message to a group the user left or was removed from is not sent.
NO_LONGER_A_MEMBER = reason("you are no longer a member of this group")
GROUP_PEER_PREFIX = "group:"  # a group conversation's peer_uri is "group:<32 hex id>"
GROUP_EVENT_CONTENT_TYPE = "application/vnd.jego.group-event"
_GROUP_ID = re.compile(r"^[0-9a-f]{32}$")


def is_group_peer(peer_uri: str) -> bool:
    return peer_uri.startswith(GROUP_PEER_PREFIX)


def is_group_id(text: str) -> bool:
    return bool(_GROUP_ID.match(text))


def new_group_id() -> str:
    return os.urandom(16).hex()  # as secrets.token_hex, without hmac/hashlib at start


def group_peer(group_id: str) -> str:
    return f"{GROUP_PEER_PREFIX}{group_id}"


def group_id_of(peer_uri: str) -> str:
    """The id in 'group:<id>', '' when `peer_uri` is no group's."""
    if not is_group_peer(peer_uri):
        return ""
    group_id = peer_uri[len(GROUP_PEER_PREFIX) :]
    return group_id if is_group_id(group_id) else ""


class GroupStatus(enum.Enum):
    MEMBER = "member"
    INVITED = "invited"  # waits for the user's yes
    LEFT = "left"
    REMOVED = "removed"


class GroupProblem(enum.Enum):
    NO_NAME = "no_name"
    NAME_TOO_LONG = "name_too_long"
    NO_MEMBERS = "no_members"
    TOO_MANY_MEMBERS = "too_many_members"
    BAD_ADDRESS = "bad_address"
    NOT_A_MEMBER = "not_a_member"
    NOT_CPIM_CAPABLE = "not_cpim_capable"
    NOT_SAVED = "not_saved"  # the database refused it, or the group kept changing meanwhile


class GroupError(ValueError):
    """A group the user asked for cannot be made or changed: `problem` says why, `detail`
    is '' or the address at fault."""

    def __init__(self, problem: GroupProblem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail


@dataclass(frozen=True)
class Group:
    id: str
    account_key: str
    name: str
    members: tuple[str, ...]  # the OTHER members' normalised SIP URIs (never the user)
    version: int  # membership version, +1 at every change
    status: GroupStatus
    invited_by: str  # who added the user ('' when the user created it)
    conversation_id: int

    @property
    def peer_uri(self) -> str:
        return group_peer(self.id)

    @property
    def active(self) -> bool:
        """The user takes part: messages go out and come in."""
        return self.status is GroupStatus.MEMBER


@dataclass(frozen=True)
class GroupReceipts:
    """Of the OTHER members at the time the message was sent."""

    members: int
    delivered: int
    read: int


def checked_name(name: str) -> str:
    """The name without surrounding blanks and control characters; raises GroupError."""
    cleaned = " ".join("".join(ch if ch.isprintable() else " " for ch in name).split())
    if not cleaned:
        raise GroupError(GroupProblem.NO_NAME)
    if len(cleaned) > MAX_GROUP_NAME_CHARS:
        raise GroupError(GroupProblem.NAME_TOO_LONG)
    return cleaned


def checked_members(members: list[str] | tuple[str, ...], own_uri: str) -> tuple[str, ...]:
    """The other members, normalised, each once, in the order given, without the user.

    Raises GroupError: BAD_ADDRESS (detail: the address), NO_MEMBERS, TOO_MANY_MEMBERS.
    """
    own = _normalised_or_empty(own_uri)
    seen: dict[str, None] = {}
    for member in members:
        try:
            uri = normalise_peer_uri(member)
        except ValueError:
            raise GroupError(GroupProblem.BAD_ADDRESS, member) from None
        if not uri.startswith(("sip:", "sips:")) or "@" not in uri:
            raise GroupError(GroupProblem.BAD_ADDRESS, member)
        if uri != own:
            seen[uri] = None
    if not seen:
        raise GroupError(GroupProblem.NO_MEMBERS)
    if len(seen) + 1 > MAX_GROUP_MEMBERS:
        raise GroupError(GroupProblem.TOO_MANY_MEMBERS)
    return tuple(seen)


def _normalised_or_empty(uri: str) -> str:
    try:
        return normalise_peer_uri(uri)
    except ValueError:
        return ""
