"""Who may do what in a group, decided for each group message that arrives.

The rule (docs/chat_headers.md): any member may rename the group, add and remove
members, as in WeChat's small groups; a member is whoever our stored membership says.
A message from anyone else is refused whole: it is not stored, it changes nothing and
it never joins the user to anything. The first message of a group we do not know is an
invitation: from a known sender (a contact, or someone the user wrote to) the user
joins; from anyone else the group waits, INVITED, for the user's yes, and nothing of
it is shown before. A newer membership version's member list replaces ours; an older
or equal one changes nothing.
"""

from __future__ import annotations

import dataclasses
import enum
from dataclasses import dataclass

from jego_desktop.domain.group_headers import GroupHeaders
from jego_desktop.domain.groups import Group, GroupStatus

MAX_PENDING_INVITATIONS = 20  # per account: a public number must not fill the store
MAX_INVITATIONS_PER_SENDER = 3


class Verdict(enum.Enum):
    STORE = "store"  # a member's message: store it (the group may have changed)
    INVITED = "invited"  # a new group from a stranger: kept, INVITED, nothing shown
    REFUSED = "refused"


@dataclass(frozen=True)
class Arrival:
    verdict: Verdict
    group: Group | None  # the group after this message (None when refused)
    reason: str = ""  # why it was refused
    changed: bool = False  # the group's row must be written


def on_arrival(
    stored: Group | None,
    headers: GroupHeaders,
    *,
    account_key: str,
    sender: str,
    own_uris: frozenset[str],
    sender_is_known: bool,
    pending_invitations: int = 0,
    invitations_from_sender: int = 0,
) -> Arrival:
    """What to do with a group message from `sender` (normalised) to the user."""
    if stored is None:
        return _first_message(
            headers,
            account_key=account_key,
            sender=sender,
            own_uris=own_uris,
            sender_is_known=sender_is_known,
            pending=pending_invitations,
            from_sender=invitations_from_sender,
        )
    if stored.account_key != account_key:
        return _refused("the group belongs to another account")
    if stored.status is not GroupStatus.MEMBER:
        return _refused(f"the user's group status is {stored.status.value}")
    if sender not in stored.members:
        return _refused("the sender is not a member of the group")
    if headers.members is None or headers.version <= stored.version:
        return Arrival(Verdict.STORE, stored)
    # Only "left" makes the sender a non-member; anyone else must stay in their list.
    if sender not in headers.members and headers.event != "left":
        return _refused("a newer member list without its sender")
    others = _others(headers.members, own_uris)
    still_in = len(others) < len(headers.members)
    updated = dataclasses.replace(
        stored,
        name=headers.name,
        members=others,
        version=headers.version,
        status=GroupStatus.MEMBER if still_in else GroupStatus.REMOVED,
    )
    return Arrival(Verdict.STORE, updated, changed=True)


def _first_message(
    headers: GroupHeaders,
    *,
    account_key: str,
    sender: str,
    own_uris: frozenset[str],
    sender_is_known: bool,
    pending: int,
    from_sender: int,
) -> Arrival:
    if headers.members is None:
        return _refused("an unknown group without its member list")
    if sender not in headers.members:
        return _refused("the sender is not in the member list")
    others = _others(headers.members, own_uris)
    if len(others) == len(headers.members):
        return _refused("the user is not in the member list")
    if not sender_is_known and (
        pending >= MAX_PENDING_INVITATIONS or from_sender >= MAX_INVITATIONS_PER_SENDER
    ):
        return _refused("too many invitations waiting")
    group = Group(
        id=headers.group_id,
        account_key=account_key,
        name=headers.name,
        members=others,
        version=headers.version,
        status=GroupStatus.MEMBER if sender_is_known else GroupStatus.INVITED,
        invited_by=sender,
        conversation_id=0,
    )
    return Arrival(Verdict.STORE if sender_is_known else Verdict.INVITED, group, changed=True)


def _others(members: tuple[str, ...], own_uris: frozenset[str]) -> tuple[str, ...]:
    return tuple(member for member in members if member not in own_uris)


def _refused(reason: str) -> Arrival:
    return Arrival(Verdict.REFUSED, None, reason)
